// A unified diff of two texts, line by line (the format of `diff -u` and `git diff`), so that a
// reviewer reads a dictionary change between two versions as they read a pull request.
// Common leading and trailing lines are set aside first (an edit touches a few lines of a long
// file), then a longest common subsequence of the rest gives a shortest edit script.

/** Lines of context around each change, as `diff -u`. */
const CONTEXT = 3;

/**
 * When the differing middles of the two texts span more than this many line pairs, the middle is
 * shown as all removed then all added: still a correct diff, but finding the shortest one takes
 * a table of that many cells (8 MB at this bound, e.g. 2,000 x 2,000 lines).
 */
const MAX_CELLS = 4_000_000;

type Op = { kind: " " | "-" | "+"; line: string };

function lines(text: string): string[] {
  if (text === "") return [];
  const all = text.split("\n");
  if (all[all.length - 1] === "") all.pop();
  return all;
}

/** A longest common subsequence walk of a -> b (removals before additions), or null when too large. */
function lcsScript(a: readonly string[], b: readonly string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return null;
  const w = m + 1;
  // lcs[i * w + j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) ops.push({ kind: "-", line: a[i++]! });
    else ops.push({ kind: "+", line: b[j++]! });
  }
  while (i < n) ops.push({ kind: "-", line: a[i++]! });
  while (j < m) ops.push({ kind: "+", line: b[j++]! });
  return ops;
}

function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const middle = lcsScript(midA, midB) ?? [
    ...midA.map((line): Op => ({ kind: "-", line })),
    ...midB.map((line): Op => ({ kind: "+", line })),
  ];
  return [
    ...a.slice(0, start).map((line): Op => ({ kind: " ", line })),
    ...middle,
    ...a.slice(endA).map((line): Op => ({ kind: " ", line })),
  ];
}

function range(start: number, count: number): string {
  // diff -u: a range of one line is just its number; an empty range names the line before it.
  if (count === 1) return String(start);
  return `${count === 0 ? start - 1 : start},${count}`;
}

/**
 * The unified diff of `before` -> `after`, headed `--- fromLabel` / `+++ toLabel`, with three
 * lines of context. Two equal texts give the two header lines alone.
 */
export function unifiedDiff(before: string, after: string, fromLabel: string, toLabel: string): string {
  const ops = editScript(lines(before), lines(after));
  const out = [`--- ${fromLabel}`, `+++ ${toLabel}`];
  // Line numbers (1-based) in each text before each op.
  const posA: number[] = [];
  const posB: number[] = [];
  let la = 1;
  let lb = 1;
  for (const op of ops) {
    posA.push(la);
    posB.push(lb);
    if (op.kind !== "+") la++;
    if (op.kind !== "-") lb++;
  }
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === " ") {
      i++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
    // is at most 2 * CONTEXT unchanged lines from the previous one.
    const first = Math.max(0, i - CONTEXT);
    let last = i;
    let j = i;
    while (j < ops.length) {
      if (ops[j]!.kind !== " ") {
        last = j;
        j++;
        continue;
      }
      let run = j;
      while (run < ops.length && ops[run]!.kind === " ") run++;
      if (run < ops.length && run - j <= 2 * CONTEXT) {
        j = run;
        continue;
      }
      break;
    }
    const end = Math.min(ops.length, last + 1 + CONTEXT);
    const hunk = ops.slice(first, end);
    const countA = hunk.filter((op) => op.kind !== "+").length;
    const countB = hunk.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${range(posA[first]!, countA)} +${range(posB[first]!, countB)} @@`);
    for (const op of hunk) out.push(`${op.kind}${op.line}`);
    i = end;
  }
  return `${out.join("\n")}\n`;
}
