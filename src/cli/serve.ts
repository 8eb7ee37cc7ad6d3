// npm start: opens the database, loads the demo corpus into an empty one (unless
// FRONTIER_DEMO=0), starts the worker pool and serves the API with its playground.
import type { AddressInfo } from "node:net";
import { describeDb } from "../db/client";
import { countPosts } from "../posts/post.repository";
import { createApp, createHttpServer } from "../server/app";
import { ConfigError, serverConfigFromEnv } from "../server/config";
import { pinoAppLogger, requestLogger } from "../server/observability";
import { ProcessPool } from "../server/pool";
import { parseCommand } from "./args";
import { loadDemo, trainDemoModels } from "./demo";
import { openRuntime } from "./runtime";

const COMMAND = {
  usage: `usage: npm start

Serves the GraphQL API and its playground at http://HOST:PORT/graphql. On an empty database it
first loads the synthetic demo corpus and trains a model per technology. It takes no flags; it
is configured by environment variables (see README.md, Configuration):
  PORT (4000)  HOST (127.0.0.1)  FRONTIER_DB_PATH (data/frontier.db)
  FRONTIER_DATABASE_URL (postgres://..., instead of the SQLite file)  FRONTIER_DEMO=0
  FRONTIER_READ_DATABASE_URL (a read replica of FRONTIER_DATABASE_URL's database)
  FRONTIER_READS=open|key  FRONTIER_WORKERS  FRONTIER_QUERY_TIMEOUT_MS  FRONTIER_CLASSIFY`,
  options: {},
} as const;

export async function serve(
  env: NodeJS.ProcessEnv = process.env,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  parseCommand(COMMAND, argv);
  let config;
  try {
    config = serverConfigFromEnv(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
  const runtime = openRuntime(env);
  console.log(`database: ${describeDb(runtime.dbPath)} (taxonomy version ${runtime.sync.version})`);
  if (config.readDatabaseUrl) console.log(`reads from the replica: ${describeDb(config.readDatabaseUrl)}`);
  if (countPosts(runtime.db) === 0 && env.FRONTIER_DEMO !== "0") {
    console.log("empty database: loading the SYNTHETIC demo corpus (set FRONTIER_DEMO=0 to skip)");
    const s = await loadDemo(runtime);
    console.log(
      `demo corpus: ${s.inserted} posts inserted; training a model per technology from its hand labels`,
    );
    for (const r of await trainDemoModels(runtime))
      console.log(
        `  ${r.technologyId}: model ${r.modelId} active, cross-validated accuracy ${r.metrics.accuracy.toFixed(3)}, F1 ${r.metrics.f1.toFixed(3)} (on SYNTHETIC demo labels, not real posts)`,
      );
    console.log(
      "  These figures are measured on the synthetic corpus; on real labels see docs/classifier.md.",
    );
  }
  const services = { taxonomy: runtime.taxonomy, classifyMode: runtime.classifyOptions().mode };
  // One JSON line per request on stdout, and the server's warnings and errors as JSON too.
  const log = requestLogger(config.logLevel);
  const logger = pinoAppLogger(log);
  const pool =
    config.workers > 0
      ? await ProcessPool.start({
          dbPath: runtime.dbPath,
          readDbPath: config.readDatabaseUrl ?? undefined,
          services,
          workers: config.workers,
          timeoutMs: config.timeoutMs,
          logger,
        })
      : null;
  const { app, stop } = await createApp({
    db: runtime.db,
    services,
    executor: pool ?? undefined,
    logger,
    requestLog: log,
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    metricsToken: config.metricsToken,
    trustProxy: config.trustProxy,
  });
  const server = createHttpServer(app);
  const close = async (code: number) => {
    server.close();
    server.closeAllConnections();
    await stop();
    await pool?.stop();
    runtime.db.$client.close();
    process.exit(code);
  };
  server.on("error", (e: NodeJS.ErrnoException) => {
    console.error(
      e.code === "EADDRINUSE"
        ? `Cannot listen on ${config.host}:${config.port}: the port is taken (set PORT to another one).`
        : `Cannot listen on ${config.host}:${config.port}: ${e.message}`,
    );
    void close(1);
  });
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const shown = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    console.log(
      pool
        ? `${config.workers} query worker(s), time budget ${config.timeoutMs} ms per request, listening on ${config.host}`
        : `FRONTIER_WORKERS=0: every request runs in this process, without a time budget; listening on ${config.host}`,
    );
    console.log(
      `CORS: ${config.corsOrigins.length > 0 ? config.corsOrigins.join(", ") : "no other origin"}; rate limit: ${config.rateLimit ? `${config.rateLimit.text} per key or address` : "off"}; /metrics: ${config.metricsToken ? "token" : "open"}; log level ${config.logLevel}`,
    );
    console.log(`Frontier is ready: playground and API at http://${shown}:${port}/graphql`);
  });
  process.on("SIGINT", () => void close(0));
  process.on("SIGTERM", () => void close(0));
}
