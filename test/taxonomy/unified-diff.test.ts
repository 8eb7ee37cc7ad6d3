// The unified diff of two dictionary exports: what `diff -u` would print, and a patch that
// turns the first text into the second.
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/taxonomy/unified-diff";
import { applyPatch } from "../helpers/unified-patch";

const numbered = (n: number, edit: (i: number) => string | null = (i) => `line ${i}`) =>
  Array.from({ length: n }, (_, i) => edit(i + 1))
    .filter((l): l is string => l !== null)
    .map((l) => `${l}\n`)
    .join("");

describe("unifiedDiff", () => {
  it("prints only the two header lines for equal texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n", "v1", "v2")).toBe("--- v1\n+++ v2\n");
  });

  it("prints a changed line with three lines of context, as diff -u does", () => {
    const before = numbered(10);
    const after = numbered(10, (i) => (i === 5 ? "line five" : `line ${i}`));
    expect(unifiedDiff(before, after, "a", "b")).toBe(
      [
        "--- a",
        "+++ b",
        "@@ -2,7 +2,7 @@",
        " line 2",
        " line 3",
        " line 4",
        "-line 5",
        "+line five",
        " line 6",
        " line 7",
        " line 8",
        "",
      ].join("\n"),
    );
  });

  it("joins changes that are at most six unchanged lines apart into one hunk, and splits farther ones", () => {
    const near = unifiedDiff(
      numbered(30),
      numbered(30, (i) => (i === 5 || i === 11 ? `x${i}` : `line ${i}`)),
      "a",
      "b",
    );
    expect(near.match(/^@@/gmu)).toHaveLength(1);
    const far = unifiedDiff(
      numbered(30),
      numbered(30, (i) => (i === 5 || i === 20 ? `x${i}` : `line ${i}`)),
      "a",
      "b",
    );
    expect(far.match(/^@@/gmu)).toHaveLength(2);
  });

  it("names the line before an insertion at the start of a file, and the empty range as 0,0", () => {
    expect(unifiedDiff("", "a\nb\n", "a", "b")).toBe("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    // A one-line range is written with its count ("1,1"); diff -u omits it; patch reads both.
    expect(unifiedDiff("a\n", "", "a", "b")).toBe("--- a\n+++ b\n@@ -1,1 +0,0 @@\n-a\n");
  });

  it.each([
    ["an insertion", numbered(50), numbered(50, (i) => (i === 20 ? "line 20\nnew" : `line ${i}`))],
    ["a deletion", numbered(50), numbered(50, (i) => (i === 20 || i === 21 ? null : `line ${i}`))],
    [
      "a move",
      numbered(50),
      numbered(50, (i) => (i === 3 ? null : i === 40 ? "line 40\nline 3" : `line ${i}`)),
    ],
    [
      "scattered edits",
      numbered(200),
      numbered(200, (i) => (i % 7 === 0 ? null : i % 11 === 0 ? `x${i}` : `line ${i}`)),
    ],
    ["everything replaced", numbered(20), numbered(30, (i) => `other ${i}`)],
    ["a change past the search bound", numbered(3000), numbered(3000, (i) => `other ${i}`)],
  ])("gives a patch that turns the first text into the second: %s", (_name, before, after) => {
    const diff = unifiedDiff(before, after, "a", "b");
    expect(applyPatch(before, diff)).toBe(after);
  });

  it("finds a shortest edit: one moved line is one removal and one addition", () => {
    const after = numbered(50, (i) => (i === 3 ? null : i === 40 ? "line 40\nline 3" : `line ${i}`));
    const diff = unifiedDiff(numbered(50), after, "a", "b");
    expect(diff.match(/^[-+](?![-+]{2} )/gmu)).toHaveLength(2);
  });
});
