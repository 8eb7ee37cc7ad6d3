// The server's worker pool on the real posts: a slow query never holds up /healthz or a cheap
// query; past its time budget it is cancelled with TIMEOUT, its worker process is killed (so
// nothing keeps running) and replaced; the CSV export and the report keep the same budget. A
// quick read is sent ahead to a worker busy with another, never past a request waiting before
// it, and runs on another worker if that one stops.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, parse } from "graphql";
import { requestContext } from "../../src/server/context";
import { ProcessPool } from "../../src/server/pool";
import type { Task, TaskResult } from "../../src/server/tasks";
import { buildAppSchema } from "../../src/server/schema";
import { graphql } from "../gql";
import { hasRealData, POSTS_CSV } from "../helpers/real-data";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { startTestServer, silentLogger, type TestServer } from "../helpers/http";
import { testRuntime, type TestRuntime } from "../helpers/runtime";
import { dbTarget } from "../helpers/db";

/**
 * The slowest kind of legal request: as many aliases of a costly field as the cost limit allows
 * (unmapped tags and title phrases of every AI post, each alias computed again): seconds of work
 * on the real posts, far past the test's budget.
 */
const SLOW_QUERY = `{ ${Array.from({ length: 60 }, (_, i) => `u${i}: unmappedSkills { tag }`).join(" ")} }`;
const CHEAP_QUERY = graphql(`
  query PoolCheapCategories {
    categories {
      id
    }
  }
`);
const BUDGET_MS = 1_000;
const BUSY_QUERY = `{ ${Array.from({ length: 3 }, (_, i) => `u${i}: unmappedSkills { tag }`).join(" ")} }`;
const CATEGORIES_QUERY = "{ categories { id } }";

function graphqlTask(query: string): Task {
  return { kind: "graphql", request: { query } };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, test: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe.skipIf(!hasRealData)("the worker pool", () => {
  let dir: string;
  let rt: TestRuntime;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-pool-"));
    rt = testRuntime(undefined, path.join(dir, "pool.db"));
    await rt.importFile(POSTS_CSV);
  });
  afterAll(() => {
    rt?.db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function serve(workers: number): Promise<{ server: TestServer; pool: ProcessPool }> {
    const pool = await ProcessPool.start({
      dbPath: dbTarget(rt.db, path.join(dir, "pool.db")),
      services: rt.services,
      workers,
      timeoutMs: BUDGET_MS,
      logger: silentLogger,
      jobs: false,
    });
    const server = await startTestServer(rt.db, { services: rt.services, executor: pool });
    return { server, pool };
  }

  describe("with two workers", () => {
    let server: TestServer;
    let pool: ProcessPool;
    beforeAll(async () => ({ server, pool } = await serve(2)));
    afterAll(async () => {
      await server?.close();
      await pool?.stop();
    });

    it("answers /healthz and a cheap query while the slow query runs, then cancels it with TIMEOUT", async () => {
      const finished: string[] = [];
      const slow = server.gql(SLOW_QUERY).then((r) => {
        finished.push("slow");
        return r;
      });
      await until("the slow query runs", () => pool.stats().busy === 1);
      const health = await fetch(`${server.url}/healthz`);
      finished.push("health");
      const cheap = await server.gql(CHEAP_QUERY);
      finished.push("cheap");

      expect(health.status).toBe(200);
      expect(cheap.errors).toBeUndefined();
      expect(cheap.data?.categories).toHaveLength(12);
      const slowAnswer = await slow;
      expect(finished).toEqual(["health", "cheap", "slow"]);
      expect(slowAnswer.status).toBe(504);
      expectUserError(slowAnswer, { code: "TIMEOUT", extensions: { budgetMs: BUDGET_MS } });
      expect(slowAnswer.data).toBeUndefined();
    });

    it("sends an answer as the worker wrote it: the body is the JSON of this process's own execution", async () => {
      const query = `{ analytics(query: { measures: [POST_COUNT, AVG_VALUE], dimensions: [CATEGORY, EXPERIENCE_LEVEL],
        time: { granularity: MONTH, from: "2021-01-01", to: "2026-01-01" } }) {
          totalRows rows { period { label } keys { value label } measures { measure value } } } }`;
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const text = await res.text();
      const local = await execute({
        schema: await buildAppSchema(),
        document: parse(query),
        contextValue: requestContext(rt.db, rt.services, null),
      });
      expect(local.errors).toBeUndefined();
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/u);
      expect(text).toBe(`${JSON.stringify({ data: local.data })}\n`);
      expect(
        (JSON.parse(text) as { data: { analytics: { totalRows: number } } }).data.analytics.totalRows,
      ).toBeGreaterThan(100);

      // An answer with errors keeps its status, codes and field.
      const bad = await server.gql(
        '{ analytics(query: { measures: [POST_COUNT], technology: "nope" }) { totalRows } }',
      );
      expectUserError(bad, { code: "BAD_USER_INPUT", field: "query.technology" });
    });

    it("kills the worker of a cancelled request, so nothing keeps running, and starts another", async () => {
      await until("both workers are up", () => pool.stats().workers === 2);
      const before = pool.workerPids();
      const answer = await server.gql(SLOW_QUERY);
      expectUserError(answer, { code: "TIMEOUT" });
      // SIGKILL is immediate; the pool then reaps the process.
      await until("the cancelled worker is gone", () => before.some((pid) => !isAlive(pid)));
      const gone = before.filter((pid) => !isAlive(pid));
      expect(gone).toHaveLength(1);
      await until("a new worker is up", () => pool.stats().workers === 2);
      expect(pool.workerPids()).not.toContain(gone[0]);
      expect((await server.gql(CHEAP_QUERY)).errors).toBeUndefined();
    });

    it("keeps a worker for cheap requests while heavy ones wait for the other", async () => {
      await until("both workers are up", () => pool.stats().workers === 2);
      const first = server.gql(SLOW_QUERY);
      const second = server.gql(SLOW_QUERY);
      await until("one heavy query runs and the other waits", () => {
        const s = pool.stats();
        return s.busy === 1 && s.queued === 1;
      });
      const cheap = await server.gql(CHEAP_QUERY);
      expect(cheap.errors).toBeUndefined();
      const [a, b] = await Promise.all([first, second]);
      expectUserError(a, { code: "TIMEOUT" });
      expectUserError(b, { code: "TIMEOUT" });
    });

    it("applies the same budget to the CSV export, for GET and POST", async () => {
      await until("both workers are up", () => pool.stats().workers === 2);
      const get = await fetch(`${server.url}/export.csv?query=${encodeURIComponent(SLOW_QUERY)}`);
      expect(get.status).toBe(504);
      expectUserError((await get.json()) as ErrorsBody, { code: "TIMEOUT" });
      await until("both workers are up", () => pool.stats().workers === 2);
      const post = await fetch(`${server.url}/export.csv`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SLOW_QUERY }),
      });
      expect(post.status).toBe(504);
    });
  });

  describe("with one worker and a long budget, given requests as the server marks them", () => {
    let pool: ProcessPool;
    beforeAll(async () => {
      pool = await ProcessPool.start({
        dbPath: dbTarget(rt.db, path.join(dir, "pool.db")),
        services: rt.services,
        workers: 1,
        timeoutMs: 60_000,
        logger: silentLogger,
        jobs: false,
      });
    });
    afterAll(async () => {
      await pool?.stop();
    });

    /** A read of a few hundred ms (three aliases of unmappedSkills), marked quick or not. */
    const busyRead = (quick: boolean) =>
      pool.run({ task: graphqlTask(BUSY_QUERY), actor: null, heavy: false, quick });
    const cheapRead = (quick: boolean) =>
      pool.run({ task: graphqlTask(CATEGORIES_QUERY), actor: null, heavy: false, quick });
    const categoriesOf = (r: TaskResult) =>
      r.kind === "graphql" ? (JSON.parse(r.json) as { data: { categories: unknown[] } }).data.categories : [];

    it("sends a quick read ahead to the worker answering another quick one, and answers each its own", async () => {
      await until("the worker is up", () => pool.stats().workers === 1);
      const busy = busyRead(true);
      const ahead = cheapRead(true);
      const notQuick = cheapRead(false);
      expect(pool.sentAhead()).toBe(1);
      expect(pool.stats()).toMatchObject({ busy: 1, queued: 2 });
      const [a, b, c] = await Promise.all([busy, ahead, notQuick]);
      expect(a.kind === "graphql" && JSON.parse(a.json)).toMatchObject({ data: { u0: expect.any(Array) } });
      expect(categoriesOf(b)).toHaveLength(12);
      expect(categoriesOf(c)).toHaveLength(12);
      expect(pool.stats()).toMatchObject({ busy: 0, queued: 0 });
    });

    it("never sends a request ahead behind one that is not quick", async () => {
      await until("the worker is up", () => pool.stats().workers === 1);
      const busy = busyRead(false);
      const cheap = cheapRead(true);
      expect(pool.sentAhead()).toBe(0);
      expect(pool.stats()).toMatchObject({ busy: 1, queued: 1 });
      await Promise.all([busy, cheap]);
    });

    it("never sends a quick request ahead of one that waited before it", async () => {
      await until("the worker is up", () => pool.stats().workers === 1);
      const order: string[] = [];
      const busy = busyRead(true);
      const waiting = cheapRead(false).then(() => order.push("waiting"));
      const later = cheapRead(true).then(() => order.push("later"));
      expect(pool.sentAhead()).toBe(0);
      expect(pool.stats()).toMatchObject({ busy: 1, queued: 2 });
      await Promise.all([busy, waiting, later]);
      expect(order).toEqual(["waiting", "later"]);
    });

    it("when the worker stops, runs the reads sent ahead to it on the next one", async () => {
      await until("the worker is up", () => pool.stats().workers === 1);
      const busy = busyRead(true);
      const ahead = cheapRead(true);
      expect(pool.sentAhead()).toBe(1);
      process.kill(pool.workerPids()[0]!, "SIGKILL");
      await expect(busy).rejects.toThrow(/the worker running this request stopped/u);
      expect(categoriesOf(await ahead)).toHaveLength(12);
    });
  });

  describe("with one worker", () => {
    let server: TestServer;
    let pool: ProcessPool;
    beforeAll(async () => ({ server, pool } = await serve(1)));
    afterAll(async () => {
      await server?.close();
      await pool?.stop();
    });

    it("drops a request that waited in the queue past its budget without running it", async () => {
      const slow = server.gql(SLOW_QUERY);
      await until("the slow query runs", () => pool.stats().busy === 1);
      const queued = server.gql(CHEAP_QUERY);
      await until("the cheap query waits", () => pool.stats().queued === 1);
      const [a, b] = await Promise.all([slow, queued]);
      expectUserError(a, { code: "TIMEOUT" });
      expectUserError(b, { code: "TIMEOUT" });
      expect(b.status).toBe(504);
    });
  });
});
