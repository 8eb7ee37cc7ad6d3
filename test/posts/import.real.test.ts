// The real posts file imports completely, idempotently, and a damaged copy loses only its damage.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { listRejects } from "../../src/posts/post.repository";
import { hasRealData, POSTS_CSV } from "../helpers/real-data";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

type Row = Record<string, string>;

function countBy(rows: Row[], key: (r: Row) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + 1;
  return out;
}

function csvCell(v: string): string {
  return /[",\n\r]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v;
}

describe.skipIf(!hasRealData)("importing the real posts.csv", () => {
  let rows: Row[];
  let header: string[];
  let rt: TestRuntime;

  beforeAll(async () => {
    const text = fs.readFileSync(POSTS_CSV, "utf8");
    rows = parse(text, { columns: true }) as Row[];
    header = Object.keys(rows[0]!);
    rt = testRuntime();
    await rt.importFile(POSTS_CSV);
  });

  it("stores every post, with the counts per source and per category of the file", () => {
    const c = rt.db.$client;
    expect((c.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number }).n).toBe(rows.length);
    const bySource = Object.fromEntries(
      (
        c.prepare("SELECT source, COUNT(*) AS n FROM posts GROUP BY source").all() as {
          source: string;
          n: number;
        }[]
      ).map((r) => [r.source, r.n]),
    );
    expect(bySource).toEqual(countBy(rows, (r) => r.source!));
    const byCategory = Object.fromEntries(
      (
        c
          .prepare(
            "SELECT COALESCE(c.name, '') AS name, COUNT(*) AS n FROM posts p LEFT JOIN categories c ON c.id = p.category_id GROUP BY 1",
          )
          .all() as { name: string; n: number }[]
      ).map((r) => [r.name, r.n]),
    );
    // Posts that carry only a subcategory get its category.
    const expected = countBy(rows, (r) => r.category!);
    const subOnly = rows.filter((r) => !r.category && r.subcategory).length;
    expected[""] = expected[""]! - subOnly;
    expect(byCategory[""]).toBe(expected[""]);
    for (const [name, n] of Object.entries(expected))
      if (name) expect(byCategory[name]).toBeGreaterThanOrEqual(n);
    expect(Object.values(byCategory).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });

  it("keeps skills, dates and derived values as in the file", () => {
    const c = rt.db.$client;
    const tagged = rows.filter((r) => r.skills).length;
    expect((c.prepare("SELECT COUNT(DISTINCT post_id) AS n FROM post_skills").get() as { n: number }).n).toBe(
      tagged,
    );
    const dated = rows.filter((r) => r.posted_at).length;
    expect(
      (c.prepare("SELECT COUNT(*) AS n FROM posts WHERE posted_at IS NOT NULL").get() as { n: number }).n,
    ).toBe(dated);
    const fixedWithBudget = rows.filter(
      (r) => r.contract_type === "fixed" && Number(r.fixed_budget) > 0,
    ).length;
    expect(
      (
        c
          .prepare(
            "SELECT COUNT(*) AS n FROM posts WHERE contract_type = 'fixed' AND projected_value IS NOT NULL",
          )
          .get() as {
          n: number;
        }
      ).n,
    ).toBe(fixedWithBudget);
  });

  it("inserts nothing and duplicates nothing when the same file is imported again", async () => {
    const again = await rt.importFile(POSTS_CSV);
    expect(again).toMatchObject({
      rowsRead: rows.length,
      inserted: 0,
      updated: 0,
      unchanged: rows.length,
      rejected: 0,
    });
    expect(again.unknownColumns).toEqual(["search_track", "source_ref"]);
    expect((rt.db.$client.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number }).n).toBe(
      rows.length,
    );
  });

  it("refuses exactly the damaged rows of a damaged copy, with line and reason, and lands every other row", async () => {
    const damage: Record<number, { reason: RegExp; line?: number; write: (r: Row) => string }> = {};
    const plain = (r: Row) => header.map((h) => csvCell(r[h] ?? "")).join(",");
    const withField = (field: string, value: string) => (r: Row) => plain({ ...r, [field]: value });
    damage[100] = { reason: /^missing title$/u, write: withField("title", "") };
    damage[2000] = {
      reason: /^unparseable date 'yesterday' in posted_at$/u,
      write: withField("posted_at", "yesterday"),
    };
    damage[3000] = { reason: /^negative fixed_budget -250$/u, write: withField("fixed_budget", "-250") };
    damage[4000] = {
      reason: /^unknown category 'Underwater Basket Weaving'/u,
      write: withField("category", "Underwater Basket Weaving"),
    };
    damage[5000] = {
      reason: /^broken quote/u,
      write: (r) => plain(r).replace(/^([^,]*),([^,]*),/u, '$1,$2,bad "quote" '),
    };
    damage[6000] = {
      reason: /^wrong number of fields: expected 19, found 18$/u,
      write: (r) => plain(r).replace(/,[^,]*$/u, ""),
    };
    // An opening quote that is never closed swallows the following lines until the reader recovers.
    damage[7000] = {
      reason: /^broken quote/u,
      write: (r) => plain({ ...r, title: "" }).replace(/^([^,]*),([^,]*),/u, '$1,$2,"Unclosed '),
    };

    let line = 2;
    const out: string[] = [header.join(",")];
    rows.forEach((r, i) => {
      const d = damage[i];
      const text = d ? d.write(r) : plain(r);
      if (d) d.line = line;
      out.push(text);
      line += text.split("\n").length;
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "frontier-")), "damaged.csv");
    fs.writeFileSync(file, out.join("\n") + "\n");

    const damaged = testRuntime();
    const summary = await damaged.importFile(file);
    const damagedIds = new Set(Object.keys(damage).map((i) => rows[Number(i)]!.id));
    const rejects = listRejects(damaged.db, summary.batchId);
    expect(rejects.map((r) => r.line)).toEqual(Object.values(damage).map((d) => d.line));
    Object.values(damage).forEach((d, i) => expect(rejects[i]!.reason).toMatch(d.reason));
    expect(summary.rejected).toBe(Object.keys(damage).length);
    expect(summary.inserted).toBe(rows.length - Object.keys(damage).length);
    const stored = new Set(
      (damaged.db.$client.prepare("SELECT external_id AS id FROM posts").all() as { id: string }[]).map(
        (r) => r.id,
      ),
    );
    for (const r of rows) expect(stored.has(r.id!)).toBe(!damagedIds.has(r.id!));
  });
});
