// How a query worker executes an operation. A query written without variables runs through
// graphql-jit, which compiles it once into a function (kept as long as Apollo keeps the parsed
// document) and then does a fraction of graphql-js's work per field: the 2,181 rows of an ad-hoc
// analytics answer took 16.5 ms to execute and serialize with graphql-js, 10.3 ms compiled, for
// the same JSON (bench/README.md). Everything else runs through graphql-js as before:
// - operations with variables: graphql-jit coerces variables its own way (it leaves out the
//   defaults of input fields, words its errors differently, and its variable compiler recurses
//   without end on a recursive input type such as AnalyticsQuery.where's FilterGroupInput);
// - mutations: one engine for every write;
// - operations graphql-jit cannot compile (it says so instead of returning a function).
// A compiled query's answer without errors is also written as JSON by the serializer graphql-jit
// generates for it (fast-json-stringify, from the query's types; not for a query with a field of
// a custom scalar such as Date): the same text as JSON.stringify, 1.0 ms instead of 1.6 ms for
// those 2,181 rows.
import {
  GraphQLError,
  execute,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type Source,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import type { AppContext } from "../shared/context";
import { responseJson } from "./apollo";

type Gateway = ApolloServerOptionsWithGateway<AppContext>["gateway"];

/** What execution needs of Apollo's request (its GatewayGraphQLRequestContext). */
export interface OperationToRun {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  request: { operationName?: string | null; variables?: Record<string, unknown> };
  context: AppContext;
}

export class CompiledQueries {
  /** Per parsed document and operation name: its compiled query, or null to run graphql-js. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  /** Per answer's data (compiled, without errors): the serializer of the query that answered it. */
  private readonly serializers = new WeakMap<object, CompiledQuery["stringify"]>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** Whether the operation runs compiled. */
  isCompiled(document: DocumentNode, operation: OperationDefinitionNode): boolean {
    return this.compiledFor(document, operation) !== null;
  }

  async execute({ document, operation, request, context }: OperationToRun): Promise<ExecutionResult> {
    const query = this.compiledFor(document, operation);
    if (!query)
      return execute({
        schema: this.schema,
        document,
        operationName: request.operationName,
        variableValues: request.variables,
        contextValue: context,
      });
    const result = await query.query(undefined, context, {});
    if (!result.errors) {
      if (result.data) this.serializers.set(result.data, query.stringify);
      return result;
    }
    const source = document.loc?.source;
    return { ...result, errors: result.errors.map((e) => asGraphQLJsError(e, source)) };
  }

  /** The response body of a result (apollo.ts's responseJson), by its query's serializer when it has one. */
  responseJson(result: FormattedExecutionResult): string {
    const stringify = result.data && !result.errors ? this.serializers.get(result.data) : undefined;
    return stringify ? `${stringify({ data: result.data })}\n` : responseJson(result);
  }

  /** An Apollo "gateway" that only executes: Apollo parses, validates and formats as before. */
  gateway(): Gateway {
    const apiSchema = this.schema;
    return {
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema, coreSupergraphSdl: printSchema(apiSchema) });
        return () => {};
      },
      load: () => Promise.resolve({ executor: (ctx) => this.execute(ctx as unknown as OperationToRun) }),
      stop: () => Promise.resolve(),
    };
  }

  private compiledFor(document: DocumentNode, operation: OperationDefinitionNode): CompiledQuery | null {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    const name = operation.name?.value ?? "";
    let query = byName.get(name);
    if (query === undefined) {
      const compilable = operation.operation === "query" && !operation.variableDefinitions?.length;
      query = compilable ? this.compile(document, name || undefined) : null;
      byName.set(name, query);
    }
    return query;
  }

  /**
   * The operation compiled with its JSON serializer; without one when graphql-jit cannot make
   * it (a field of a custom scalar, such as Date: its answer is then written by JSON.stringify);
   * null when it cannot be compiled at all.
   */
  private compile(document: DocumentNode, name: string | undefined): CompiledQuery | null {
    for (const customJSONSerializer of [true, false]) {
      const result = compileQuery(this.schema, document, name, { customJSONSerializer });
      if (isCompiledQuery(result)) return result;
    }
    return null;
  }
}

/**
 * graphql-js's error for one of graphql-jit's, which lacks `extensions` when its cause had none
 * (an error thrown by a resolver: Apollo reads their code, and would answer "Internal server
 * error" without its path). The locations come back from their positions in the query text.
 */
function asGraphQLJsError(error: GraphQLError, source: Source | undefined): GraphQLError {
  if (error.extensions) return error;
  const positions =
    source && error.locations?.map(({ line, column }) => lineStart(source.body, line) + column - 1);
  return new GraphQLError(error.message, {
    source,
    positions,
    path: error.path,
    originalError: error.originalError ?? error,
  });
}

/** The offset where line `line` (from 1) of `body` starts, with graphql-js's line breaks. */
function lineStart(body: string, line: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = /\r\n|[\n\r]/g;
    next.lastIndex = start;
    const m = next.exec(body);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return start;
}
