// Applies a unified diff to a text, checking every context and removed line: what `patch` does.
import { expect } from "vitest";

/** Applies a unified diff to `text` (hunks in order, context checked), as `patch` would. */
export function applyPatch(text: string, diff: string): string {
  const source = text === "" ? [] : text.replace(/\n$/u, "").split("\n");
  const out: string[] = [];
  let next = 0; // index in source of the next line not yet copied
  const lines = diff.replace(/\n$/u, "").split("\n").slice(2);
  for (let i = 0; i < lines.length;) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/u.exec(lines[i]!);
    if (!header) throw new Error(`not a hunk header: ${lines[i]}`);
    const count = header[2] === undefined ? 1 : Number(header[2]);
    const start = count === 0 ? Number(header[1]) : Number(header[1]) - 1;
    while (next < start) out.push(source[next++]!);
    i++;
    while (i < lines.length && !lines[i]!.startsWith("@@")) {
      const line = lines[i]!;
      const body = line.slice(1);
      if (line[0] === "+") out.push(body);
      else {
        expect(source[next], `line ${next + 1}`).toBe(body);
        if (line[0] === " ") out.push(body);
        next++;
      }
      i++;
    }
  }
  while (next < source.length) out.push(source[next++]!);
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
