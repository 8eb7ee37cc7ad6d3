// The request context: one function decides who is calling for /graphql, the export and the
// report, and each request gets loaders of its own.
import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { freshDb } from "../helpers/db";
import { createApiKey } from "../../src/server/api-key.service";
import { requestActor, requestContext } from "../../src/server/context";
import type { AppServices } from "../../src/shared/context";

function refusal(run: () => unknown): { message: string; code: unknown; status: unknown } {
  try {
    run();
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    const http = e.extensions.http as { status?: number } | undefined;
    return { message: e.message, code: e.extensions.code, status: http?.status };
  }
  throw new Error("expected a refusal");
}

describe("requestActor", () => {
  it("lets anonymous callers read when reads are open, and names the key's role otherwise", () => {
    const db = freshDb();
    const { key } = createApiKey(db, "editor");
    expect(requestActor(db, "open", undefined, { urlKey: false })).toBeNull();
    expect(requestActor(db, "key", `Bearer ${key}`, { urlKey: false })?.role).toBe("editor");
  });

  it("refuses a missing key with 401 when reads need one, naming every way to send it", () => {
    const db = freshDb();
    expect(refusal(() => requestActor(db, "key", undefined, { urlKey: false }))).toEqual({
      message: "This server needs an API key for every request: send 'Authorization: Bearer <key>'.",
      code: "UNAUTHENTICATED",
      status: 401,
    });
    expect(refusal(() => requestActor(db, "key", "", { urlKey: true })).message).toBe(
      "This server needs an API key for every request: send 'Authorization: Bearer <key>' or add api_key=<key> to the URL.",
    );
  });

  it("refuses a malformed header or an unknown key with 401 even when reads are open", () => {
    const db = freshDb();
    expect(refusal(() => requestActor(db, "open", "Basic abc", { urlKey: false })).status).toBe(401);
    expect(refusal(() => requestActor(db, "open", "Bearer fk_notakey", { urlKey: true })).message).toBe(
      "The API key is unknown or has been revoked.",
    );
  });
});

describe("requestContext", () => {
  it("gives each request loaders of its own", () => {
    const db = freshDb();
    const services = {} as AppServices;
    const a = requestContext(db, services, null);
    const b = requestContext(db, services, null);
    expect(a.loaders).not.toBe(b.loaders);
    expect(a).toMatchObject({ db, services, actor: null });
  });
});
