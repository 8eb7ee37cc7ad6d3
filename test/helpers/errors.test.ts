// The error helper fails on every difference it is asked to check, and only on those.
import { describe, expect, it } from "vitest";
import { expectUserError } from "./errors";

const conflict = {
  errors: [
    {
      message: "The dictionary is at version 3",
      extensions: { code: "CONFLICT", field: "v", currentVersion: 3 },
    },
  ],
};

describe("expectUserError", () => {
  it("passes on the code, field, other extensions and message of the first error, and returns it", () => {
    const error = expectUserError(conflict, {
      code: "CONFLICT",
      field: "v",
      extensions: { currentVersion: 3 },
      message: /version 3/,
    });
    expect(error).toBe(conflict.errors[0]);
    expectUserError(conflict, {
      code: "CONFLICT",
      field: "v",
      extensions: { currentVersion: 3 },
      exact: true,
    });
    expectUserError(conflict, { code: "CONFLICT", message: "The dictionary is at version 3" });
  });

  it.each([
    ["no errors", { data: {} }, { code: "CONFLICT" }],
    ["an empty list", { errors: [] }, { code: "CONFLICT" }],
    ["another code", conflict, { code: "NOT_FOUND" }],
    ["another field", conflict, { code: "CONFLICT", field: "w" }],
    [
      "a missing field",
      { errors: [{ message: "x", extensions: { code: "CONFLICT" } }] },
      { code: "CONFLICT", field: "v" },
    ],
    ["another extension value", conflict, { code: "CONFLICT", extensions: { currentVersion: 4 } }],
    ["an extension too many when exact", conflict, { code: "CONFLICT", field: "v", exact: true }],
    ["a message that does not match", conflict, { code: "CONFLICT", message: /version 4/ }],
    ["a message that is only part of it", conflict, { code: "CONFLICT", message: "version 3" }],
    ["no extensions", { errors: [{ message: "x" }] }, { code: "CONFLICT" }],
  ])("fails on %s", (_name, result, expected) => {
    expect(() => expectUserError(result, expected)).toThrow();
  });
});
