// The HTTP surface: /healthz, POST and GET /graphql, the playground page, CSRF, body limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import type { AddressInfo } from "node:net";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { EMPTY_SERVICES, PingQuery, silentLogger, startTestServer, type TestServer } from "../helpers/http";
import { createApp, createHttpServer } from "../../src/server/app";
import { BODY_LIMIT } from "../../src/server/limits";
import { buildHttpTestSchema } from "./test-schema";

describe("the HTTP app", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(freshDb(), {
      routes: (app) => app.get("/extra", (_req, res) => void res.json({ extra: true })),
    });
  });
  afterAll(() => server.close());

  it("answers /healthz with ok after asking the database", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it("answers a typed query over POST", async () => {
    const res = await server.gql(PingQuery);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__typename).toBe("Query");
  });

  it("answers a query over GET when the request carries a CSRF-safe header", async () => {
    const q = encodeURIComponent("{ __typename }");
    const res = await fetch(`${server.url}/graphql?query=${q}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a simple GET without a preflight header (CSRF prevention)", async () => {
    const q = encodeURIComponent("{ __typename }");
    const res = await fetch(`${server.url}/graphql?query=${q}`);
    expect(res.status).toBe(400);
    expectUserError((await res.json()) as ErrorsBody, { code: "BAD_REQUEST", message: /CSRF/ });
  });

  it("serves the playground to a browser and JSON to an API client on the same URL", async () => {
    const page = await fetch(`${server.url}/graphql`, {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toContain("/playground/graphiql.min.js");
    expect(html).not.toMatch(/https?:\/\//);

    const api = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(api.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("serves the playground's scripts and styles from the installed packages", async () => {
    for (const file of [
      "graphiql.min.js",
      "graphiql.min.css",
      "react.production.min.js",
      "react-dom.production.min.js",
      "playground.js",
    ]) {
      const res = await fetch(`${server.url}/playground/${file}`);
      expect(res.status, file).toBe(200);
      expect((await res.text()).length, file).toBeGreaterThan(100);
    }
    expect((await fetch(`${server.url}/playground/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/playground/__proto__`)).status).toBe(404);
  });

  it(`answers a request body over ${BODY_LIMIT} with 413 and a JSON error`, async () => {
    const query = `{ __typename } # ${"x".repeat(1_100_000)}`;
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: expect.stringContaining(BODY_LIMIT), extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("answers a body that is not JSON with 400 BAD_REQUEST", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(res.status).toBe(400);
    expectUserError((await res.json()) as ErrorsBody, { code: "BAD_REQUEST" });
  });

  it("answers a syntax error with GRAPHQL_PARSE_FAILED and its message", async () => {
    const res = await server.gql("{ __typename ");
    expect(res.status).toBe(400);
    expectUserError(res, { code: "GRAPHQL_PARSE_FAILED", message: /Syntax Error/ });
  });

  it("mounts routes added through the routes hook, and answers unknown routes with a JSON 404", async () => {
    expect(await (await fetch(`${server.url}/extra`)).json()).toEqual({ extra: true });
    const res = await fetch(`${server.url}/nowhere`);
    expect(res.status).toBe(404);
    expectUserError((await res.json()) as ErrorsBody, { code: "NOT_FOUND" });
  });
});

describe("GET /graphql", () => {
  it("runs queries only: a mutation over GET is refused", async () => {
    const server = await startTestServer(freshDb(), { schema: await buildHttpTestSchema() });
    try {
      const q = encodeURIComponent("mutation { editSomething }");
      const res = await fetch(`${server.url}/graphql?query=${q}`, {
        headers: { "apollo-require-preflight": "true" },
      });
      expect(res.status).toBe(405);
      expectUserError((await res.json()) as ErrorsBody, {
        code: "BAD_REQUEST",
        message: /GET.*only.*query/i,
      });
    } finally {
      await server.close();
    }
  });
});

describe("/healthz", () => {
  it("answers 503 when the database cannot be reached", async () => {
    const db = freshDb();
    const server = await startTestServer(db);
    try {
      db.$client.close();
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false });
    } finally {
      await server.close();
    }
  });
});

describe("shutting down", () => {
  it("lets the requests in flight finish, and answers new ones 503 UNAVAILABLE", async () => {
    let release: (() => void) | null = null;
    const { app, stop } = await createApp({
      db: freshDb(),
      reads: "open",
      logger: silentLogger,
      services: EMPTY_SERVICES,
      routes: (a) =>
        a.get("/slow", (_req, res) => {
          release = () => void res.json({ finished: true });
        }),
    });
    const server = createHttpServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const inFlight = fetch(`${url}/slow`);
      await expect.poll(() => release !== null).toBe(true);
      let stopped = false;
      const stopping = stop().then(() => (stopped = true));

      const late = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(late.status).toBe(503);
      expectUserError((await late.json()) as ErrorsBody, { code: "UNAVAILABLE" });
      expect(stopped).toBe(false);

      release!();
      expect(await (await inFlight).json()).toEqual({ finished: true });
      await stopping;
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
