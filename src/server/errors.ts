// What clients see of errors: user-facing codes pass through, a bad argument value is
// BAD_USER_INPUT naming its field whether it came as a variable or as a literal in the query,
// and everything else is logged with its stack and masked so that no SQL text or stack trace
// reaches a client.
import { unwrapResolverError } from "@apollo/server/errors";
import {
  GraphQLError,
  Kind,
  parse,
  visit,
  type GraphQLFormattedError,
  type Source,
  type ValueNode,
} from "graphql";
import { isBusyError } from "../db/client";

type ErrorLogger = Pick<Console, "error">;

/** Codes whose message is meant for the client. */
const PASS_THROUGH_CODES: ReadonlySet<string> = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "COST_LIMIT_EXCEEDED",
  // Apollo's own request errors: GET with a mutation, CSRF, missing query, unknown operation name.
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  // The request outlived its time budget and was cancelled (executor.ts).
  "TIMEOUT",
  "BUSY",
  "UNAVAILABLE",
]);

export const MASKED_ERROR: GraphQLFormattedError = {
  message: "Internal server error",
  extensions: { code: "INTERNAL_SERVER_ERROR" },
};

const VARIABLE_ERROR =
  /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" (?:got invalid value|has invalid value|of required type|of non-null type)/;

/**
 * The input field a variable coercion message is about, as a dotted path from the variable:
 * `Variable "$filter" got invalid value "x" at "filter.from"; ...` -> "filter.from",
 * `...; Field "title" of required type "String!" was not provided.` -> "input.title".
 */
export function fieldOfVariableError(message: string): string | null {
  const variable = VARIABLE_ERROR.exec(message)?.[1];
  if (!variable) return null;
  const at = / at "([^"]+)"/.exec(message)?.[1];
  const base = at ?? variable;
  const missing = /Field "([^"]+)" of required type "[^"]+" was not provided/.exec(message)?.[1];
  const unknown = /Field "([^"]+)" is not defined by type/.exec(message)?.[1];
  const leaf = missing ?? unknown;
  return leaf ? `${base}.${leaf}` : base;
}

/** Nodes a literal value error points at: the value, or the object field that is not defined. */
const VALUE_KINDS: ReadonlySet<string> = new Set([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

const pathsBySource = new WeakMap<Source, Map<number, string>>();

/**
 * The path of every literal value in a query text, by its start offset: from the argument
 * (`filter.from`, `query.measures[0]`) or, in a variable's default value, from the variable,
 * as variable coercion errors name them. Parsed once per query text, and only for errors.
 */
function literalPaths(source: Source): Map<number, string> {
  const known = pathsBySource.get(source);
  if (known) return known;
  const paths = new Map<number, string>();
  const add = (value: ValueNode, path: string): void => {
    if (value.loc) paths.set(value.loc.start, path);
    if (value.kind === Kind.LIST) value.values.forEach((v, i) => add(v, `${path}[${i}]`));
    if (value.kind === Kind.OBJECT) {
      for (const f of value.fields) {
        if (f.loc) paths.set(f.loc.start, `${path}.${f.name.value}`);
        add(f.value, `${path}.${f.name.value}`);
      }
    }
  };
  visit(parse(source), {
    Argument: (node) => add(node.value, node.name.value),
    VariableDefinition: (node) => {
      if (node.defaultValue) add(node.defaultValue, node.variable.name.value);
    },
  });
  pathsBySource.set(source, paths);
  return paths;
}

/**
 * The argument path of a validation error about a literal value (a date that does not exist,
 * an unknown enum value, a missing or unknown input field), or null for other errors:
 * `posts(filter: {from: "2023-13-45"})` -> "filter.from", `{measures: [NOPE]}` -> "query.measures[0]",
 * `periods: [{from: ..., to: ...}]` without a label -> "periods[0].label".
 */
function fieldOfLiteralError(error: GraphQLError): string | null {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (!node?.loc || !VALUE_KINDS.has(node.kind)) return null;
  const path = literalPaths(node.loc.source).get(node.loc.start);
  if (path === undefined) return null;
  const missing = /^Field "[^"]*\.([^".]+)" of required type "[^"]+" was not provided/.exec(
    error.message,
  )?.[1];
  return missing ? `${path}.${missing}` : path;
}

function codeOf(formatted: GraphQLFormattedError): string | undefined {
  const code = formatted.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

export function makeFormatError(
  logger: ErrorLogger = console,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const code = codeOf(formatted);
    if (code === "BAD_USER_INPUT" && formatted.extensions?.field === undefined) {
      const field = fieldOfVariableError(formatted.message);
      if (field) return { ...formatted, extensions: { ...formatted.extensions, field } };
    }
    if (code === "GRAPHQL_VALIDATION_FAILED" && error instanceof GraphQLError) {
      // The same value as a variable would be BAD_USER_INPUT naming its field: say the same.
      const field = fieldOfLiteralError(error);
      if (field)
        return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT", field } };
    }
    if (code && (PASS_THROUGH_CODES.has(code) || code.startsWith("PERSISTED_QUERY_"))) return formatted;

    const original = unwrapResolverError(error);
    if (isBusyError(original)) {
      // Another process held the write lock longer than the lock timeout (a long import or
      // activation): nothing was written, and trying again later works.
      return {
        message:
          "The database is busy with another write (an import or a model activation); nothing was changed. Try again in a moment.",
        extensions: { code: "BUSY" },
        ...(formatted.path ? { path: formatted.path } : {}),
      };
    }
    const where = formatted.path ? ` at ${formatted.path.join(".")}` : "";
    logger.error(
      `Internal error${where}: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
    );
    // Where the error happened is safe to tell and helps the caller; what happened is not.
    return {
      ...MASKED_ERROR,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  };
}
