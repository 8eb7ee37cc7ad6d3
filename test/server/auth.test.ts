// API keys and roles: keys resolve to actors until revoked, mutations need editor, a bad key is
// refused outright, and FRONTIER_READS=key closes reads to anonymous callers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import { expectUserError } from "../helpers/errors";
import { PingQuery, startTestServer, type TestServer } from "../helpers/http";
import type { Db } from "../../src/db/client";
import {
  createApiKey,
  hashApiKey,
  listApiKeys,
  resolveApiKey,
  revokeApiKey,
} from "../../src/server/api-key.service";
import { readsFromEnv } from "../../src/server/auth";
import { buildHttpTestSchema } from "./test-schema";

describe("API keys", () => {
  it("are created at random, stored only as a hash, and resolve to an actor named after id and role", () => {
    const db = freshDb();
    const a = createApiKey(db, "editor", "ci");
    const b = createApiKey(db, "viewer");
    expect(a.key).toMatch(/^fk_[A-Za-z0-9_-]{32}$/);
    expect(b.key).not.toBe(a.key);

    const stored = JSON.stringify(db.$client.prepare("SELECT * FROM api_keys").all());
    expect(stored).not.toContain(a.key);
    expect(stored).toContain(hashApiKey(a.key));

    expect(resolveApiKey(db, a.key)).toEqual({ keyId: a.id, role: "editor", name: `key:${a.id} (editor)` });
    expect(resolveApiKey(db, b.key)?.role).toBe("viewer");
    expect(resolveApiKey(db, "fk_notakey")).toBeNull();
    expect(resolveApiKey(db, a.key.slice(0, -1))).toBeNull();
    expect(listApiKeys(db).map((k) => [k.id, k.role, k.name, k.prefix])).toEqual([
      [a.id, "editor", "ci", a.key.slice(0, 8)],
      [b.id, "viewer", null, b.key.slice(0, 8)],
    ]);
  });

  it("stop resolving once revoked, and revoking twice is NOT_FOUND", () => {
    const db = freshDb();
    const { id, key } = createApiKey(db, "admin");
    revokeApiKey(db, id);
    expect(resolveApiKey(db, key)).toBeNull();
    expect(listApiKeys(db)[0]?.revokedAt).toEqual(expect.any(String));
    expect(() => revokeApiKey(db, id)).toThrow(
      expect.objectContaining({ extensions: { code: "NOT_FOUND" } }),
    );
  });

  it("refuse an unknown role", () => {
    const db = freshDb();
    // @ts-expect-error: the role is checked at run time too (the CLI passes strings).
    expect(() => createApiKey(db, "owner")).toThrow(/Unknown role/);
  });
});

describe("roles over HTTP", () => {
  let db: Db;
  let server: TestServer;
  let viewer: string;
  let editor: string;
  beforeAll(async () => {
    db = freshDb();
    viewer = createApiKey(db, "viewer").key;
    editor = createApiKey(db, "editor").key;
    server = await startTestServer(db, { schema: await buildHttpTestSchema() });
  });
  afterAll(() => server.close());

  it("a mutation without a key is UNAUTHENTICATED", async () => {
    const res = await server.gql<{ editSomething: string }>("mutation { editSomething }");
    expect(res.data).toBeUndefined();
    expectUserError(res, { code: "UNAUTHENTICATED", message: /editor/ });
  });

  it("a mutation with a viewer key is FORBIDDEN and names the role it needs", async () => {
    const res = await server.gql("mutation { editSomething }", {}, viewer);
    expectUserError(res, { code: "FORBIDDEN", message: /needs the editor role.*viewer/ });
  });

  it("a mutation with an editor key runs as that key; an admin-only one stays FORBIDDEN", async () => {
    const ok = await server.gql<{ editSomething: string }>("mutation { editSomething }", {}, editor);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.editSomething).toMatch(/^edited by key:\d+ \(editor\)$/);
    const admin = await server.gql("mutation { adminOnly }", {}, editor);
    expectUserError(admin, { code: "FORBIDDEN" });
  });

  it("@Authorized() without roles lets any key in, but no anonymous caller", async () => {
    expect((await server.gql<{ whoAmI: string }>("{ whoAmI }", {}, viewer)).data?.whoAmI).toMatch(
      /\(viewer\)$/,
    );
    expectUserError(await server.gql("{ whoAmI }"), { code: "UNAUTHENTICATED" });
  });

  it("an unknown key, a revoked key or a malformed header is refused with 401, even for open reads", async () => {
    const unknown = await server.gql("{ tree { level } }", {}, "fk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(unknown.status).toBe(401);
    expectUserError(unknown, { code: "UNAUTHENTICATED" });

    const { id, key } = createApiKey(db, "admin");
    expect((await server.gql("{ tree { level } }", {}, key)).status).toBe(200);
    revokeApiKey(db, id);
    const revoked = await server.gql("{ tree { level } }", {}, key);
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]?.message).toMatch(/revoked/);

    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic dXNlcjpwYXNz" },
      body: JSON.stringify({ query: "{ tree { level } }" }),
    });
    expect(res.status).toBe(401);
  });
});

describe("reads", () => {
  it("are open by default: an anonymous query runs", async () => {
    const server = await startTestServer(freshDb());
    try {
      const res = await server.gql(PingQuery);
      expect(res.data?.__typename).toBe("Query");
    } finally {
      await server.close();
    }
  });

  it("need a viewer key when reads are 'key': anonymous gets 401, any key gets data", async () => {
    const db = freshDb();
    const { key } = createApiKey(db, "viewer");
    const server = await startTestServer(db, { reads: "key" });
    try {
      const anonymous = await server.gql(PingQuery);
      expect(anonymous.status).toBe(401);
      expect(anonymous.data).toBeUndefined();
      expectUserError(anonymous, { code: "UNAUTHENTICATED" });

      const withKey = await server.gql(PingQuery, {}, key);
      expect(withKey.status).toBe(200);
      expect(withKey.data?.__typename).toBe("Query");
    } finally {
      await server.close();
    }
  });

  it("follow FRONTIER_READS, and a wrong value stops start-up", () => {
    expect(readsFromEnv({})).toBe("open");
    expect(readsFromEnv({ FRONTIER_READS: "key" })).toBe("key");
    expect(() => readsFromEnv({ FRONTIER_READS: "closed" })).toThrow(/FRONTIER_READS/);
  });
});
