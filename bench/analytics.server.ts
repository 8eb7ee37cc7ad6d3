// The Frontier app for the benchmarks, in its own process: serves the database at
// FRONTIER_DB_PATH on 127.0.0.1 (a free port) with the server's worker pool (FRONTIER_WORKERS,
// default one per core; 0 runs every request in this process, as before the pool) and prints
// "PORT <n>" when ready, so that the load generator does not share the server's event loop and
// the server's memory can be read.
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import fs from "node:fs";
import { warmAnalytics } from "../src/analytics/analytics.service";
import { dbPathFromEnv, openDb } from "../src/db/client";
import { migrateDb } from "../src/db/migrate";
import { createApp, createHttpServer } from "../src/server/app";
import { serverConfigFromEnv } from "../src/server/config";
import { ProcessPool } from "../src/server/pool";
import { syncTaxonomy } from "../src/taxonomy/taxonomy.sync";
import { benchTaxonomy } from "./analytics.taxonomy";

const { taxonomy } = await benchTaxonomy();
const dbPath = dbPathFromEnv(process.env);
const db = openDb(dbPath);
migrateDb(db);
syncTaxonomy(db, taxonomy);
const quiet = { info: () => {}, warn: () => {}, error: (...args: unknown[]) => console.error(...args) };
const services = { taxonomy, classifyMode: "candidates" as const };
const config = serverConfigFromEnv(process.env);
const pool =
  config.workers > 0
    ? await ProcessPool.start({
        dbPath,
        services,
        workers: config.workers,
        timeoutMs: config.timeoutMs,
        logger: quiet,
        jobs: false,
      })
    : null;
// The in-memory snapshot of the posts: loaded by each query worker at its start, or here when
// this process answers the queries itself.
const t0 = performance.now();
const local = pool ? null : warmAnalytics(db);
const snapshot = pool ? pool.snapshots()[0] : local;
const memory = (pid: number | "self") => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: kb("VmRSS") / 1024, privateMb: kb("RssAnon") / 1024 };
};
console.log(
  `SNAPSHOT ${JSON.stringify({
    ms: pool ? (snapshot?.last.ms ?? 0) : performance.now() - t0,
    posts: snapshot?.posts ?? 0,
    bytes: snapshot?.bytes ?? 0,
    ...memory(pool ? (pool.workerPids()[0] ?? "self") : "self"),
  })}`,
);
const { app } = await createApp({
  db,
  services,
  reads: "open",
  logger: quiet,
  executor: pool ?? undefined,
  jobs: false,
});
const server = createHttpServer(app);
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`PORT ${(server.address() as AddressInfo).port}`);
});
const stop = () =>
  server.close(() => {
    void (pool?.stop() ?? Promise.resolve()).then(() => process.exit(0));
  });
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
