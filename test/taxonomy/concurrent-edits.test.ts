// Two server processes on one database file taking several hundred concurrent edits, many racing
// on the same expectedVersion: exactly one edit per version lands, every other gets CONFLICT,
// none an internal error.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectOneWinnerPerVersion, raceEdits, taxonomyVersion } from "../helpers/edit-race";
import { createEditorKey, startServerProcess, type ServerProcess } from "../helpers/processes";
import { databaseEnv } from "../helpers/db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-two-servers-"));
const env = { ...process.env, ...databaseEnv(path.join(dir, "two.db")), FRONTIER_DEMO: "0" };
const servers: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("two servers on one database", () => {
  it("land exactly one edit per version and answer every other racing edit with CONFLICT", async () => {
    const key = createEditorKey(env);
    servers.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));
    const from = await taxonomyVersion(servers[0]!);

    const outcomes = await raceEdits(servers, key, { clients: 4, perRound: 6, rounds: 20 });
    expect(outcomes).toHaveLength(480);

    const to = await taxonomyVersion(servers[1]!);
    expect(to - from).toBeGreaterThanOrEqual(20);
    expectOneWinnerPerVersion(outcomes, from, to);
  });
});
