// A small typed client of the Frontier API: fetch plus the typed documents that
// `npm run codegen` generates from examples/operations/*.graphql into examples/gql/. Results and
// variables are typed from the schema, so a renamed field or a wrong argument is a compile error
// here, not a surprise at run time. Errors come back as FrontierError with the API's code.
//
//   npm start                        # in one terminal
//   npx tsx examples/client.ts       # in another: the five study questions on the served data
//
// FRONTIER_URL (default http://127.0.0.1:4000/graphql) and FRONTIER_API_KEY (sent as
// `Authorization: Bearer <key>`, needed when the server runs with FRONTIER_READS=key).
import { pathToFileURL } from "node:url";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import {
  GenericAnalyticsDocument,
  BucketDemandDocument,
  CategoryShareDocument,
  ConcentrationDocument,
  GrowthDocument,
  HighValueShareDocument,
  TrendDocument,
  type GenericAnalyticsQueryVariables,
  type BucketDemandQueryVariables,
  type CategoryShareQueryVariables,
  type ConcentrationQueryVariables,
  type GrowthQueryVariables,
  type HighValueShareQueryVariables,
  type TrendQueryVariables,
} from "./gql/graphql";

/** An error the API answered (its `extensions.code`: BAD_USER_INPUT, UNAUTHENTICATED, TIMEOUT...). */
export class FrontierError extends Error {
  constructor(
    message: string,
    /** The API's code; HTTP_<status> when the answer was not GraphQL at all. */
    readonly code: string,
    /** The HTTP status of the answer. */
    readonly status: number,
    /** For BAD_USER_INPUT: the argument that is wrong (e.g. "periods[0].to"). */
    readonly field: string | undefined,
    /** Every error of the answer, as sent. */
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(message);
    this.name = "FrontierError";
  }
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API key (`npm run keys -- create --role viewer`): needed for writes, and for reads under FRONTIER_READS=key. */
  apiKey?: string;
}

export interface FrontierClient {
  /** Runs one typed operation; resolves with its data, or rejects with a FrontierError. */
  request<TResult, TVariables>(
    doc: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
}

export function createClient(options: ClientOptions): FrontierClient {
  return {
    async request<TResult, TVariables>(
      doc: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
    ): Promise<TResult> {
      const res = await fetch(options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({ query: print(doc), variables }),
      });
      let body: { data?: unknown; errors?: GraphQLFormattedError[] };
      try {
        body = (await res.json()) as typeof body;
      } catch {
        throw new FrontierError(
          `HTTP ${res.status} ${res.statusText}`,
          `HTTP_${res.status}`,
          res.status,
          undefined,
          [],
        );
      }
      const first = body.errors?.[0];
      if (first) {
        const code =
          typeof first.extensions?.code === "string" ? first.extensions.code : "INTERNAL_SERVER_ERROR";
        const field = typeof first.extensions?.field === "string" ? first.extensions.field : undefined;
        throw new FrontierError(first.message, code, res.status, field, body.errors ?? []);
      }
      if (body.data == null)
        throw new FrontierError(
          `HTTP ${res.status}: an answer without data`,
          `HTTP_${res.status}`,
          res.status,
          undefined,
          [],
        );
      return body.data as TResult;
    },
  };
}

/** The study's questions and the generic query, each a typed function of its variables. */
export function studyQuestions(client: FrontierClient) {
  return {
    /** Share of a technology's posts in each category, per period (and its penetration). */
    categoryShare: async (v: CategoryShareQueryVariables) =>
      (await client.request(CategoryShareDocument, v)).categoryShare,
    /** Growth of a technology's posts from one period to another: "ALL", then per `by`. */
    growth: async (v: GrowthQueryVariables) => (await client.request(GrowthDocument, v)).growth,
    /** A technology's posts per month, quarter or year, and their share of all posts. */
    trend: async (v: TrendQueryVariables) => (await client.request(TrendDocument, v)).trend,
    /** Share of posts of known value above the threshold (USD, default 1000). */
    highValueShare: async (v: HighValueShareQueryVariables) =>
      (await client.request(HighValueShareDocument, v)).highValueShare,
    /** Top-k share, HHI, normalized entropy and categories over 1%, per technology. */
    concentration: async (v: ConcentrationQueryVariables) =>
      (await client.request(ConcentrationDocument, v)).concentration,
    /** Share of a scope's posts with a skill of each bucket. */
    bucketDemand: async (v: BucketDemandQueryVariables) =>
      (await client.request(BucketDemandDocument, v)).bucketDemand,
    /** Any measures by any dimensions over time. */
    analytics: async (v: GenericAnalyticsQueryVariables) =>
      (await client.request(GenericAnalyticsDocument, v)).analytics,
  };
}

const pct = (x: number | null | undefined) => (x == null ? "n/a" : `${(100 * x).toFixed(1)}%`);

/** Asks the five study questions (and one generic query) of a server and prints the answers. */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const url = env.FRONTIER_URL ?? "http://127.0.0.1:4000/graphql";
  const ask = studyQuestions(createClient({ url, apiKey: env.FRONTIER_API_KEY }));
  const before = { label: "2020-21", from: "2020-01-01", to: "2022-01-01" };
  const after = { label: "2022-23", from: "2022-01-01", to: "2024-01-01" };
  console.log(`Frontier at ${url}\n`);

  console.log(`AI posts by category, ${after.label} (share of AI posts; penetration of the category):`);
  for (const r of await ask.categoryShare({ technology: "ai", periods: [after] }))
    console.log(
      `  ${(r.category?.name ?? "(no category)").padEnd(30)} ${String(r.posts).padStart(6)}  ${pct(r.share).padStart(6)}  ${pct(r.penetration).padStart(6)}`,
    );

  console.log(`\nGrowth of AI posts from ${before.label} to ${after.label}:`);
  for (const g of await ask.growth({ technology: "ai", from: before, to: after, by: "CATEGORY_GROUP" }))
    console.log(`  ${(g.key ?? "(unknown)").padEnd(14)} ${g.fromCount} -> ${g.toCount}  ${pct(g.growth)}`);

  console.log("\nAI posts per year and their share of all posts:");
  for (const t of await ask.trend({
    technology: "ai",
    granularity: "YEAR",
    from: "2020-01-01",
    to: "2025-01-01",
  }))
    console.log(
      `  ${t.period}  ${String(t.posts).padStart(6)} of ${String(t.total).padStart(6)}  ${pct(t.share)}`,
    );

  const [all] = await ask.highValueShare({ technology: "ai", period: after });
  console.log(
    `\nAI posts over $1,000, ${after.label}: ${all?.highValue ?? 0} of ${all?.known ?? 0} of known value = ${pct(all?.share)} (${all?.unknown ?? 0} of unknown value left out)`,
  );

  console.log(`\nConcentration across categories, ${after.label} (top-2 share, HHI, entropy):`);
  for (const c of await ask.concentration({ technologies: ["ai", "cloud", "rpa"], period: after }))
    console.log(
      `  ${c.technology.id.padEnd(6)} ${pct(c.topShare).padStart(6)} (${c.topCategories.map((t) => t.name).join(", ")})  HHI ${c.hhi?.toFixed(3) ?? "n/a"}  entropy ${c.entropy?.toFixed(3) ?? "n/a"}`,
    );

  const since2024 = { label: "since 2024", from: "2024-01-01", to: "2100-01-01" };
  console.log(`\nSkill-bucket demand among AI posts in Data Science & Analytics, ${since2024.label}:`);
  for (const b of await ask.bucketDemand({
    period: since2024,
    category: "data-science-analytics",
    technology: "ai",
  }))
    console.log(
      `  ${b.bucket.name.padEnd(36)} ${String(b.posts).padStart(5)} of ${b.scopePosts}  ${pct(b.share)}`,
    );

  const generic = await ask.analytics({
    query: {
      measures: ["POST_COUNT", "MEDIAN_VALUE"],
      dimensions: ["EXPERIENCE_LEVEL"],
      technology: "ai",
      time: { periods: [after] },
    },
  });
  console.log(
    `\nGeneric query: AI posts and their median projected value by experience level, ${after.label}:`,
  );
  for (const row of generic.rows)
    console.log(
      `  ${(row.keys[0]?.label ?? "").padEnd(14)} ${row.measures.map((m) => `${m.measure} ${m.value ?? "n/a"}`).join("  ")}`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    await main(process.env);
  } catch (e) {
    if (e instanceof FrontierError)
      console.error(`Frontier answered ${e.code}${e.field ? ` (${e.field})` : ""}: ${e.message}`);
    else {
      // fetch says "fetch failed" and puts the reason (ECONNREFUSED: no server there) in `cause`.
      const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : "";
      console.error(`Cannot ask Frontier: ${e instanceof Error ? e.message : String(e)}${cause}`);
    }
    process.exitCode = 1;
  }
}
