// Starts the real HTTP app on 127.0.0.1 (a free port) and sends GraphQL requests to it.
import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import type { Db } from "../../src/db/client";
import type { AppServices } from "../../src/shared/context";
import { createApp, createHttpServer, type CreateAppOptions } from "../../src/server/app";
import { graphql } from "../gql";

/** The smallest typed operation, answered by any schema: for tests of the HTTP layer. */
export const PingQuery = graphql(`
  query Ping {
    __typename
  }
`);

export interface GqlResult<TResult> {
  data?: TResult;
  errors?: GraphQLFormattedError[];
  status: number;
}

export interface TestServer {
  url: string;
  gql<TResult, TVars = Record<string, unknown>>(
    doc: TypedDocumentNode<TResult, TVars> | string,
    variables?: TVars,
    key?: string,
  ): Promise<GqlResult<TResult>>;
  close(): Promise<void>;
}

/**
 * Services with an empty taxonomy: enough for tests of the HTTP layer. Tests that query posts or
 * the dictionary pass `services` built from the project's taxonomy (see helpers/runtime.ts).
 */
export const EMPTY_SERVICES: AppServices = {
  taxonomy: {
    categories: [],
    technologies: [],
    projectedValue: { hoursPerWeek: {}, weeks: {} },
    buckets: [],
  },
  classifyMode: "candidates",
};

/** A logger that keeps quiet; pass your own in `opts.logger` to look at what was logged. */
export const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

export async function startTestServer(
  db: Db,
  opts: Partial<Omit<CreateAppOptions, "db">> = {},
): Promise<TestServer> {
  const { app, stop } = await createApp({
    reads: "open",
    logger: silentLogger,
    services: EMPTY_SERVICES,
    ...opts,
    db,
  });
  const server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    async gql<TResult, TVars>(
      doc: TypedDocumentNode<TResult, TVars> | string,
      variables?: TVars,
      key?: string,
    ): Promise<GqlResult<TResult>> {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ query: typeof doc === "string" ? doc : print(doc), variables }),
      });
      const body = (await res.json()) as { data?: TResult | null; errors?: GraphQLFormattedError[] };
      return { data: body.data ?? undefined, errors: body.errors, status: res.status };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
      await stop();
    },
  };
}
