// An instance with a read replica (FRONTIER_READ_DATABASE_URL): queries answer from the replica,
// mutations write to the primary. Runs on a real streaming replica: npm run test:postgres starts
// one beside its throwaway cluster and names it in FRONTIER_TEST_READ_DATABASE_URL (the replica
// server; each test database appears there under its own name). Skipped without it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../src/db/client";
import { graphql } from "../gql";
import { databaseEnv } from "../helpers/db";
import { createKey, startServerProcess, type ServerProcess } from "../helpers/processes";

const REPLICA_SERVER = process.env.FRONTIER_TEST_READ_DATABASE_URL || null;
if (!REPLICA_SERVER)
  console.warn(
    "Skipping the read replica test: npm run test:postgres sets FRONTIER_TEST_READ_DATABASE_URL to a streaming replica of its cluster.",
  );

const Import = graphql(`
  mutation ReplicaImport($rows: [PostInput!]!) {
    importPosts(rows: $rows) {
      inserted
    }
  }
`);

const Seen = graphql(`
  query ReplicaSeen {
    taxonomyVersion
    posts(first: 1, filter: { sources: ["replica"] }) {
      totalCount
    }
  }
`);

const CreateBucket = graphql(`
  mutation ReplicaCreateBucket($name: String!, $v: Int!) {
    createBucket(name: $name, expectedVersion: $v) {
      version
    }
  }
`);

const rows = Array.from({ length: 6 }, (_, i) => ({
  source: "replica",
  id: `r${i}`,
  title: `Machine learning pipeline ${i}`,
  description: "Build and deploy an AI model with Python.",
  category: "Data Science & Analytics",
  postedAt: "2024-03-15",
  skills: ["Machine Learning"],
}));

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  let v = await read();
  for (let i = 0; i < 400 && !done(v); i++) {
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

describe.skipIf(!REPLICA_SERVER)("an instance with a read replica", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-replica-"));
  let env: NodeJS.ProcessEnv;
  let replica: Db;
  let server: ServerProcess;
  let admin: string;

  beforeAll(async () => {
    const primary = databaseEnv(path.join(dir, "replica.db"));
    const replicaUrl = new URL(REPLICA_SERVER!);
    replicaUrl.pathname = new URL(primary.FRONTIER_DATABASE_URL!).pathname;
    env = { ...process.env, ...primary, FRONTIER_READ_DATABASE_URL: replicaUrl.toString() };
    admin = createKey(env, "admin");
    // The new database (and the key) reach the replica through its WAL stream.
    const replicaServer = openDb(REPLICA_SERVER!);
    const name = replicaUrl.pathname.slice(1);
    await until(
      async () =>
        replicaServer.$client.prepare("SELECT COUNT(*) AS n FROM pg_database WHERE datname = ?").get(name),
      (r) => (r as { n: number }).n === 1,
    );
    replicaServer.$client.close();
    replica = openDb(replicaUrl.toString());
    await until(
      async () => replica.$client.prepare("SELECT COUNT(*) AS n FROM api_keys").get() as { n: number },
      (r) => r.n === 1,
    );
    server = await startServerProcess(env);
  });

  afterAll(async () => {
    replica?.$client.prepare("SELECT pg_wal_replay_resume()").get();
    replica?.$client.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes through the primary and answers from the replica once it has replayed the write", async () => {
    expect(server.output()).toMatch(/reads from the replica: postgres:\/\//);
    const imported = await server.gql(Import, { rows }, admin);
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importPosts.inserted).toBe(6);
    const seen = await until(
      async () => (await server.gql(Seen, {}, admin)).data!,
      (d) => d.posts.totalCount === 6,
    );
    expect(seen.posts.totalCount).toBe(6);
  });

  it("answers what the replica holds: an edit is seen once the replica replays it, and a stale version gets CONFLICT", async () => {
    const before = (await server.gql(Seen, {}, admin)).data!.taxonomyVersion;
    // Hold the replica where it is: an answer from it now cannot contain the next edit.
    replica.$client.prepare("SELECT pg_wal_replay_pause()").get();
    await until(
      async () =>
        replica.$client.prepare("SELECT pg_get_wal_replay_pause_state() AS s").get() as { s: string },
      (r) => r.s === "paused",
    );
    const edit = await server.gql(CreateBucket, { name: "Replica Bucket", v: before }, admin);
    expect(edit.errors).toBeUndefined();
    expect(edit.data!.createBucket.version).toBe(before + 1);
    // The query is answered from the paused replica: the version before the edit.
    expect((await server.gql(Seen, {}, admin)).data!.taxonomyVersion).toBe(before);
    // The version check runs on the primary: an edit made on what the replica shows is refused.
    const stale = await server.gql(CreateBucket, { name: "Stale Bucket", v: before }, admin);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    replica.$client.prepare("SELECT pg_wal_replay_resume()").get();
    const after = await until(
      async () => (await server.gql(Seen, {}, admin)).data!,
      (d) => d.taxonomyVersion === before + 1,
    );
    expect(after.taxonomyVersion).toBe(before + 1);
  });
});
