// GET /taxonomy.yaml and /taxonomy.diff: the dictionary of any version as npm run export-taxonomy
// writes it, and the unified diff between two versions, with the key rules of the read routes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportTaxonomy } from "../../src/cli/export-taxonomy";
import { checkpoint } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { ProcessPool } from "../../src/server/pool";
import { DEFAULT_TAXONOMY_DIR, TAXONOMY_FILES } from "../../src/taxonomy/taxonomy.files";
import { startTestServer, silentLogger, type TestServer } from "../helpers/http";
import { testRuntime, type TestRuntime } from "../helpers/runtime";
import { dbTarget } from "../helpers/db";
import { applyPatch } from "../helpers/unified-patch";

const MOVE = `mutation { moveSkill(skillId: "sentiment-analysis", bucketId: "machine-learning", expectedVersion: 1) { version } }`;

describe("the dictionary over plain HTTP", () => {
  let dir: string;
  let rt: TestRuntime;
  let server: TestServer;
  let editorKey: string;

  const get = (route: string) => fetch(`${server.url}${route}`);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-dictionary-"));
    rt = testRuntime(undefined, path.join(dir, "frontier.db"));
    server = await startTestServer(rt.db, { services: rt.services, jobs: false });
    editorKey = createApiKey(rt.db, "editor").key;
    const moved = await server.gql<{ moveSkill: { version: number } }>(MOVE, undefined, editorKey);
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveSkill.version).toBe(2);
  });
  afterAll(async () => {
    await server?.close();
    rt?.db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("GET /taxonomy.yaml gives the current dictionary exactly as npm run export-taxonomy writes skills.yaml", async () => {
    const res = await get("/taxonomy.yaml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/yaml; charset=utf-8");
    expect(res.headers.get("x-taxonomy-version")).toBe("2");
    expect(res.headers.get("content-disposition")).toBe('inline; filename="skills-v2.yaml"');
    const exported = path.join(dir, "export");
    exportTaxonomy(rt.db, rt.taxonomy, exported, false);
    const text = await res.text();
    expect(text).toBe(fs.readFileSync(path.join(exported, TAXONOMY_FILES.skills), "utf8"));
    expect(text).toMatch(/- id: sentiment-analysis/u);
  });

  it("GET /taxonomy.yaml?version=1 gives the dictionary before the edit: the committed skills.yaml it was loaded from", async () => {
    const res = await get("/taxonomy.yaml?version=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-taxonomy-version")).toBe("1");
    expect(await res.text()).toBe(
      fs.readFileSync(path.join(DEFAULT_TAXONOMY_DIR, TAXONOMY_FILES.skills), "utf8"),
    );
  });

  it("GET /taxonomy.diff?from=1&to=2 is a unified diff that turns version 1 into version 2, showing the moved skill", async () => {
    const res = await get("/taxonomy.diff?from=1&to=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/x-diff; charset=utf-8");
    expect(res.headers.get("x-taxonomy-version")).toBe("1, 2");
    const diff = await res.text();
    const lines = diff.split("\n");
    expect(lines[0]).toMatch(/^--- skills\.yaml version 1 \(\d{4}-\d\d-\d\dT/u);
    expect(lines[1]).toMatch(/^\+\+\+ skills\.yaml version 2 \(/u);
    expect(lines.filter((l) => l.startsWith("-      - id: sentiment-analysis"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("+      - id: sentiment-analysis"))).toHaveLength(1);
    const v1 = await (await get("/taxonomy.yaml?version=1")).text();
    const v2 = await (await get("/taxonomy.yaml?version=2")).text();
    expect(applyPatch(v1, diff)).toBe(v2);
  });

  it("GET /taxonomy.diff without versions shows the last change (previous version to current)", async () => {
    const last = await (await get("/taxonomy.diff")).text();
    expect(last).toBe(await (await get("/taxonomy.diff?from=1&to=2")).text());
    const fromOnly = await (await get("/taxonomy.diff?from=0")).text();
    expect(fromOnly.split("\n")[1]).toMatch(/^\+\+\+ skills\.yaml version 2 /u);
    expect(fromOnly.split("\n")[0]).toBe("--- skills.yaml version 0 (empty, before the first load)");
  });

  it("GET /taxonomy.diff of a version with itself has no hunk", async () => {
    const same = await (await get("/taxonomy.diff?from=2&to=2")).text();
    expect(same.split("\n").filter((l) => l !== "")).toHaveLength(2);
  });

  it.each([
    ["/taxonomy.yaml?version=99", "version", "There is no taxonomy version 99: the current version is 2."],
    ["/taxonomy.diff?from=1&to=7", "to", "There is no taxonomy version 7: the current version is 2."],
    ["/taxonomy.diff?from=5", "from", "There is no taxonomy version 5: the current version is 2."],
  ])("%s answers 404 NOT_FOUND naming the version", async (route, _field, message) => {
    const res = await get(route);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.message).toBe(message);
    expect(body.errors[0]?.extensions).toMatchObject({ code: "NOT_FOUND", currentVersion: 2 });
  });

  it.each([
    ["/taxonomy.yaml?version=latest", "version"],
    ["/taxonomy.yaml?version=-1", "version"],
    ["/taxonomy.diff?from=1.5", "from"],
    ["/taxonomy.diff?from=1&to=x", "to"],
  ])("%s answers 400 BAD_USER_INPUT naming the parameter", async (route, field) => {
    const res = await get(route);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    expect(body.errors[0]?.message).toMatch(new RegExp(`^${field} must be a taxonomy version number`, "u"));
  });

  it("with closed reads, needs a key: 401 without one, 200 with a viewer key in the header or as api_key", async () => {
    const closed = await startTestServer(rt.db, { services: rt.services, jobs: false, reads: "key" });
    try {
      const viewer = createApiKey(rt.db, "viewer").key;
      const none = await fetch(`${closed.url}/taxonomy.yaml`);
      expect(none.status).toBe(401);
      expect(
        ((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe("UNAUTHENTICATED");
      const header = await fetch(`${closed.url}/taxonomy.diff`, {
        headers: { authorization: `Bearer ${viewer}` },
      });
      expect(header.status).toBe(200);
      const inUrl = await fetch(`${closed.url}/taxonomy.yaml?version=1&api_key=${viewer}`);
      expect(inUrl.status).toBe(200);
      // The key is checked before the parameters: no hint about versions without one.
      expect((await fetch(`${closed.url}/taxonomy.yaml?version=x`)).status).toBe(401);
    } finally {
      await closed.close();
    }
  });

  it("is served by a query worker of the pool, like /export.csv", async () => {
    checkpoint(rt.db);
    const pool = await ProcessPool.start({
      dbPath: dbTarget(rt.db, path.join(dir, "frontier.db")),
      services: rt.services,
      workers: 1,
      timeoutMs: 30_000,
      logger: silentLogger,
      jobs: false,
    });
    const pooled = await startTestServer(rt.db, { services: rt.services, executor: pool });
    try {
      const res = await fetch(`${pooled.url}/taxonomy.diff?from=1&to=2`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(await (await get("/taxonomy.diff?from=1&to=2")).text());
      expect((await fetch(`${pooled.url}/taxonomy.yaml?version=3`)).status).toBe(404);
      expect(pool.stats().workers).toBe(1);
    } finally {
      await pooled.close();
      await pool.stop();
    }
  });
});
