// The work the HTTP process hands over: a GraphQL operation, a CSV export or the study report,
// run against one database connection (or two: reads from a read replica, mutations on the primary). A query worker (worker.ts) runs tasks with its own
// connection; tests and embedded uses run them in-process (executor.ts, InlineExecutor). Both
// run this same code, so what a worker answers is what an in-process run answers.
import {
  getOperationAST,
  GraphQLError,
  parse,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import type { ApolloServer } from "@apollo/server";
import { exportCsv, type CsvExportRequest } from "../analytics/export/export.service";
import { renderReportHtml } from "../analytics/report/report.html";
import { buildStudyReport } from "../analytics/report/report.service";
import type { Db } from "../db/client";
import { dictionaryFile, type DictionaryFileRequest } from "../taxonomy/taxonomy-review";
import type { Actor, AppContext, AppServices } from "../shared/context";
import { makeApolloServer, type AppLogger } from "./apollo";
import { CompiledQueries } from "./compiled-queries";
import { requestContext } from "./context";
import { makeFormatError } from "./errors";
import { MAX_TOKENS, checkCost, limitRules } from "./limits";
import { buildAppSchema } from "./schema";

interface GraphQLTaskRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export type Task =
  | { kind: "graphql"; request: GraphQLTaskRequest }
  | { kind: "csv"; request: CsvExportRequest }
  | { kind: "report" }
  | { kind: "dictionaryFile"; request: DictionaryFileRequest };

type TaskAnswer =
  | {
      kind: "graphql";
      status: number;
      /** The response body as JSON text (see JsonBody in apollo.ts). */
      json: string;
      /** Its errors, for the HTTP process's accounting. */
      errors?: GraphQLFormattedError[];
    }
  | { kind: "csv"; ok: true; filename: string; text: string; nextCursor: string | null }
  | { kind: "csv"; ok: false; status: number; errors: GraphQLFormattedError[] }
  | { kind: "report"; html: string }
  | { kind: "dictionaryFile"; ok: true; filename: string; text: string; versions: number[] }
  | { kind: "dictionaryFile"; ok: false; status: number; errors: GraphQLFormattedError[] };

/** Plain data only: results cross a process boundary. */
export type TaskResult = TaskAnswer & {
  /**
   * Milliseconds the runner spent on the task: its database work and building the answer,
   * without queueing or transfer (the "database time" of /metrics).
   */
  workMs: number;
};

export interface TaskEnvelope {
  task: Task;
  actor: Actor | null;
}

/**
 * True for a request whose operation is a query (it may read from a replica). A mutation, or a
 * request that does not parse or names no single operation, goes to the primary (where Apollo
 * then reports what is wrong with it).
 */
function isQuery(request: GraphQLTaskRequest): boolean {
  try {
    return getOperationAST(parse(request.query), request.operationName)?.operation === "query";
  } catch {
    return false;
  }
}

export class TaskRunner {
  private constructor(
    private readonly db: Db,
    /** Where queries, exports and the report read: a read replica, or `db`. */
    private readonly readDb: Db,
    private readonly services: AppServices,
    private readonly schema: GraphQLSchema,
    private readonly apollo: ApolloServer<AppContext>,
    private readonly compiled: CompiledQueries,
    private readonly logger: AppLogger,
  ) {}

  static async create(
    db: Db,
    services: AppServices,
    logger: AppLogger,
    { schema, readDb = db }: { schema?: GraphQLSchema; readDb?: Db } = {},
  ): Promise<TaskRunner> {
    const s = schema ?? (await buildAppSchema());
    const compiled = new CompiledQueries(s);
    const apollo = makeApolloServer(s, logger, [], undefined, compiled);
    await apollo.start();
    return new TaskRunner(db, readDb, services, s, apollo, compiled, logger);
  }

  private context(actor: Actor | null, db: Db = this.readDb): AppContext {
    return requestContext(db, this.services, actor);
  }

  async run(envelope: TaskEnvelope): Promise<TaskResult> {
    const started = performance.now();
    const answer = await this.answer(envelope);
    return { ...answer, workMs: performance.now() - started };
  }

  private async answer({ task, actor }: TaskEnvelope): Promise<TaskAnswer> {
    if (task.kind === "graphql") {
      const db = this.readDb !== this.db && isQuery(task.request) ? this.readDb : this.db;
      const response = await this.apollo.executeOperation(task.request, {
        contextValue: this.context(actor, db),
      });
      if (response.body.kind !== "single") throw new Error("incremental delivery is not supported");
      const { data, errors } = response.body.singleResult;
      return {
        kind: "graphql",
        status: response.http.status ?? 200,
        json: this.compiled.responseJson({ data, errors }),
        ...(errors ? { errors: [...errors] } : {}),
      };
    }
    if (task.kind === "csv") return this.csv(task.request, actor);
    if (task.kind === "dictionaryFile") return this.dictionaryFile(task.request);
    return { kind: "report", html: await renderReportHtml(buildStudyReport(this.readDb)) };
  }

  private async csv(request: CsvExportRequest, actor: Actor | null): Promise<TaskAnswer> {
    const schema = this.schema;
    const table = await exportCsv(schema, request, this.context(actor), {
      parseOptions: { maxTokens: MAX_TOKENS },
      validationRules: limitRules(),
      checkOperation: (document, operation) =>
        void checkCost(schema, document, operation, request.variables ?? {}),
    });
    if (!table.ok) {
      const formatError = makeFormatError(this.logger);
      // extensions.http sets the status (as Apollo reads it); it is not part of the error.
      const errors = table.errors.map((e) => {
        const { http: _http, ...extensions } = e.extensions;
        return formatError({ ...e.toJSON(), extensions }, e);
      });
      const masked = errors.some((f) => f.extensions?.code === "INTERNAL_SERVER_ERROR");
      return { kind: "csv", ok: false, status: masked ? 500 : table.status, errors };
    }
    return {
      kind: "csv",
      ok: true,
      filename: table.filename,
      text: table.text,
      nextCursor: table.nextCursor,
    };
  }

  /** GET /taxonomy.yaml and /taxonomy.diff; a bad or unknown version is the caller's error. */
  private dictionaryFile(request: DictionaryFileRequest): TaskAnswer {
    try {
      return { kind: "dictionaryFile", ok: true, ...dictionaryFile(this.readDb, request) };
    } catch (e) {
      const code = e instanceof GraphQLError ? e.extensions.code : undefined;
      if (code !== "NOT_FOUND" && code !== "BAD_USER_INPUT") throw e;
      return {
        kind: "dictionaryFile",
        ok: false,
        status: code === "NOT_FOUND" ? 404 : 400,
        errors: [(e as GraphQLError).toJSON()],
      };
    }
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }
}
