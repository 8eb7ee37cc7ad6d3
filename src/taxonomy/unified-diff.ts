// A unified diff of two texts, line by line (the format of `diff -u` and `git diff`), so that a
// reviewer reads a dictionary change between two versions as they read a pull request. The diff
// itself is jsdiff's (the `diff` package); this fixes its format: file headers only, 3 lines of
// context.
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";

/** `--- fromLabel` / `+++ toLabel`, then one `@@` hunk per group of changes (none for equal texts). */
export function unifiedDiff(before: string, after: string, fromLabel: string, toLabel: string): string {
  return createTwoFilesPatch(fromLabel, toLabel, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
