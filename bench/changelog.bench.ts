// What the analytics change log (migration 0007) costs the import's writes: 200,000 posts with
// three classifications each (about 15% positive) and 80,000 phrase hits, written through every
// trigger of a migrated database, with and without the change log's triggers, in alternating
// runs. Prints posts/s and the phrase hits' time per variant (medians).
//
//   npm run bench -- changelog
import fs from "node:fs";
import path from "node:path";
import { openDb, writeTransaction } from "../src/db/client";
import { migrateDb } from "../src/db/migrate";

const POSTS = Number(process.env.BENCH_CHANGELOG_POSTS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_CHANGELOG_ROUNDS ?? 3);
const FILE = path.resolve("bench", "out", "changelog.db");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function run(withLog: boolean): { postsPerSecond: number; phraseMs: number; logged: number } {
  for (const f of [FILE, `${FILE}-wal`, `${FILE}-shm`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  const db = openDb(FILE);
  migrateDb(db);
  const c = db.$client;
  if (!withLog)
    for (const { name } of c
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'analytics_changes_%'")
      .all() as { name: string }[])
      c.exec(`DROP TRIGGER ${name}`);
  c.exec(
    "INSERT INTO technologies (id, name, rules, position) VALUES ('ai', 'AI', '[]', 0), ('cloud', 'Cloud', '[]', 1), ('rpa', 'RPA', '[]', 2)",
  );
  const post = c.prepare(
    `INSERT INTO posts (source, external_id, title, posted_at, contract_type, content_hash, created_at, updated_at)
     VALUES ('bench', ?, 'A post', '2023-01-01T00:00:00Z', 'none', 'h', 'now', 'now')`,
  );
  const classification = c.prepare(
    `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
     VALUES (?, ?, 0, NULL, ?, 'keyword', NULL)`,
  );
  const phrase = c.prepare("INSERT INTO phrase_hits (phrase, post_id) VALUES (?, ?)");
  let t0 = performance.now();
  for (let chunk = 0; chunk < POSTS; chunk += 1000)
    writeTransaction(db, () => {
      for (let i = chunk; i < Math.min(chunk + 1000, POSTS); i++) {
        const id = Number(post.run(`p${i}`).lastInsertRowid);
        classification.run("ai", id, i % 12 === 0 ? 1 : 0);
        classification.run("cloud", id, i % 20 === 0 ? 1 : 0);
        classification.run("rpa", id, i % 50 === 0 ? 1 : 0);
      }
    });
  const postsSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  writeTransaction(db, () => {
    for (let i = 1; i <= POSTS; i++)
      if (i % 5 < 2) phrase.run(i % 5 === 0 ? "chatbot development" : "text summarization", i);
  });
  const phraseMs = performance.now() - t0;
  const logged = c.prepare("SELECT COUNT(*) FROM analytics_changes").pluck().get() as number;
  c.close();
  for (const f of [FILE, `${FILE}-wal`, `${FILE}-shm`]) fs.rmSync(f, { force: true });
  return { postsPerSecond: POSTS / postsSeconds, phraseMs, logged };
}

console.log(
  `== change log write cost: ${POSTS.toLocaleString("en-US")} posts, ${ROUNDS} alternating rounds ==`,
);
const results = { with: [] as ReturnType<typeof run>[], without: [] as ReturnType<typeof run>[] };
for (let i = 0; i < ROUNDS; i++) {
  for (const withLog of [true, false]) {
    const r = run(withLog);
    (withLog ? results.with : results.without).push(r);
    console.log(
      `  ${withLog ? "with   " : "without"} the log: ${r.postsPerSecond.toFixed(0)} posts/s, phrase hits ${r.phraseMs.toFixed(0)} ms, ${r.logged} changes logged`,
    );
  }
}
for (const [name, rs] of Object.entries(results))
  console.log(
    `${name.padEnd(7)} the log: ${median(rs.map((r) => r.postsPerSecond)).toFixed(0)} posts/s (median), phrase hits ${median(rs.map((r) => r.phraseMs)).toFixed(0)} ms (median)`,
  );
