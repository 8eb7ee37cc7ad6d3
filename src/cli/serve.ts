// npm start: opens the database, loads the demo corpus into an empty one (unless
// FRONTIER_DEMO=0), and serves the API with its playground.
import { countPosts } from "../posts/post.repository";
import { createApp } from "../server/app";
import { extraRoutes } from "../server/routes";
import { loadDemo, trainDemoModels } from "./demo";
import { openRuntime } from "./runtime";

export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const runtime = openRuntime(env);
  console.log(`database: ${runtime.dbPath} (taxonomy version ${runtime.sync.version})`);
  if (countPosts(runtime.db) === 0 && env.FRONTIER_DEMO !== "0") {
    console.log("empty database: loading the SYNTHETIC demo corpus (set FRONTIER_DEMO=0 to skip)");
    const s = await loadDemo(runtime);
    console.log(
      `demo corpus: ${s.inserted} posts inserted; training a model per technology from its hand labels`,
    );
    for (const r of await trainDemoModels(runtime))
      console.log(
        `  ${r.technologyId}: model ${r.modelId} active, cross-validated accuracy ${r.metrics.accuracy.toFixed(3)}, F1 ${r.metrics.f1.toFixed(3)}`,
      );
  }
  const services = { taxonomy: runtime.taxonomy, classifyMode: runtime.classifyOptions().mode };
  const { app } = await createApp({
    db: runtime.db,
    services,
    routes: extraRoutes(runtime.db, { services }),
  });
  const port = Number(env.PORT ?? 4000);
  const server = app.listen(port, () => {
    console.log(`Frontier is ready: playground and API at http://localhost:${port}/graphql`);
  });
  const shutdown = () => {
    server.close(() => {
      runtime.db.$client.close();
      process.exit(0);
    });
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
