// The dictionary's history: the log pages, each version's dictionary is exact, and a revert
// restores an old dictionary (phrases included) as a logged edit of its own.
import { GraphQLError } from "graphql";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { applyEdit, type TaxonomyOp } from "../../src/taxonomy/taxonomy-edit.service";
import { bucketPostCounts } from "../../src/taxonomy/taxonomy-edit.repository";
import { changesSince, dictionaryAtVersion, dictionaryVersion } from "../../src/taxonomy/taxonomy-history";
import { currentVersion, readDictionary } from "../../src/taxonomy/taxonomy.repository";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import { smallDb, smallTaxonomy } from "./edit-fixture";

let db: Db;
beforeEach(async () => {
  db = await smallDb();
});

const edit = (op: TaxonomyOp, actor = "key:1 (editor)") => applyEdit(db, actor, currentVersion(db), op);
const count = (bucket: string) => bucketPostCounts(db, {}).get(bucket)?.posts ?? 0;

describe("taxonomy history", () => {
  it("shows the dictionary exactly as it was at every version", () => {
    const seen = [readDictionary(db)];
    edit({ op: "createBucket", name: "Agents" });
    seen.push(readDictionary(db));
    edit({ op: "moveSkill", skillId: "chatbots", bucketId: "agents" });
    seen.push(readDictionary(db));
    edit({ op: "addAlias", skillId: "chatbots", alias: "ai agent", kind: "phrase" });
    seen.push(readDictionary(db));
    edit({ op: "deleteBucket", bucketId: "nlp", cascade: true });
    seen.push(readDictionary(db));

    expect(currentVersion(db)).toBe(5);
    seen.forEach((dictionary, i) => expect(dictionaryAtVersion(db, i + 1)).toEqual(dictionary));
    expect(dictionaryAtVersion(db, 1)).toEqual(smallTaxonomy().buckets);
    expect(dictionaryVersion(db, 0)).toEqual({ version: 0, at: null, buckets: [] });
  });

  it("refuses a version that does not exist yet with NOT_FOUND and the current version", () => {
    expect(() => dictionaryAtVersion(db, 2)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "NOT_FOUND", currentVersion: 1 }),
      }),
    );
    expect(() => dictionaryAtVersion(db, -1)).toThrow(GraphQLError);
  });

  it("pages the change log oldest first, from a version on", () => {
    for (const name of ["A", "B", "C", "D"]) edit({ op: "createBucket", name });
    const first = changesSince(db, 0, 0, 2);
    expect(first.totalCount).toBe(5);
    expect(first.changes.map((c) => c.version)).toEqual([1, 2]);
    expect(first.hasNextPage).toBe(true);
    const rest = changesSince(db, 0, 2, 10);
    expect(rest.changes.map((c) => [c.version, c.operation])).toEqual([
      [3, "createBucket"],
      [4, "createBucket"],
      [5, "createBucket"],
    ]);
    expect(rest.hasNextPage).toBe(false);
    const since = changesSince(db, 3, 0, 10);
    expect(since.totalCount).toBe(2);
    expect(since.changes.map((c) => JSON.parse(c.after ?? "null"))).toEqual([
      { bucket: { id: "c", name: "C" } },
      { bucket: { id: "d", name: "D" } },
    ]);
  });

  it("reverts to an old version as a logged edit, and the counts follow", () => {
    const v1 = readDictionary(db);
    edit({ op: "moveSkill", skillId: "chatbots", bucketId: "ml" });
    edit({ op: "deleteSkill", skillId: "sentiment-analysis" });
    expect(count("conversational-ai")).toBe(0);

    const r = edit({ op: "revertTaxonomy", toVersion: 1 }, "key:9 (admin)");
    expect(r).toMatchObject({ version: 4, operation: "revertTaxonomy", actor: "key:9 (admin)" });
    expect(readDictionary(db)).toEqual(v1);
    expect(count("conversational-ai")).toBe(3);
    expect(count("nlp")).toBe(2);
    const log = changesSince(db, 3, 0, 10).changes[0];
    expect(JSON.parse(log?.after ?? "null")).toMatchObject({ toVersion: 1 });
    // The state before the revert is still there to go back to.
    edit({ op: "revertTaxonomy", toVersion: 3 }, "key:9 (admin)");
    expect(count("conversational-ai")).toBe(0);
  });

  it("indexes, on revert, the phrases the old version has over every post", () => {
    edit({ op: "createSkill", bucketId: "nlp", name: "RAG" });
    edit({ op: "addAlias", skillId: "rag", alias: "retrieval augmented generation", kind: "phrase" });
    const withRag = currentVersion(db);
    expect(count("nlp")).toBe(4);
    edit({ op: "deleteSkill", skillId: "rag" });
    // Forget the phrase's hits entirely, as if it had never been indexed.
    db.$client.prepare("DELETE FROM phrase_hits WHERE phrase = ?").run("retrieval augmented generation");
    expect(count("nlp")).toBe(2);
    edit({ op: "revertTaxonomy", toVersion: withRag });
    expect(count("nlp")).toBe(4);
  });

  it("refuses to revert to the current version or to the empty version 0", () => {
    expect(() => edit({ op: "revertTaxonomy", toVersion: 1 })).toThrow(/already at version 1/);
    expect(() => edit({ op: "revertTaxonomy", toVersion: 0 })).toThrow(/Version 0/);
  });

  it("logs a changed skills file at start-up as one edit, with its snapshot", () => {
    edit({ op: "createBucket", name: "Agents" });
    const files = smallTaxonomy();
    files.buckets[0]!.name = "Chat AI";
    const result = syncTaxonomy(db, files);
    expect(result).toEqual({ version: 3, loadedDictionary: true });
    expect(dictionaryAtVersion(db, 3)).toEqual(files.buckets);
    expect(dictionaryAtVersion(db, 2).map((b) => b.id)).toContain("agents");
  });
});
