// `npm run export-taxonomy`: the database's dictionary written back to taxonomy/*.yaml in the
// loader's format. Load then export gives the same files; an edit survives export then load; the
// next start keeps the database when the files are the ones it exported.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dbPathFromEnv, openDb } from "../../src/db/client";
import { applyEdit } from "../../src/taxonomy/taxonomy-edit.service";
import { currentVersion, readDictionary } from "../../src/taxonomy/taxonomy.repository";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import type { exportTaxonomy as ExportTaxonomy } from "../../src/cli/export-taxonomy";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";

type ExportFn = typeof ExportTaxonomy;
import { freshDb } from "../helpers/db";
import { databaseEnv } from "../helpers/db";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TAXONOMY_DIR = path.join(ROOT, "taxonomy");
const ready =
  fs.existsSync(path.join(ROOT, "src/taxonomy/taxonomy.files.ts")) &&
  fs.existsSync(path.join(ROOT, "src/taxonomy/taxonomy.export.ts")) &&
  fs.existsSync(path.join(TAXONOMY_DIR, "skills.yaml"));
if (!ready)
  console.warn("Skipping export-taxonomy tests: the taxonomy loader, exporter or taxonomy/*.yaml is absent.");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-export-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** A fresh copy of the project's taxonomy/ to write into. */
function copyOfTaxonomy(): string {
  const dir = path.join(tmp, `taxonomy-${++n}`);
  fs.cpSync(TAXONOMY_DIR, dir, { recursive: true });
  return dir;
}

function yamlFiles(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]),
  );
}

// Imported when the tests run, so that this file can skip cleanly while the exporter is absent.
async function exportTaxonomy(...args: Parameters<ExportFn>): Promise<ReturnType<ExportFn>> {
  const cli = await import("../../src/cli/export-taxonomy");
  return cli.exportTaxonomy(...args);
}

async function load(dir: string): Promise<Taxonomy> {
  const loader = (await import("../../src/taxonomy/taxonomy.files")) as {
    loadTaxonomy(dir: string): Taxonomy;
  };
  return loader.loadTaxonomy(dir);
}

describe.skipIf(!ready)("export-taxonomy", () => {
  it("writes back byte-identical files right after a load", async () => {
    const source = copyOfTaxonomy();
    const db = freshDb();
    syncTaxonomy(db, await load(source));
    const out = path.join(tmp, "identical");
    fs.mkdirSync(out);
    await exportTaxonomy(db, await load(source), out, false);
    const written = yamlFiles(out);
    expect(written.size).toBeGreaterThan(0);
    const original = yamlFiles(source);
    for (const [file, text] of written) expect(text, file).toBe(original.get(file));
  });

  it("writes an edited dictionary that loads back as the edited dictionary, and the next start keeps the database", async () => {
    const dir = copyOfTaxonomy();
    const db = freshDb();
    const loaded = await load(dir);
    syncTaxonomy(db, loaded);
    const [first, second] = readDictionary(db);
    const skill = first!.skills[0]!;
    applyEdit(db, "test", currentVersion(db), { op: "moveSkill", skillId: skill.id, bucketId: second!.id });
    applyEdit(db, "test", currentVersion(db), {
      op: "addAlias",
      skillId: skill.id,
      alias: "Frontier Test Tag",
      kind: "tag",
    });
    applyEdit(db, "test", currentVersion(db), { op: "createBucket", name: "Frontier Test Bucket" });
    const edited = readDictionary(db);
    const version = currentVersion(db);

    const result = await exportTaxonomy(db, loaded, dir, true);
    expect(result).toMatchObject({ version, recorded: true, buckets: edited.length });
    const reloaded = await load(dir);
    expect(reloaded.buckets).toEqual(edited);
    expect(reloaded.categories).toEqual(loaded.categories);
    expect(reloaded.technologies).toEqual(loaded.technologies);

    // Start-up with these files: nothing new in them, the database (and its version) stays.
    expect(syncTaxonomy(db, reloaded)).toEqual({ version, loadedDictionary: false });
    // A fresh database loads the exported files as they are.
    const other = freshDb();
    syncTaxonomy(other, reloaded);
    expect(readDictionary(other)).toEqual(edited);
  });

  it("runs as `npm run export-taxonomy`, recording the files only when they are the ones start-up reads", () => {
    const dir = copyOfTaxonomy();
    const env = { ...process.env, ...databaseEnv(path.join(tmp, "cli.db")), FRONTIER_TAXONOMY_DIR: dir };
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ["--import", "tsx", "src/cli/export-taxonomy.ts", ...args], {
        cwd: ROOT,
        env,
        encoding: "utf8",
      });

    const elsewhere = path.join(tmp, "elsewhere");
    expect(run("--dir", elsewhere)).toMatch(/Not the directory start-up reads/);
    expect(yamlFiles(elsewhere).size).toBeGreaterThan(0);

    const db = openDb(dbPathFromEnv(env));
    try {
      applyEdit(db, "test", currentVersion(db), { op: "createBucket", name: "Exported Bucket" });
    } finally {
      db.$client.close();
    }
    expect(run()).toMatch(/Recorded as loaded/);
    expect(fs.readFileSync(path.join(dir, "skills.yaml"), "utf8")).toContain("Exported Bucket");
  });
});
