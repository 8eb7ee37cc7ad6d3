// One way to check an expected error (BAD_USER_INPUT, CONFLICT, NOT_FOUND, UNAUTHENTICATED, a
// limit...): its extensions.code, and when given its field, other extensions and message.
import { expect } from "vitest";

/** What a GraphQL error looks like in an answer (formatted) or when thrown (GraphQLError). */
export interface ErrorLike {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

export interface ExpectedError {
  code: string;
  /** extensions.field: the input that is wrong. */
  field?: string;
  /** Other extensions the error must carry (values may be asymmetric matchers). */
  extensions?: Record<string, unknown>;
  /** true: the extensions are exactly `code`, `field` and `extensions`, nothing more. */
  exact?: boolean;
  /** The whole message (a string) or a pattern it must match (a RegExp). */
  message?: string | RegExp;
}

/** Checks one error against what is expected and returns it. */
export function expectError(error: ErrorLike | undefined, expected: ExpectedError): ErrorLike {
  expect(error, `expected an error with code ${expected.code}`).toBeDefined();
  const extensions = {
    code: expected.code,
    ...(expected.field === undefined ? {} : { field: expected.field }),
    ...expected.extensions,
  };
  if (expected.exact) expect(error!.extensions).toEqual(extensions);
  else expect(error!.extensions).toMatchObject(extensions);
  if (typeof expected.message === "string") expect(error!.message).toBe(expected.message);
  else if (expected.message) expect(error!.message).toMatch(expected.message);
  return error!;
}

/**
 * Checks the first error of a GraphQL answer (from `server.gql`, or a JSON body sent by the HTTP
 * layer) and returns it.
 */
export function expectUserError(result: ErrorsBody, expected: ExpectedError): ErrorLike {
  expect(result.errors, `expected errors in ${JSON.stringify(result)}`).toBeDefined();
  return expectError(result.errors![0], expected);
}

/** The JSON body of an HTTP answer, as far as errors go: cast `await res.json()` to it. */
export interface ErrorsBody {
  data?: unknown;
  errors?: readonly ErrorLike[] | null;
}
