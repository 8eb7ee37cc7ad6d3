// Runs a GraphQL query for CSV export and turns the first list of its result into CSV rows:
// queries only (a GET must not write), the list found depth-first, columns from the query's
// own selection so that their names and order do not depend on the data.
import {
  GraphQLError,
  Kind,
  execute,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import {
  cellOf,
  columnsOf,
  csvLine,
  findFirstList,
  growTreeFromValue,
  treeOfSelection,
  type Column,
  type ColumnTree,
} from "./csv";

export interface CsvExportRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

interface CsvExportOptions {
  /** Options of graphql's parser (the server's token limit). */
  parseOptions?: ParseOptions;
  /** Extra validation rules (the server's depth limit). */
  validationRules?: readonly ValidationRule[];
  /** Called with the chosen operation before it runs; throw a GraphQLError to refuse it (cost limit). */
  checkOperation?: (document: DocumentNode, operation: OperationDefinitionNode) => void;
}

interface CsvTable {
  ok: true;
  /** A file name for Content-Disposition, from the path of the list (`categoryShare.csv`). */
  filename: string;
  columns: Column[];
  items: unknown[];
}

interface CsvFailure {
  ok: false;
  /** The HTTP status the failure deserves (400 unless an error says otherwise). */
  status: number;
  errors: readonly GraphQLError[];
}

type CsvExport = CsvTable | CsvFailure;

function failure(status: number, message: string, code: string): CsvFailure {
  return { ok: false, status, errors: [new GraphQLError(message, { extensions: { code } })] };
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

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}

/** The field nodes answering response key `key` in a selection set, through fragments. */
function fieldsFor(
  set: SelectionSetNode | undefined,
  key: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FieldNode[] {
  if (!set) return [];
  const out: FieldNode[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if ((sel.alias?.value ?? sel.name.value) === key) out.push(sel);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      out.push(...fieldsFor(sel.selectionSet, key, fragments));
    } else {
      out.push(...fieldsFor(fragments.get(sel.name.value)?.selectionSet, key, fragments));
    }
  }
  return out;
}

/** The column tree of the list's items, read from the query along the list's path. */
function itemTree(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  path: readonly string[],
  edgesToNodes: boolean,
): ColumnTree {
  let sets: (SelectionSetNode | undefined)[] = [operation.selectionSet];
  const keys = edgesToNodes ? [...path, "node"] : path;
  for (const key of keys) {
    sets = sets.flatMap((s) => fieldsFor(s, key, fragments)).map((f) => f.selectionSet);
  }
  const tree: ColumnTree = { children: new Map() };
  for (const set of sets) treeOfSelection(set, fragments, tree);
  return tree;
}

function safeFilename(path: readonly string[]): string {
  const base = (path.filter((k) => k !== "edges" && k !== "nodes").join("-") || "export").replace(
    /[^A-Za-z0-9_-]+/g,
    "_",
  );
  return `${base}.csv`;
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

/** Why the variables do not fit the operation (BAD_USER_INPUT, 400), or null. */
function variablesFailure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): CsvFailure | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!coerced.errors) return null;
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

/** The table of the first list in a result, its columns from the query's selection of the list. */
function tableOf(document: DocumentNode, operation: OperationDefinitionNode, data: unknown): CsvExport {
  const found = findFirstList(data);
  if (!found) {
    return failure(
      400,
      "The result holds no list, so there is nothing to put in rows. Export a field that returns a list (e.g. categoryShare, or posts { edges { node { ... } } }).",
      "BAD_REQUEST",
    );
  }
  const fragments = fragmentsOf(document);
  const tree = itemTree(operation, fragments, found.path, found.edgesToNodes);
  for (const item of found.items) growTreeFromValue(tree, item);
  const columns = columnsOf(tree);
  // A list of scalars has no fields: its items make one column named after the list.
  if (columns.length === 0) {
    const name = found.path[found.path.length - 1] ?? "value";
    return {
      ok: true,
      filename: safeFilename(found.path),
      columns: [{ name, path: [] }],
      items: found.items,
    };
  }
  return { ok: true, filename: safeFilename(found.path), columns, items: found.items };
}

/**
 * Parses, validates and runs a query, then finds the first list of its result. Failures come
 * back as GraphQL errors with the HTTP status they deserve; nothing is thrown for user errors.
 */
export async function prepareCsvExport(
  schema: GraphQLSchema,
  request: CsvExportRequest,
  contextValue: unknown,
  options: CsvExportOptions = {},
): Promise<CsvExport> {
  const document = validDocument(schema, request.query, options);
  if ("ok" in document) return document;
  const operation = exportedOperation(document, request.operationName, options);
  if ("ok" in operation) return operation;
  const badVariables = variablesFailure(schema, operation, request.variables ?? {});
  if (badVariables) return badVariables;
  const result = await execute({
    schema,
    document,
    operationName: request.operationName,
    variableValues: request.variables,
    contextValue,
  });
  if (result.errors && result.errors.length > 0) {
    return { ok: false, status: statusOf(result.errors), errors: result.errors };
  }
  return tableOf(document, operation, result.data);
}

/** The CSV text of a table in chunks of `rowsPerChunk` records, the header first. */
export function* csvChunks(table: CsvTable, rowsPerChunk = 500): Generator<string> {
  yield csvLine(table.columns.map((c) => c.name));
  let chunk = "";
  let n = 0;
  for (const item of table.items) {
    chunk += csvLine(table.columns.map((c) => (c.path.length === 0 ? scalarCell(item) : cellOf(item, c))));
    n += 1;
    if (n >= rowsPerChunk) {
      yield chunk;
      chunk = "";
      n = 0;
    }
  }
  if (chunk) yield chunk;
}

function scalarCell(item: unknown): string | number | boolean | null {
  if (item === null || item === undefined) return null;
  if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") return item;
  return JSON.stringify(item);
}
