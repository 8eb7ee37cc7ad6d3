// `npm run import` of the real posts.csv in one process while a server process takes a stream of
// racing dictionary edits on the same database file: no writer fails. Every edit lands or gets
// CONFLICT (never an internal error), and the import completes with every row.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dbPathFromEnv, openDb } from "../../src/db/client";
import { expectOneWinnerPerVersion, raceEdits, taxonomyVersion } from "../helpers/edit-race";
import { createEditorKey, startServerProcess, tsx, type ServerProcess } from "../helpers/processes";
import { hasRealData, POSTS_CSV } from "../helpers/real-data";
import { databaseEnv } from "../helpers/db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-race-"));
const env = { ...process.env, ...databaseEnv(path.join(dir, "race.db")), FRONTIER_DEMO: "0" };
let server: ServerProcess | null = null;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasRealData)("an import beside a server taking dictionary edits", () => {
  it("completes with every row while every edit lands or gets CONFLICT, none an internal error", async () => {
    const key = createEditorKey(env);
    server = await startServerProcess(env);
    const from = await taxonomyVersion(server);

    const child = spawn(process.execPath, tsx("src/cli/import.ts", POSTS_CSV), {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let importing = true;
    void exited.then(() => (importing = false));

    const outcomes = await raceEdits([server], key, { clients: 2, perRound: 4, stop: () => !importing });
    expect(await exited, output).toBe(0);
    expect(output).toMatch(/inserted\s+41886\b/u);

    const to = await taxonomyVersion(server);
    expect(to).toBeGreaterThan(from);
    expectOneWinnerPerVersion(outcomes, from, to);

    const db = openDb(dbPathFromEnv(env));
    try {
      const c = db.$client;
      expect(c.prepare("SELECT COUNT(*) FROM posts").pluck().get()).toBe(41_886);
      expect(c.prepare("SELECT status, inserted FROM import_batches").all()).toEqual([
        { status: "done", inserted: 41_886 },
      ]);
    } finally {
      db.$client.close();
    }
  });
});
