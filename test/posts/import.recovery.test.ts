// Start-up recovery of imports: batches left `running` by a dead process become `interrupted`
// (GraphQL shows it), live ones are left alone, and posts an old importer left without phrase
// matches are indexed once.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "../../src/db/client";
import { recoverInterruptedImports } from "../../src/posts/import/import.recovery";
import { createBatch } from "../../src/posts/post.repository";
import { HEARTBEAT_STALE_MS } from "../../src/shared/owner";
import { getMeta, setMeta } from "../../src/db/app-meta";
import { graphql } from "../gql";
import { startTestServer, type TestServer } from "../helpers/http";
import { recomputedPhraseHits, storedPhraseHits } from "../helpers/index-consistency";
import { postRow } from "../helpers/rows";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

const ImportBatches = graphql(`
  query ImportBatches {
    importBatches {
      id
      status
      finishedAt
    }
  }
`);

const host = os.hostname();
/** The pid of a process that has exited. */
const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;

describe("start-up recovery of imports", () => {
  let rt: TestRuntime;
  let server: TestServer;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    rt = testRuntime();
    const batch = (owner: string | null) => {
      const id = writeTransaction(rt.db, () =>
        createBatch(rt.db, { file: "f.csv", format: "csv", actor: null, owner: owner ?? "" }),
      );
      // Batches started before owners were recorded have none.
      if (owner === null)
        rt.db.$client.prepare("UPDATE import_batches SET owner = NULL WHERE id = ?").run(id);
      return id;
    };
    ids.dead = batch(`${host}:${deadPid}`);
    ids.alive = batch(`${host}:${process.ppid}`);
    ids.noOwner = batch(null);
    ids.remoteFresh = batch("elsewhere:42");
    ids.remoteStale = batch("elsewhere:43");
    rt.db.$client
      .prepare("UPDATE import_batches SET heartbeat_at = ? WHERE id = ?")
      .run(new Date(Date.now() - 2 * HEARTBEAT_STALE_MS).toISOString(), ids.remoteStale);
    server = await startTestServer(rt.db, {
      services: rt.services,
    });
  });

  afterAll(() => server.close());

  it("marks running imports whose process is gone as interrupted and leaves live ones running", async () => {
    const recovered = recoverInterruptedImports(rt.db).map((b) => b.id);
    expect(recovered).toEqual([ids.dead, ids.noOwner, ids.remoteStale]);
    const res = await server.gql(ImportBatches);
    const status = Object.fromEntries(res.data!.importBatches.map((b) => [Number(b.id), b.status]));
    expect(status).toEqual({
      [ids.dead!]: "interrupted",
      [ids.alive!]: "running",
      [ids.noOwner!]: "interrupted",
      [ids.remoteFresh!]: "running",
      [ids.remoteStale!]: "interrupted",
    });
    for (const b of res.data!.importBatches) expect(b.finishedAt === null).toBe(b.status === "running");
    expect(recoverInterruptedImports(rt.db)).toEqual([]);
  });

  it("indexes once the posts that an old importer left above its phrase watermark", async () => {
    await rt.importRows([
      postRow({
        id: "a",
        source: "s",
        title: "Build a chatbot",
        description: "sentiment analysis of reviews",
      }),
      postRow({ id: "b", source: "s", title: "An AI chatbot for support", description: "with ChatGPT" }),
    ]);
    const expected = storedPhraseHits(rt.db);
    expect(expected.length).toBeGreaterThan(0);
    const first = rt.db.$client.prepare("SELECT MIN(id) FROM posts").pluck().get() as number;
    rt.db.$client.prepare("DELETE FROM phrase_hits WHERE post_id > ?").run(first);
    setMeta(rt.db, "phrase_index_through", String(first));
    expect(storedPhraseHits(rt.db)).not.toEqual(expected);

    recoverInterruptedImports(rt.db);
    expect(storedPhraseHits(rt.db)).toEqual(expected);
    expect(storedPhraseHits(rt.db)).toEqual(recomputedPhraseHits(rt.db));
    expect(getMeta(rt.db, "phrase_index_through")).toBeNull();
  });
});
