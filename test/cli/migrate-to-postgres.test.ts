// npm run migrate-to-postgres, as a user runs it: a SQLite database made the real way (migrations,
// taxonomy, an import from a CSV file with awkward text, a hand label, a trained model, a taxonomy
// edit, an API key, a saved query) is copied into a fresh PostgreSQL database. Every table holds
// the same rows on both sides (read here, not through the command's checksums), new rows get new
// ids, the study questions answer the same, a target that holds posts is refused unless
// --replace, and a role that may not set session_replication_role still copies. Needs a
// PostgreSQL server where it may create databases and roles: FRONTIER_TEST_DATABASE_URL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bucketDemand,
  categoryShare,
  concentration,
  growth,
  highValueShare,
  trend,
} from "../../src/analytics/analytics.service";
import { labelPost, trainTechnology } from "../../src/classify/model.service";
import { openDb, type Db } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";
import { importSource } from "../../src/posts/import/import.service";
import { openFileSource, rowsSource } from "../../src/posts/import/sources";
import type { RawPostRow } from "../../src/posts/post.row";
import { createApiKey } from "../../src/server/api-key.service";
import { applyEdit } from "../../src/taxonomy/taxonomy-edit.service";
import { currentVersion } from "../../src/taxonomy/taxonomy.repository";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import { ANALYTICS_TAXONOMY, fixtureRows } from "../analytics/analytics.fixture";
import { startTestServer } from "../helpers/http";
import { postRow } from "../helpers/rows";

const SERVER_URL = process.env.FRONTIER_TEST_DATABASE_URL;
if (!SERVER_URL)
  console.warn(
    "Skipping the migrate-to-postgres test: set FRONTIER_TEST_DATABASE_URL to a PostgreSQL server where it may " +
      "create databases and roles (e.g. postgres://postgres@127.0.0.1:5432/postgres).",
  );

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "loader.mjs");
const TAXONOMY = ANALYTICS_TAXONOMY;
const OPTIONS = { taxonomy: TAXONOMY, mode: "candidates" as const };

/** SQLite's own tables, drizzle's log and the FTS5 index: not copied. */
const NOT_COPIED = /^(sqlite_|__drizzle_migrations$|posts_fts($|_))/u;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run migrate-to-postgres -- ARGS`, as its npm script runs it. */
function migrate(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const child = spawn(
    process.execPath,
    ["--import", TSX, path.join(ROOT, "src/cli/migrate-to-postgres.ts"), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json"), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
  child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

function withDatabase(serverUrl: string, database: string, user?: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  if (user) {
    u.username = user;
    u.password = "";
  }
  return u.toString();
}

/** One CSV field, quoted. */
const csvField = (v: string) => `"${v.replaceAll('"', '""')}"`;

/** Text that COPY's text format reads specially, and text that must stay exactly as it is. */
const AWKWARD: RawPostRow[] = [
  postRow({
    id: "awkward-1",
    source: "fixture",
    title: 'Tabs\tand "quotes" and a backslash \\ and \\N and \\.',
    description: "line one\nline two\r\nline three\\nnot a newline\t\ttabbed\n\\.\nend",
    category: "Writing",
    posted_at: "2023-05-02T10:00:00Z",
    contract_type: "hourly",
    hourly_min: "12.5",
    hourly_max: "33.3",
    skills: "Sentiment Analysis;Tab\\Slash",
    country: "Côte d'Ivoire",
    ai: "1",
  }),
  postRow({
    id: "awkward-2",
    source: "fixture",
    title: "Ünïcödé — 日本語の求人 🚀 émojis",
    description: "Chatbot development for a café; naïve façade; ß; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    category: "Translation",
    posted_at: "2022-11-30T23:59:59Z",
    contract_type: "fixed",
    fixed_budget: "0.1",
    skills: "chatbot",
    country: "",
  }),
  postRow({
    id: "awkward-3",
    source: "fixture",
    title: "A long one",
    description: `${"machine learning \\ with\ttabs\nand lines ".repeat(4000)}end`,
    category: "Data Science & Analytics",
    posted_at: "2024-01-01T00:00:00Z",
    contract_type: "fixed",
    fixed_budget: "1234567.891",
    ai: "1",
  }),
];

function writeCsv(file: string, rows: RawPostRow[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? "")).join(","))];
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

/** Builds the source database the way the app does: migrations, taxonomy, import, edits. */
async function buildSqlite(file: string, csv: string): Promise<void> {
  const db = openDb(file);
  try {
    migrateDb(db);
    syncTaxonomy(db, TAXONOMY);
    writeCsv(csv, [...fixtureRows(240, 11), ...AWKWARD]);
    const classify = { technologies: TAXONOMY.technologies, models: new Map(), mode: "candidates" as const };
    const summary = await importSource(db, openFileSource(csv), { taxonomy: TAXONOMY, classify, file: csv });
    expect(summary.rejected).toBe(0);
    // A hand label given in the app, a model trained and activated (probabilities, model ids and a
    // large JSON artifact), an alias and a skill move (post_bucket_counts and the change log).
    const id = db.$client
      .prepare("SELECT id FROM posts WHERE external_id = 'awkward-2'")
      .pluck()
      .get() as number;
    labelPost(db, id, "cloud", true, "tester", OPTIONS);
    await trainTechnology(db, "ai", { ...OPTIONS, activate: true, folds: 3, trees: 5, seed: 1 });
    applyEdit(db, "tester", currentVersion(db), {
      op: "addAlias",
      skillId: "chatbot-development",
      alias: "conversational agent",
      kind: "phrase",
    });
    applyEdit(db, "tester", currentVersion(db), {
      op: "moveSkill",
      skillId: "sentiment-analysis",
      bucketId: "conversational-ai",
    });
    createApiKey(db, "editor", "migration test");
    db.$client
      .prepare(
        `INSERT INTO saved_queries (name, description, query, operation_name, variables, version, created_at, created_by, updated_at, updated_by)
         VALUES ('share', 'tab\there', '{ categories { id } }', NULL, '{}', 1, '2024-01-01T00:00:00.000Z', 'tester', '2024-01-01T00:00:00.000Z', 'tester')`,
      )
      .run();
  } finally {
    db.$client.close();
  }
}

/** A value as both drivers give it, made comparable: int8 (text in pg) and BigInt as numbers. */
function plain(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  return v;
}

/** Every row of a table with the given columns, sorted in JS (by their JSON), from SQLite. */
function sqliteTableRows(db: Database.Database, table: string, columns: string[]): unknown[][] {
  const rows = db
    .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"`)
    .raw(true)
    .all() as unknown[][];
  return sortRows(rows.map((r) => r.map(plain)));
}

async function pgTableRows(client: pg.Client, table: string, columns: string[]): Promise<unknown[][]> {
  const r = await client.query({
    text: `SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"`,
    rowMode: "array",
  });
  return sortRows((r.rows as unknown[][]).map((row) => row.map(plain)));
}

function sortRows(rows: unknown[][]): unknown[][] {
  const keyed = rows.map((r) => [JSON.stringify(r), r] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, r]) => r);
}

/** The tables the copy concerns, with their columns, as SQLite lists them. */
function sqliteSchema(db: Database.Database): Map<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return new Map(
    tables
      .filter((t) => !NOT_COPIED.test(t))
      .map((t) => [t, db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(t) as string[]]),
  );
}

describe.skipIf(!SERVER_URL)("npm run migrate-to-postgres", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-migrate-"));
  const file = path.join(dir, "frontier.db");
  const stamp = `${process.pid}_${Date.now().toString(36)}`;
  const database = `mig_${stamp}`;
  const ownedDatabase = `mig_${stamp}_owned`;
  const role = `mig_${stamp}_owner`;
  let admin: pg.Client;
  let target: string;
  let source: Database.Database;
  let schema: Map<string, string[]>;

  /** Connects to the target with int8 read as a number, as SQLite gives it. */
  async function connect(url = target): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: url,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === pg.types.builtins.INT8
            ? Number
            : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
      },
    });
    await client.connect();
    return client;
  }

  /** Every copied table's rows, on both sides, compared here row for row. */
  async function expectSameRows(url = target): Promise<void> {
    const client = await connect(url);
    try {
      const pgTables = (
        await client.query<{ t: string }>(
          "SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1",
        )
      ).rows.map((r) => r.t);
      expect(pgTables).toEqual([...schema.keys()].sort());
      for (const [table, columns] of schema) {
        const mine = sqliteTableRows(source, table, columns);
        const theirs = await pgTableRows(client, table, columns);
        expect(theirs.length, table).toBe(mine.length);
        expect(theirs, table).toEqual(mine);
      }
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await buildSqlite(file, path.join(dir, "posts.csv"));
    source = new Database(file, { readonly: true });
    schema = sqliteSchema(source);
    admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    target = withDatabase(SERVER_URL!, database);
  }, 180_000);

  afterAll(async () => {
    source?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${ownedDatabase} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a SQLite file that does not exist, and writes nothing", async () => {
    const r = await migrate(["--from", path.join(dir, "missing.db"), "--to", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `no SQLite database at ${path.join(dir, "missing.db")}: the file does not exist`,
    );
    expect(fs.existsSync(path.join(dir, "missing.db"))).toBe(false);
  });

  it("copies every table into a fresh database: exit 0, and every table holds the same rows", async () => {
    const before = fs.readFileSync(file);
    const r = await migrate(["--from", file], { FRONTIER_DATABASE_URL: target });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "triggers: off during the copy (SET LOCAL session_replication_role = replica)",
    );
    expect(r.stdout).toMatch(/every table matches$/mu);
    for (const table of schema.keys()) expect(r.stdout).toMatch(new RegExp(`^${table} .* ok$`, "mu"));
    expect(r.stderr).toMatch(/^copied posts: 243 rows in [\d.]+ s \([\d,]+ rows\/s\)$/mu);
    expect(fs.readFileSync(file).equals(before), "the SQLite file is only read").toBe(true);
    expect(source.prepare("SELECT count(*) FROM labels WHERE source = 'api'").pluck().get()).toBeGreaterThan(
      0,
    );
    expect(source.prepare("SELECT count(*) FROM models").pluck().get()).toBe(1);
    await expectSameRows();
  });

  it("keeps the awkward text exactly, NULL apart from '', and fills the full-text column", async () => {
    const client = await connect();
    try {
      const q =
        "SELECT title, description, country FROM posts WHERE external_id LIKE 'awkward-%' ORDER BY external_id";
      expect((await client.query(q)).rows).toEqual(source.prepare(q).all());
      const awkward = (await client.query(q)).rows as { title: string; country: string | null }[];
      expect(awkward[0]!.title).toBe('Tabs\tand "quotes" and a backslash \\ and \\N and \\.');
      const empties = "SELECT count(*) AS n FROM posts WHERE description = ''";
      const nulls = "SELECT count(*) AS n FROM posts WHERE country IS NULL";
      expect((await client.query(empties)).rows[0].n).toBe(source.prepare(empties).pluck().get());
      expect((await client.query(nulls)).rows[0].n).toBe(source.prepare(nulls).pluck().get());
      expect((await client.query(empties)).rows[0].n).toBeGreaterThan(0);
      expect((await client.query(nulls)).rows[0].n).toBeGreaterThan(0);
      const noFts = await client.query("SELECT count(*)::int AS n FROM posts WHERE fts IS NULL");
      expect(noFts.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("keeps the order tags were written in (SQLite's rowid) in post_skills.rowid", async () => {
    const client = await connect();
    try {
      const q = "SELECT post_id, tag, label FROM post_skills ORDER BY rowid";
      const theirs = (await client.query({ text: q, rowMode: "array" })).rows;
      expect(theirs).toEqual(source.prepare(q).raw(true).all());
      expect(theirs.length).toBeGreaterThan(100);
    } finally {
      await client.end();
    }
  });

  it("answers the study questions the same on both databases, in the services and over GraphQL", async () => {
    const sqliteDb = openDb(file);
    const pgDb = openDb(target);
    try {
      const p = { label: "2022", from: "2022-01-01", to: "2023-01-01" };
      const q = { label: "2023", from: "2023-01-01", to: "2024-01-01" };
      const answers = (db: Db) => ({
        categoryShare: categoryShare(db, { technology: "ai", periods: [p, q] }),
        growth: growth(db, { technology: "ai", from: p, to: q, by: "CATEGORY" }),
        highValueShare: highValueShare(db, { technology: "cloud", period: q }),
        concentration: concentration(db, { technologies: ["ai", "cloud"], period: q }),
        bucketDemand: bucketDemand(db, { period: q, technology: "ai" }),
        trend: trend(db, { technology: "ai", granularity: "QUARTER", from: "2022-01-01", to: "2024-01-01" }),
      });
      const onSqlite = answers(sqliteDb);
      expect(onSqlite.categoryShare.some((r) => r.posts > 0)).toBe(true);
      expect(answers(pgDb)).toEqual(onSqlite);

      const query = `query Study($p: PeriodInput!, $q: PeriodInput!) {
        categoryShare(technology: "ai", periods: [$p, $q]) { period category { id } posts share penetration }
        bucketDemand(period: $q) { bucket { id name } posts share }
        before: bucketDemand(period: $q, taxonomyVersion: 1) { bucket { id } posts }
        posts(filter: { text: "chatbot" }, first: 500) {
          totalCount
          edges { node { id title description fixedBudget skills { tag label skill { id } }
            technologies { technology { id } label labelSource probability keywordHit model { id } } } }
        }
        taxonomyChanges { totalCount edges { node { version operation actor at before after } } }
      }`;
      const services = { taxonomy: TAXONOMY, classifyMode: "candidates" as const };
      const results = [];
      for (const db of [sqliteDb, pgDb]) {
        const server = await startTestServer(db, { services });
        try {
          results.push(await server.gql(query, { p, q }));
        } finally {
          await server.close();
        }
      }
      expect(results[0]!.errors).toBeUndefined();
      expect((results[0]!.data as { posts: { totalCount: number } }).posts.totalCount).toBeGreaterThan(0);
      expect(results[1]).toEqual(results[0]);
    } finally {
      sqliteDb.$client.close();
      pgDb.$client.close();
    }
  });

  it("refuses a second run into a target that holds posts (exit 1) and changes nothing", async () => {
    const r = await migrate(["--from", file, "--to", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the target already holds 243 posts: .*pass --replace to empty it first/u);
    expect(r.stdout).toBe("");
    await expectSameRows();
  });

  it("with --replace, empties the target and copies again, and new rows then get new ids", async () => {
    // Something only PostgreSQL has, which --replace must remove.
    const pgDb = openDb(target);
    try {
      createApiKey(pgDb, "viewer", "only in postgres");
    } finally {
      pgDb.$client.close();
    }
    const r = await migrate(["--from", file, "--to", target, "--replace"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^replaced: emptied .*posts \(243\)/mu);
    expect(r.stdout).toMatch(/every table matches$/mu);
    await expectSameRows();

    // The sequences are past the copied ids: a post imported now, its batch and a key get new ones.
    const max = (sql: string) => source.prepare(sql).pluck().get() as number;
    const maxPost = max("SELECT max(id) FROM posts");
    const maxBatch = max("SELECT max(id) FROM import_batches");
    const maxKey = max("SELECT max(id) FROM api_keys");
    const db = openDb(target);
    try {
      const summary = await importSource(
        db,
        rowsSource([postRow({ id: "after-migration", title: "New post" })]),
        {
          taxonomy: TAXONOMY,
          classify: { technologies: TAXONOMY.technologies, mode: "candidates" },
        },
      );
      expect(summary.inserted).toBe(1);
      expect(summary.batchId).toBeGreaterThan(maxBatch);
      const id = db.$client
        .prepare("SELECT id FROM posts WHERE external_id = 'after-migration'")
        .pluck()
        .get();
      expect(id).toBe(maxPost + 1);
      expect(createApiKey(db, "viewer", "new").id).toBe(maxKey + 1);
      const skills = db.$client.prepare("SELECT max(rowid) FROM post_skills").pluck().get();
      expect(Number(skills)).toBe(max("SELECT count(*) FROM post_skills"));
    } finally {
      db.$client.close();
    }
  });

  it("copies as a role that may not set session_replication_role, disabling the triggers table by table", async () => {
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.query(`CREATE DATABASE ${ownedDatabase} OWNER ${role}`);
    const url = withDatabase(SERVER_URL!, ownedDatabase, role);
    const r = await migrate(["--from", file, "--to", url]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("ALTER TABLE ... DISABLE TRIGGER USER");
    expect(r.stdout).toMatch(/every table matches$/mu);
    await expectSameRows(url);
    const client = await connect(url);
    try {
      const disabled = await client.query(
        `SELECT count(*)::int AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          WHERE NOT t.tgisinternal AND t.tgenabled = 'D'`,
      );
      expect(disabled.rows[0].n, "every trigger is enabled again").toBe(0);
    } finally {
      await client.end();
    }
  });
});
