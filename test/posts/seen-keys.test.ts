import { describe, expect, it } from "vitest";
import { SeenKeys } from "../../src/posts/import/seen-keys";

describe("keys seen in one import", () => {
  it("gives the first line of every key met before, across the table's growth, and nothing for new keys", () => {
    const seen = new SeenKeys();
    const n = 200_000;
    const id = (i: number) => (Math.imul(i, 2654435761) >>> 0).toString(16).padStart(12, "0");
    for (let i = 0; i < n; i++) expect(seen.firstLine("src", id(i), i + 2)).toBeNull();
    expect(seen.size).toBe(n);
    for (let i = 0; i < n; i += 997) expect(seen.firstLine("src", id(i), n + i)).toBe(i + 2);
    // The same id in another source, and ids not seen, are new.
    expect(seen.firstLine("other", id(5), 1)).toBeNull();
    for (let i = n; i < n + 1000; i++) expect(seen.firstLine("src", id(i), i + 2)).toBeNull();
    expect(seen.size).toBe(n + 1001);
  });
});
