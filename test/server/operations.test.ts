// What an operator runs the server with: CORS for the origins configured (none by default),
// rate limits per API key and per address with 429 and Retry-After, Prometheus metrics at
// /metrics, and one JSON log line per request that names the key's id and never the key.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob } from "../../src/classify/model.repository";
import type { Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { parseRateLimit } from "../../src/server/config";
import { requestLogger } from "../../src/server/observability";
import { ProcessPool } from "../../src/server/pool";
import { dbTarget, freshDb } from "../helpers/db";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { EMPTY_SERVICES, PingQuery, silentLogger, startTestServer, type TestServer } from "../helpers/http";

const ALLOWED = "https://bi.example.com";
const OTHER = "https://elsewhere.example.org";

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type,authorization",
    },
  });
}

function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
}

describe("CORS", () => {
  let configured: TestServer;
  let unset: TestServer;
  beforeAll(async () => {
    configured = await startTestServer(freshDb(), { corsOrigins: [ALLOWED] });
    unset = await startTestServer(freshDb());
  });
  afterAll(async () => {
    await configured.close();
    await unset.close();
  });

  it("answers the preflight of an allowed origin with the methods and headers the API takes", async () => {
    const res = await preflight(configured.url, ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
    expect(res.headers.get("access-control-max-age")).toBe("600");
    expect(res.headers.get("vary")).toMatch(/origin/i);
  });

  it("refuses the preflight of an origin that is not configured, with no CORS header", async () => {
    const res = await preflight(configured.url, OTHER);
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-methods")).toBeNull();
    expectUserError((await res.json()) as ErrorsBody, {
      code: "FORBIDDEN",
      message: /FRONTIER_CORS_ORIGINS/,
    });
  });

  it("lets an allowed origin read answers, and no other", async () => {
    const allowed = await post(configured.url, "{ __typename }", { origin: ALLOWED });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("access-control-expose-headers")).toContain("Retry-After");
    const other = await post(configured.url, "{ __typename }", { origin: OTHER });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows no cross-origin access when no origin is configured", async () => {
    const res = await preflight(unset.url, ALLOWED);
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const answer = await post(unset.url, "{ __typename }", { origin: ALLOWED });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("rate limits", () => {
  const LIMIT = 3;
  let db: Db;
  let server: TestServer;
  let keyA: string;
  let keyB: string;
  beforeAll(async () => {
    db = freshDb();
    keyA = createApiKey(db, "viewer").key;
    keyB = createApiKey(db, "viewer").key;
    // As FRONTIER_RATE_LIMIT=3/min would set it.
    server = await startTestServer(db, { rateLimit: parseRateLimit(`${LIMIT}/min`) });
  });
  afterAll(() => server.close());

  async function burst(headers: Record<string, string>): Promise<Response[]> {
    const answers: Response[] = [];
    for (let i = 0; i <= LIMIT; i++) answers.push(await post(server.url, "{ __typename }", headers));
    return answers;
  }

  async function expectLimited(res: Response): Promise<void> {
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await res.json()) as ErrorsBody;
    expectUserError(body, { code: "RATE_LIMITED", message: /3\/min/ });
    expect(body.errors?.[0]?.extensions?.retryAfter).toBe(retryAfter);
  }

  it("answers 429 with Retry-After once a key has used its requests, and counts each key apart", async () => {
    const a = await burst({ authorization: `Bearer ${keyA}` });
    expect(a.slice(0, LIMIT).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(a[0]!.headers.get("ratelimit")).toMatch(/limit=3/);
    await expectLimited(a[LIMIT]!);
    // Another key from the same address has its own budget.
    const b = await post(server.url, "{ __typename }", { authorization: `Bearer ${keyB}` });
    expect(b.status).toBe(200);
  });

  it("answers 429 with Retry-After once an address has used its requests without a key", async () => {
    const anonymous = await burst({});
    expect(anonymous.slice(0, LIMIT).map((r) => r.status)).toEqual([200, 200, 200]);
    await expectLimited(anonymous[LIMIT]!);
    // A made-up key is no way around the address's limit.
    await expectLimited(await post(server.url, "{ __typename }", { authorization: "Bearer fk_madeup" }));
    // Keys keep their own budgets; probes and scrapes are never limited.
    expect((await post(server.url, "{ __typename }", { authorization: `Bearer ${keyB}` })).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
  });
});

describe("rate limits behind a reverse proxy", () => {
  it("count each client address from X-Forwarded-For when the proxy is trusted, and ignore it otherwise", async () => {
    const rateLimit = parseRateLimit("1/min");
    const behind = await startTestServer(freshDb(), { rateLimit, trustProxy: ["loopback"] });
    const direct = await startTestServer(freshDb(), { rateLimit });
    try {
      const from = (server: TestServer, address: string) =>
        post(server.url, "{ __typename }", { "x-forwarded-for": address }).then((r) => r.status);
      expect(await from(behind, "203.0.113.7")).toBe(200);
      expect(await from(behind, "203.0.113.7")).toBe(429);
      expect(await from(behind, "198.51.100.2")).toBe(200);
      // Not trusted: the header is anyone's to write, so the connection's address counts.
      expect(await from(direct, "203.0.113.7")).toBe(200);
      expect(await from(direct, "198.51.100.2")).toBe(429);
    } finally {
      await behind.close();
      await direct.close();
    }
  });
});

/** The value of the sample `name{labels...}` in Prometheus text format, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const found = Object.fromEntries(
      [...(m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe("GET /metrics", () => {
  let db: Db;
  let server: TestServer;
  beforeAll(async () => {
    db = freshDb();
    server = await startTestServer(db, { jobs: false });
  });
  afterAll(() => server.close());

  it("shows the duration of the operation just run, its database time, and the errors provoked by code", async () => {
    expect((await server.gql(PingQuery)).status).toBe(200);
    const bad = await server.gql("query Broken { noSuchField }");
    expect(bad.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);

    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain("# TYPE frontier_http_request_duration_seconds histogram");
    expect(text).toContain("# TYPE frontier_errors_total counter");
    const ping = { route: "/graphql", operation: "Ping", status: "200" };
    expect(sample(text, "frontier_http_request_duration_seconds_count", ping)).toBe(1);
    expect(sample(text, "frontier_http_request_duration_seconds_bucket", { ...ping, le: "+Inf" })).toBe(1);
    expect(sample(text, "frontier_http_request_duration_seconds_sum", ping)).toBeGreaterThan(0);
    expect(
      sample(text, "frontier_database_duration_seconds_count", { route: "/graphql", operation: "Ping" }),
    ).toBe(1);
    expect(
      sample(text, "frontier_errors_total", { route: "/graphql", code: "GRAPHQL_VALIDATION_FAILED" }),
    ).toBe(1);
    expect(sample(text, "frontier_errors_total", { route: "other", code: "NOT_FOUND" })).toBe(1);
    // Process metrics from prom-client's defaults.
    expect(sample(text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
  });

  it("counts training jobs by state when scraped", async () => {
    const before = await (await fetch(`${server.url}/metrics`)).text();
    expect(sample(before, "frontier_training_jobs", { state: "queued" })).toBe(0);
    expect(sample(before, "frontier_training_jobs", { state: "failed" })).toBe(0);
    createJob(db, { kind: "train", technologyId: "ai" });
    createJob(db, { kind: "train", technologyId: "cloud" });
    const after = await (await fetch(`${server.url}/metrics`)).text();
    expect(sample(after, "frontier_training_jobs", { state: "queued" })).toBe(2);
    expect(sample(after, "frontier_training_jobs", { state: "running" })).toBe(0);
  });

  it("asks for the token when FRONTIER_METRICS_TOKEN is set", async () => {
    const token = "s3cret-metrics-token-0123456789";
    const guarded = await startTestServer(freshDb(), { metricsToken: token });
    try {
      const none = await fetch(`${guarded.url}/metrics`);
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expectUserError((await none.json()) as ErrorsBody, { code: "UNAUTHENTICATED" });
      const wrong = await fetch(`${guarded.url}/metrics`, { headers: { authorization: "Bearer nope" } });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain("frontier_http_request_duration_seconds");
    } finally {
      await guarded.close();
    }
  });
});

describe("GET /metrics with a pool of worker processes", () => {
  let dir: string;
  let pool: ProcessPool;
  let server: TestServer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-metrics-"));
    const db = freshDb(path.join(dir, "metrics.db"));
    const options = { services: EMPTY_SERVICES, workers: 1, timeoutMs: 30_000, logger: silentLogger };
    pool = await ProcessPool.start({
      ...options,
      dbPath: dbTarget(db, path.join(dir, "metrics.db")),
      jobs: false,
    });
    server = await startTestServer(db, { executor: pool });
  });
  afterAll(async () => {
    await server?.close();
    await pool?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows the database time the worker reported, and the workers that are up", async () => {
    expect((await server.gql(PingQuery)).status).toBe(200);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const labels = { route: "/graphql", operation: "Ping" };
    expect(sample(text, "frontier_database_duration_seconds_count", labels)).toBe(1);
    expect(sample(text, "frontier_database_duration_seconds_sum", labels)).toBeGreaterThan(0);
    expect(sample(text, "frontier_query_workers", { state: "ready" })).toBe(1);
    expect(sample(text, "frontier_queued_requests")).toBe(0);
  });
});

describe("the request log", () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString("utf8")
          .split("\n")
          .filter((l) => l !== ""),
      );
      done();
    },
  });
  let server: TestServer;
  let key: { id: number; key: string };
  beforeAll(async () => {
    const db = freshDb();
    key = createApiKey(db, "viewer");
    server = await startTestServer(db, { requestLog: requestLogger("info", destination) });
  });
  afterAll(() => server.close());

  /** The log is written once the answer has gone: wait for the line. */
  async function linesAfter(count: number): Promise<Record<string, unknown>[]> {
    for (let i = 0; i < 200 && lines.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  it("writes one JSON line per request with the operation, duration, status and key id, never the key", async () => {
    lines.length = 0;
    expect((await server.gql(PingQuery, undefined, key.key)).status).toBe(200);
    await server.gql("{ __typename }");
    const csv = await fetch(
      `${server.url}/export.csv?api_key=${key.key}&query=${encodeURIComponent("query Cats { categories { id } }")}`,
    );
    expect(csv.status).toBe(200);
    const bad = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key.key}x` },
      body: JSON.stringify({ query: "query Ping { __typename }" }),
    });
    expect(bad.status).toBe(401);

    const logged = await linesAfter(4);
    expect(logged).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain(key.key.slice(3));
    const [ping, anonymous, exported, refused] = logged;
    expect(ping).toMatchObject({
      level: "info",
      msg: "request",
      method: "POST",
      path: "/graphql",
      operation: "Ping",
      status: 200,
      keyId: key.id,
      errors: [],
    });
    expect(typeof ping!.durationMs).toBe("number");
    expect(ping!.durationMs).toBeGreaterThan(0);
    expect(typeof ping!.dbMs).toBe("number");
    expect(anonymous).toMatchObject({ operation: "anonymous", status: 200, keyId: null });
    expect(exported).toMatchObject({ path: "/export.csv", operation: "Cats", status: 200, keyId: key.id });
    expect(refused).toMatchObject({ status: 401, keyId: null, errors: ["UNAUTHENTICATED"] });
  });
});
