// What clients see of errors: user-facing codes pass through, variable coercion errors become
// BAD_USER_INPUT naming the field, and everything else is logged with its stack and masked so
// that no SQL text or stack trace reaches a client.
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

export type ErrorLogger = Pick<Console, "error">;

/** Codes whose message is meant for the client. */
export const PASS_THROUGH_CODES: ReadonlySet<string> = new Set([
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
    if (code && (PASS_THROUGH_CODES.has(code) || code.startsWith("PERSISTED_QUERY_"))) return formatted;

    const original = unwrapResolverError(error);
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

export const formatError = makeFormatError(console);
