// Finds the examples of a Markdown document that can run against the API, in document order.
// The conventions (also in README.md, "Documentation"):
// - every ```graphql block runs, one operation at a time (the block's fragments go with each);
// - a ```json block right after it (blank lines, or one line starting "Variables", between)
//   holds the variables of its operations;
// - in ```sh / ```bash blocks, every `curl` command that calls http://localhost:4000 runs;
//   other shell lines do not;
// - a fenced block that holds nothing but one http://localhost:4000/... URL is fetched (GET);
// - `<!-- not-run: reason -->` on the line before a block (blank lines allowed between) skips
//   it; the reason is required.

export const DOC_HOST = "http://localhost:4000";

interface Located {
  /** 1-based line of the opening fence. */
  line: number;
}

export type DocExample = Located &
  (
    | { kind: "graphql"; text: string; variables?: Record<string, unknown> }
    | { kind: "curl"; command: string }
    | { kind: "url"; url: string }
  );

export interface SkippedBlock extends Located {
  reason: string;
}

interface Fence {
  line: number;
  lang: string;
  body: string;
  /** Index (0-based) of the closing fence's line. */
  end: number;
  skip: string | null;
}

const NOT_RUN = /^<!--\s*not-run:\s*(.*?)\s*-->$/u;

function fences(lines: string[]): Fence[] {
  const found: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```\s*([\w-]*)/u.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/u.test(lines[end]!)) end++;
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === "") before--;
    const marker = before >= 0 ? NOT_RUN.exec(lines[before]!.trim()) : null;
    const indent = open[1]!.length;
    found.push({
      line: i + 1,
      lang: open[2]!.toLowerCase(),
      body: lines
        .slice(i + 1, end)
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
        .join("\n"),
      end,
      skip: marker ? marker[1]! : null,
    });
    i = end;
  }
  return found;
}

/** Whether the lines between two fences let the second one be the first one's variables. */
function isVariablesGap(lines: string[]): boolean {
  const text = lines.filter((l) => l.trim() !== "");
  return text.length === 0 || (text.length === 1 && /^variables\b/iu.test(text[0]!.trim()));
}

/** Shell commands of a block: continued lines (a trailing \ or an open single quote) joined. */
function shellCommands(body: string): string[] {
  const commands: string[] = [];
  let current = "";
  let quoted = false;
  for (const line of body.split("\n")) {
    current = current === "" ? line : `${current}\n${line}`;
    let double = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === "'" && !double) quoted = !quoted;
      else if (ch === '"' && !quoted) double = !double;
      else if (ch === "#" && !quoted && !double && (i === 0 || /\s/u.test(line[i - 1]!))) break; // a comment
    }
    if (quoted || /\\\s*$/u.test(line)) continue;
    commands.push(current.trim());
    current = "";
  }
  if (current.trim() !== "") commands.push(current.trim());
  return commands;
}

export function docExamples(markdown: string): { examples: DocExample[]; skipped: SkippedBlock[] } {
  const lines = markdown.split("\n");
  const all = fences(lines);
  const examples: DocExample[] = [];
  const skipped: SkippedBlock[] = [];
  const variablesBlocks = new Set<Fence>();
  all.forEach((fence, index) => {
    if (variablesBlocks.has(fence)) return;
    const runnable =
      fence.lang === "graphql" ||
      (["sh", "bash", "shell"].includes(fence.lang) && fence.body.includes(DOC_HOST)) ||
      (fence.lang === "" && fence.body.trim().startsWith(`${DOC_HOST}/`) && !/\s/u.test(fence.body.trim()));
    if (!runnable) return;
    if (fence.skip !== null) {
      if (fence.skip === "") throw new Error(`line ${fence.line}: a not-run marker needs a reason`);
      skipped.push({ line: fence.line, reason: fence.skip });
      return;
    }
    if (fence.lang === "graphql") {
      const next = all[index + 1];
      let variables: Record<string, unknown> | undefined;
      if (next && next.lang === "json" && isVariablesGap(lines.slice(fence.end + 1, next.line - 1))) {
        variablesBlocks.add(next);
        const parsed: unknown = JSON.parse(next.body);
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
          throw new Error(`line ${next.line}: the variables block is not a JSON object`);
        variables = parsed as Record<string, unknown>;
      }
      examples.push({ line: fence.line, kind: "graphql", text: fence.body, variables });
    } else if (fence.lang === "") {
      examples.push({ line: fence.line, kind: "url", url: fence.body.trim() });
    } else {
      for (const command of shellCommands(fence.body)) {
        if (/^curl\s/u.test(command) && command.includes(DOC_HOST))
          examples.push({ line: fence.line, kind: "curl", command });
      }
    }
  });
  return { examples, skipped };
}
