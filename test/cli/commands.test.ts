// Every command as a user runs it: --help prints its usage and exits 0; an unknown flag is
// refused with a message and the usage on stderr, exit 2, no stack trace, and nothing done (no
// database opened, no report written); an import whose every row is refused exits non-zero.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "loader.mjs");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point of the project as its npm script does, in `cwd`. */
function run(script: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  const child = spawn(process.execPath, ["--import", TSX, path.join(ROOT, script), ...args], {
    cwd: opts.cwd,
    // Outside the project folder tsx would not find tsconfig.json (legacy decorators) by itself.
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json"),
      FRONTIER_DEMO: "0",
      FRONTIER_WORKERS: "0",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
  child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

const COMMANDS = [
  { name: "npm start", script: "src/main.ts", usage: "usage: npm start" },
  { name: "import", script: "src/cli/import.ts", usage: "usage: npm run import -- FILE" },
  { name: "train", script: "src/cli/train.ts", usage: "usage: npm run train" },
  { name: "report", script: "src/cli/report.ts", usage: "usage: npm run report" },
  { name: "export-taxonomy", script: "src/cli/export-taxonomy.ts", usage: "usage: npm run export-taxonomy" },
  { name: "keys", script: "src/cli/keys.ts", usage: "usage: npm run keys" },
  {
    name: "migrate-to-postgres",
    script: "src/cli/migrate-to-postgres.ts",
    usage: "usage: npm run migrate-to-postgres",
  },
  { name: "schema", script: "src/cli/schema.ts", usage: "usage: npm run schema" },
  { name: "demo", script: "src/cli/demo.ts", usage: "usage: npx tsx src/cli/demo.ts" },
  { name: "bench", script: "bench/run.ts", usage: "usage: npm run bench" },
];

const STACK_FRAME = /^\s+at /mu;

describe.each(COMMANDS)("$name", ({ name, script, usage }) => {
  it("prints its usage on stdout and exits 0 for --help", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "help-"));
    const r = await run(script, ["--help"], { cwd: ROOT, env: { FRONTIER_DB_PATH: path.join(dir, "f.db") } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith(usage)).toBe(true);
    expect(r.stderr).toBe("");
    expect(fs.readdirSync(dir), "--help opens no database").toEqual([]);
  }, 60_000);

  it(`refuses an unknown flag with a message and its usage, exit 2, doing nothing (${name} --bogus)`, async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "bogus-"));
    const r = await run(script, ["--bogus"], { cwd: dir, env: { FRONTIER_DB_PATH: path.join(dir, "f.db") } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: unknown option --bogus\n${r.stderr.slice(r.stderr.indexOf("usage:"))}`);
    expect(r.stderr).toContain(usage);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).toBe("");
    expect(fs.readdirSync(dir), "no database, no report/ in the current folder").toEqual([]);
  }, 60_000);
});

describe("npm run import", () => {
  const dir = fs.mkdtempSync(path.join(tmp, "import-"));
  const env = { FRONTIER_DB_PATH: path.join(dir, "import.db") };
  const csv = (name: string, rows: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, ["id,source,title,category,posted_at", ...rows].join("\n") + "\n");
    return file;
  };

  it("exits 1 when every row of a file is refused, pointing to its rejects", async () => {
    const file = csv("all-bad.csv", ["1,cli,,legal,2023-01-01", "2,cli,A title,legal,not a date"]);
    const r = await run("src/cli/import.ts", [file], { cwd: ROOT, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/inserted {2}0\n/u);
    expect(r.stdout).toMatch(/rejected {2}2 {2}\(npm run import -- --rejects 1\)/u);
    expect(r.stderr).toContain(`every row of ${file} was refused`);
  }, 60_000);

  it("exits 0 when some rows land, with the rejects summary", async () => {
    const file = csv("some-bad.csv", ["1,cli,A title,legal,2023-01-01", "2,cli,,legal,2023-01-02"]);
    const r = await run("src/cli/import.ts", [file], { cwd: ROOT, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/inserted {2}1\n/u);
    expect(r.stdout).toMatch(/rejected {2}1 {2}\(npm run import -- --rejects 2\)/u);
  }, 60_000);

  it("lists the refused rows of a batch, and says so when the batch does not exist", async () => {
    const listed = await run("src/cli/import.ts", ["--rejects", "1"], { cwd: ROOT, env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("line 2: missing title");
    expect(listed.stdout).toContain("2 rejected row(s) in batch 1");

    const missing = await run("src/cli/import.ts", ["--rejects", "42"], { cwd: ROOT, env });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("no import batch 42");
  }, 60_000);

  it("exits 1 for a file that does not exist, and 2 for a batch id that is not a number", async () => {
    const none = await run("src/cli/import.ts", [path.join(dir, "none.csv")], { cwd: ROOT, env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("no such file");
    const word = await run("src/cli/import.ts", ["--rejects", "last"], { cwd: ROOT, env });
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('--rejects needs the number of a batch, not "last"');
  }, 60_000);
});

describe("npm run keys", () => {
  it("refuses a missing command and an unknown one with exit 2 and no stack trace", async () => {
    const env = { FRONTIER_DB_PATH: path.join(tmp, "keys.db") };
    for (const args of [[], ["rotate"], ["create"]]) {
      const r = await run("src/cli/keys.ts", args, { cwd: ROOT, env });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("usage: npm run keys");
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  }, 60_000);
});

describe("npm run train", () => {
  it("refuses neither or both of --technology and --all", async () => {
    for (const args of [[], ["--all", "--technology", "ai"]]) {
      const r = await run("src/cli/train.ts", args, {
        cwd: ROOT,
        env: { FRONTIER_DB_PATH: path.join(tmp, "t.db") },
      });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("error: give either --technology ID or --all");
    }
  }, 60_000);
});
