// Every example in README.md and docs/*.md runs as written on the demo database that `npm start`
// loads into an empty database (50,000 synthetic posts, a trained model per technology).
//
// How examples are found (test/docs/doc-examples.ts; the same rules for writers are in README.md,
// "Documentation"):
// - every ```graphql block runs, each operation in turn (sent with an admin key, so mutations
//   run too); the block's fragments go with each operation;
// - its variables: a ```json block right after it, with only blank lines or one line starting
//   "Variables" between;
// - in ```sh blocks, each `curl` command to http://localhost:4000 runs in bash (the host
//   replaced by the test server's, `fk_...` and $FRONTIER_KEY by an admin key); it must exit 0
//   (--fail-with-body) and print no GraphQL "errors";
// - a fenced block holding only one http://localhost:4000/... URL is fetched and must answer 2xx;
// - `<!-- not-run: reason -->` before a block skips it. Use it sparingly: for examples that need
//   what the demo database lacks, or placeholders a reader fills in.
// FRONTIER_DOCS_DEMO_DB=<file> reuses a database built by `npm start` instead of building one
// (about 40 s), for a quicker loop while editing docs; under test:postgres, the postgres:// URL of
// such a database on the test server.
// Each document runs top to bottom. Documents whose examples write (a mutation) get their own
// copy of the database, so their edits show in their own later examples and nowhere else.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Kind, parse, print, type DefinitionNode, type GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo, trainDemoModels } from "../../src/cli/demo";
import { openRuntime } from "../../src/cli/runtime";
import { checkpoint, openDb, type Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { copyDatabase, databaseEnv } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/http";
import { projectTaxonomy } from "../helpers/runtime";
import { DOC_HOST, docExamples, type DocExample } from "./doc-examples";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const DOCS = [
  "README.md",
  ...fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];

const hasCurl = ["/usr/bin/curl", "/bin/curl", "/usr/local/bin/curl"].some((f) => fs.existsSync(f));
if (!hasCurl) console.warn("The docs examples test runs no curl command: curl is not installed.");

interface Served {
  server: TestServer;
  key: string;
  close(): Promise<void>;
}

function writes(example: DocExample): boolean {
  if (example.kind === "graphql") return /\bmutation\b/u.test(example.text);
  return example.kind === "curl" && /\bmutation\b/u.test(example.command);
}

function describeExample(file: string, example: DocExample): string {
  const text =
    example.kind === "graphql" ? example.text : example.kind === "curl" ? example.command : example.url;
  return `${file}:${example.line} ${text.replace(/\s+/gu, " ").slice(0, 90)}`;
}

describe("the examples of README.md and docs/", () => {
  let dir: string;
  /** The demo database, never served: its file or URL, which each served copy is made from. */
  let pristine: string;
  let shared: Served;
  const opened: Db[] = [];

  /** Serves the database at `target`: a file, or a postgres:// URL. */
  async function serve(target: string): Promise<Served> {
    const db = openDb(target);
    opened.push(db);
    const { key } = createApiKey(db, "admin", "docs examples");
    const taxonomy = projectTaxonomy();
    const server = await startTestServer(db, {
      services: { taxonomy, classifyMode: "candidates" },
      jobs: false,
    });
    return { server, key, close: () => server.close() };
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-docs-"));
    const reuse = process.env.FRONTIER_DOCS_DEMO_DB;
    if (reuse) {
      // While editing docs: a database that `npm start` built (then stopped, never edited).
      pristine = copyDatabase(reuse, path.join(dir, "demo.db"));
    } else {
      // Exactly what `npm start` does on an empty database (src/cli/serve.ts).
      const runtime = openRuntime({
        ...process.env,
        // The test's own database, never one the shell points at.
        FRONTIER_DATABASE_URL: undefined,
        ...databaseEnv(path.join(dir, "demo.db")),
        FRONTIER_TAXONOMY_DIR: undefined,
      });
      await loadDemo(runtime);
      await trainDemoModels(runtime);
      checkpoint(runtime.db);
      runtime.db.$client.close();
      pristine = runtime.dbPath;
    }
    shared = await serve(copyDatabase(pristine, path.join(dir, "shared.db")));
  }, 600_000); // building the demo takes about 40 s alone, minutes on a busy machine
  afterAll(async () => {
    await shared?.close();
    for (const db of opened) db.$client.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function runGraphql(served: Served, text: string, variables: Record<string, unknown> | undefined) {
    const document = parse(text);
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length, "operations in the block").toBeGreaterThan(0);
    for (const operation of operations) {
      const query = print({
        kind: Kind.DOCUMENT,
        definitions: [operation, ...fragments] as DefinitionNode[],
      });
      const res = await fetch(`${served.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${served.key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
      if (body.errors) throw new Error(`${query}\n${JSON.stringify(body.errors, null, 2)}`);
      expect(res.status, query).toBe(200);
      expect(body.data, query).toBeTruthy();
    }
  }

  async function runCurl(served: Served, command: string) {
    if (!hasCurl) return; // warned about once, below
    const cwd = fs.mkdtempSync(path.join(dir, "curl-"));
    const script = [
      // Any HTTP error fails the command, and shows its body.
      'curl() { command curl --fail-with-body --max-time 60 "$@"; }',
      command.replaceAll(DOC_HOST, served.server.url).replaceAll("fk_...", served.key),
    ].join("\n");
    const { stdout } = await run("bash", ["-c", script], {
      cwd,
      env: { ...process.env, FRONTIER_KEY: served.key },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
    });
    expect(stdout).not.toMatch(/"errors"\s*:/u);
  }

  async function runUrl(served: Served, url: string) {
    const res = await fetch(url.replace(DOC_HOST, served.server.url), {
      headers: { authorization: `Bearer ${served.key}` },
    });
    const text = await res.text();
    expect(res.status, text.slice(0, 500)).toBeLessThan(300);
  }

  it.each(DOCS)("%s: every example runs without an error", async (file) => {
    const { examples } = docExamples(fs.readFileSync(path.join(ROOT, file), "utf8"));
    let served = shared;
    if (examples.some(writes))
      served = await serve(copyDatabase(pristine, path.join(dir, `${file.replace(/\W/gu, "_")}.db`)));
    try {
      for (const example of examples) {
        const where = describeExample(file, example);
        try {
          if (example.kind === "graphql") await runGraphql(served, example.text, example.variables);
          else if (example.kind === "curl") await runCurl(served, example.command);
          else await runUrl(served, example.url);
        } catch (e) {
          throw new Error(`${where}\n${e instanceof Error ? e.message : String(e)}`);
        }
      }
    } finally {
      if (served !== shared) await served.close();
    }
  });

  it("finds the README's queries (the extraction itself works)", () => {
    const { examples } = docExamples(fs.readFileSync(path.join(ROOT, "README.md"), "utf8"));
    expect(examples.filter((e) => e.kind === "graphql").length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.kind === "curl").length).toBeGreaterThan(0);
  });
});
