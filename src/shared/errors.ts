// User-facing errors with a stable extensions.code, and invariant() for programmer errors.
import { GraphQLError } from "graphql";

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}), ...extra } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "NOT_FOUND", ...extra } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "CONFLICT", ...extra } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = "An API key is required: send 'Authorization: Bearer <key>'.") {
    super(message, { extensions: { code: "UNAUTHENTICATED" } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "FORBIDDEN" } });
  }
}

/**
 * For a state the program itself rules out (validated data, a foreign key, a caller's precondition,
 * control flow). Bad input from outside (environment, files, stored artifacts, ids from a caller)
 * gets an error that names it instead.
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}
