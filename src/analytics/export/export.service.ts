// Runs a GraphQL query for CSV export and turns its answer into one tidy table: queries only (a
// GET must not write), the rows from the first list field of the query (table-shape.ts), nested
// lists unnested and measures pivoted into columns (table-rows.ts), and the cursor of the next
// page when the list is a connection. `exportCsv` is the one entry point: /export.csv and any
// other route that serves an operation as CSV call it (through a worker task) and send its text
// with `csvPagingHeaders` (csv.ts).
import {
  GraphQLError,
  Kind,
  execute,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionNode,
  type ValidationRule,
  type ValueNode,
} from "graphql";
import { csvLine } from "./csv";
import { tableRows, exportedItems } from "./table-rows";
import {
  PAGE_INFO_KEY,
  ShapeError,
  TOTAL_ROWS_KEY,
  exportShape,
  type Column,
  type ExportShape,
} from "./table-shape";

export interface CsvExportRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /**
   * Where the page starts, as the previous page's `nextCursor` gave it: for a connection (`posts`,
   * `taxonomyChanges`) a cursor that replaces the connection's own `after` argument; for
   * `analytics(query)` the offset of the first row, replacing `query.offset`. Refused for an
   * export that does not page.
   */
  after?: string;
}

export interface CsvExportOptions {
  /** Options of graphql's parser (the server's token limit). */
  parseOptions?: ParseOptions;
  /** Extra validation rules (the server's depth limit). */
  validationRules?: readonly ValidationRule[];
  /** Called with the chosen operation before it runs; throw a GraphQLError to refuse it (cost limit). */
  checkOperation?: (document: DocumentNode, operation: OperationDefinitionNode) => void;
}

/** A CSV export that ran: plain data, so that it crosses a process boundary. */
export interface CsvExportSuccess {
  ok: true;
  /** A file name for Content-Disposition, from the path of the list (`categoryShare.csv`). */
  filename: string;
  /** The columns, in order, with the kind of value each holds. */
  columns: Column[];
  /** Header and rows: UTF-8 text, CRLF line ends, RFC 4180 quoting. */
  text: string;
  /** Number of data rows (the header not counted). */
  rows: number;
  /**
   * Where the next page starts, to send back as `after`, when the list pages and more rows
   * follow: a connection's `endCursor`, or for `analytics(query)` the offset of the next row
   * (`"1000"`). Null on the last page or when the list does not page.
   */
  nextCursor: string | null;
}

interface CsvFailure {
  ok: false;
  /** The HTTP status the failure deserves (400 unless an error says otherwise). */
  status: number;
  errors: readonly GraphQLError[];
}

export type CsvExportResult = CsvExportSuccess | CsvFailure;

function failure(status: number, message: string, code: string, field?: string): CsvFailure {
  return {
    ok: false,
    status,
    errors: [new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } })],
  };
}

/**
 * 401/403 for auth errors, else the status an error asks for, else 400: a BI tool only sees
 * the status. (The server turns masked internal errors into 500.)
 */
function statusOf(errors: readonly GraphQLError[]): number {
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.includes("UNAUTHENTICATED")) return 401;
  if (codes.includes("FORBIDDEN")) return 403;
  const http = errors
    .map((e) => (e.extensions?.http as { status?: number } | undefined)?.status)
    .find(Boolean);
  return http ?? 400;
}

/** The query's document, parsed and validated, or why it is refused (400). */
function validDocument(
  schema: GraphQLSchema,
  query: string,
  options: CsvExportOptions,
): DocumentNode | CsvFailure {
  let document: DocumentNode;
  try {
    document = parse(query, options.parseOptions);
  } catch (e) {
    if (e instanceof GraphQLError) {
      return {
        ok: false,
        status: 400,
        errors: [new GraphQLError(e.message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })],
      };
    }
    throw e;
  }
  const validationErrors = validate(schema, document, [
    ...specifiedRules,
    ...(options.validationRules ?? []),
  ]);
  if (validationErrors.length > 0) {
    return {
      ok: false,
      status: 400,
      errors: validationErrors.map(
        (e) =>
          new GraphQLError(e.message, {
            nodes: e.nodes,
            extensions: { ...e.extensions, code: "GRAPHQL_VALIDATION_FAILED" },
          }),
      ),
    };
  }
  return document;
}

/** The operation to export: the one named, a query, and within the caller's limits (checkOperation). */
function exportedOperation(
  document: DocumentNode,
  operationName: string | undefined,
  options: CsvExportOptions,
): OperationDefinitionNode | CsvFailure {
  const operation = getOperationAST(document, operationName ?? null);
  if (!operation) {
    return failure(
      400,
      operationName
        ? `The query has no operation named "${operationName}".`
        : "The query has several operations: name the one to export with the operationName parameter.",
      "BAD_REQUEST",
    );
  }
  if (operation.operation !== "query") {
    return failure(
      405,
      `Only queries can be exported: an export never runs a ${operation.operation}. Send it with POST to /graphql.`,
      "BAD_REQUEST",
    );
  }
  try {
    options.checkOperation?.(document, operation);
  } catch (e) {
    if (e instanceof GraphQLError) return { ok: false, status: statusOf([e]), errors: [e] };
    throw e;
  }
  return operation;
}

/** The coerced variables, or why they do not fit the operation (BAD_USER_INPUT, 400). */
function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { coerced: Record<string, unknown> } | CsvFailure {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!coerced.errors) return { coerced: coerced.coerced };
  return {
    ok: false,
    status: 400,
    errors: coerced.errors.map(
      (e) =>
        new GraphQLError(e.message, {
          nodes: e.nodes,
          extensions: { ...e.extensions, code: "BAD_USER_INPUT" },
        }),
    ),
  };
}

/** The selection that reads a connection's page info under a key of the export's own. */
const PAGE_INFO_SELECTION: SelectionNode = (() => {
  const doc = parse(`{ ${PAGE_INFO_KEY}: pageInfo { hasNextPage endCursor } }`);
  const op = doc.definitions[0];
  const sel = op?.kind === Kind.OPERATION_DEFINITION ? op.selectionSet.selections[0] : undefined;
  if (!sel) throw new Error("Invariant failed: the page info selection parses");
  return sel;
})();

const TOTAL_ROWS_SELECTION: SelectionNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: TOTAL_ROWS_KEY },
  name: { kind: Kind.NAME, value: "totalRows" },
};

function withSelection(node: FieldNode, selection: SelectionNode): FieldNode {
  if (!node.selectionSet) return node;
  return {
    ...node,
    selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, selection] },
  };
}

/** A field node with an argument set to `value` (added, or replacing the query's own). */
function withArgument(node: FieldNode, name: string, value: ValueNode): FieldNode {
  const args = (node.arguments ?? []).filter((a) => a.name.value !== name);
  args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value });
  return { ...node, arguments: args };
}

/** `analytics(query: ...)` starting at `offset`: in the literal object, or in the variable it names. */
function withOffset(
  node: FieldNode,
  offset: number,
  variables: Record<string, unknown>,
): { node: FieldNode; variables: Record<string, unknown> } {
  const query = node.arguments?.find((a) => a.name.value === "query")?.value;
  if (query?.kind === Kind.VARIABLE) {
    const name = query.name.value;
    const value = variables[name];
    const object = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
    return { node, variables: { ...variables, [name]: { ...object, offset } } };
  }
  if (query?.kind === Kind.OBJECT) {
    const fields = query.fields.filter((f) => f.name.value !== "offset");
    fields.push({
      kind: Kind.OBJECT_FIELD,
      name: { kind: Kind.NAME, value: "offset" },
      value: { kind: Kind.INT, value: String(offset) },
    });
    return { node: withArgument(node, "query", { ...query, fields }), variables };
  }
  return { node, variables };
}

/**
 * The document and variables to run: the exported connection also reads its page info and
 * starts after the requested cursor (an AST value, never text pasted into the query); an
 * analytics export also reads its total number of rows and starts at the requested offset.
 */
function operationToRun(
  document: DocumentNode,
  shape: ExportShape,
  after: string | undefined,
  variables: Record<string, unknown>,
): { document: DocumentNode; variables: Record<string, unknown> } {
  const connection = new Set<FieldNode>(shape.connection?.nodes ?? []);
  const analytics = new Set<FieldNode>(shape.offsetPaging?.nodes ?? []);
  let vars = variables;
  const doc = visit(document, {
    Field(node) {
      if (connection.has(node)) {
        const paged =
          after === undefined ? node : withArgument(node, "after", { kind: Kind.STRING, value: after });
        return withSelection(paged, PAGE_INFO_SELECTION);
      }
      if (analytics.has(node)) {
        let paged = node;
        if (after !== undefined) ({ node: paged, variables: vars } = withOffset(node, Number(after), vars));
        return withSelection(paged, TOTAL_ROWS_SELECTION);
      }
      return undefined;
    },
  });
  return { document: doc, variables: vars };
}

function valueAtPath(data: unknown, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function nextCursorOf(shape: ExportShape, data: unknown, after: string | undefined): string | null {
  if (shape.connection) {
    const page = valueAtPath(data, [...shape.connection.path, PAGE_INFO_KEY]) as
      { hasNextPage?: unknown; endCursor?: unknown } | undefined;
    return page?.hasNextPage === true && typeof page.endCursor === "string" ? page.endCursor : null;
  }
  if (shape.offsetPaging) {
    const total = valueAtPath(data, [...shape.offsetPaging.path, TOTAL_ROWS_KEY]);
    const rows = valueAtPath(data, shape.listPath);
    if (typeof total !== "number" || !Array.isArray(rows) || rows.length === 0) return null;
    const offset = after === undefined ? shape.offsetPaging.offset : Number(after);
    return offset + rows.length < total ? String(offset + rows.length) : null;
  }
  return null;
}

/** Why `after` cannot start a page of this export, or null. */
function afterProblem(shape: ExportShape, after: string): string | null {
  if (shape.connection?.takesAfter) return null;
  if (shape.offsetPaging) {
    return /^\d{1,9}$/.test(after)
      ? null
      : `after: analytics pages by row offset, so after must be a whole number such as 1000 (the X-Next-Cursor of the previous page), got "${after}".`;
  }
  return `after: the exported list (${shape.listPath.join(".")}) does not page, so there is no page to start after.`;
}

function safeFilename(path: readonly string[]): string {
  const base = (path.filter((k) => k !== "edges" && k !== "nodes").join("-") || "export").replace(
    /[^A-Za-z0-9_-]+/g,
    "_",
  );
  return `${base}.csv`;
}

/** The header and rows of a table as CSV text. */
function csvText(shape: ExportShape, items: readonly unknown[]): { text: string; rows: number } {
  const parts = [csvLine(shape.columns.map((c) => c.name))];
  let rows = 0;
  for (const row of tableRows(shape, items)) {
    parts.push(csvLine(row));
    rows += 1;
  }
  return { text: parts.join(""), rows };
}

/**
 * Parses, validates and runs a query, and writes the tidy table of its first list as CSV, with
 * the cursor of the next page. Failures come back as GraphQL errors with the HTTP status they
 * deserve; nothing is thrown for user errors.
 */
export async function exportCsv(
  schema: GraphQLSchema,
  request: CsvExportRequest,
  contextValue: unknown,
  options: CsvExportOptions = {},
): Promise<CsvExportResult> {
  const document = validDocument(schema, request.query, options);
  if ("ok" in document) return document;
  const operation = exportedOperation(document, request.operationName, options);
  if ("ok" in operation) return operation;
  const variables = coercedVariables(schema, operation, request.variables ?? {});
  if ("ok" in variables) return variables;
  let shape: ExportShape | null;
  try {
    shape = exportShape(schema, document, operation, variables.coerced);
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, status: 400, errors: [e] };
    throw e;
  }
  if (!shape) {
    return failure(
      400,
      "The result holds no list, so there is nothing to put in rows. Export a field that returns a list (e.g. categoryShare, or posts { edges { node { ... } } }).",
      "BAD_REQUEST",
    );
  }
  const problem = request.after === undefined ? null : afterProblem(shape, request.after);
  if (problem) return failure(400, problem, "BAD_USER_INPUT", "after");
  const run = operationToRun(document, shape, request.after, request.variables ?? {});
  const result = await execute({
    schema,
    document: run.document,
    operationName: request.operationName,
    variableValues: run.variables,
    contextValue,
  });
  if (result.errors && result.errors.length > 0) {
    return { ok: false, status: statusOf(result.errors), errors: result.errors };
  }
  const { text, rows } = csvText(shape, exportedItems(shape, result.data));
  return {
    ok: true,
    filename: safeFilename(shape.listPath),
    columns: shape.columns,
    text,
    rows,
    nextCursor: nextCursorOf(shape, result.data, request.after),
  };
}
