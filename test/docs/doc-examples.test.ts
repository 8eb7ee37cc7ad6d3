// How examples are found in a Markdown document (the conventions the docs test relies on).
import { describe, expect, it } from "vitest";
import { docExamples } from "./doc-examples";

const FENCE = "```";

const SAMPLE = [
  "# Title",
  "",
  `${FENCE}graphql`,
  "{ categories { id } }",
  FENCE,
  "",
  `${FENCE}graphql`,
  "query Posts($first: Int) { posts(first: $first) { totalCount } }",
  FENCE,
  "",
  "Variables:",
  "",
  `${FENCE}json`,
  '{ "first": 2 }',
  FENCE,
  "",
  "<!-- not-run: needs a post id from your own data -->",
  "",
  `${FENCE}graphql`,
  '{ post(id: "mine:1") { id } }',
  FENCE,
  "",
  `${FENCE}sh`,
  "npm run keys -- create --role editor # not an API call",
  "curl -s http://localhost:4000/graphql \\",
  "  -H 'Content-Type: application/json' \\",
  `  -d '{"query":"{ categories {`,
  `     id } }"}'`,
  "curl -s http://localhost:4000/healthz # it's up",
  FENCE,
  "",
  FENCE,
  "http://localhost:4000/export.csv?query=%7B%20categories%20%7B%20id%20%7D%20%7D",
  FENCE,
  "",
  FENCE,
  "GET /export.csv?query=<query>",
  FENCE,
  "",
  `${FENCE}json`,
  '{ "not": "variables of anything" }',
  FENCE,
].join("\n");

describe("docExamples", () => {
  const { examples, skipped } = docExamples(SAMPLE);

  it("finds GraphQL blocks, curl commands and bare URLs in document order, with their lines", () => {
    expect(examples.map((e) => [e.kind, e.line])).toEqual([
      ["graphql", 3],
      ["graphql", 7],
      ["curl", 23],
      ["curl", 23],
      ["url", 32],
    ]);
  });

  it("takes a json block right after a GraphQL block (a 'Variables:' line between) as its variables", () => {
    expect(examples[0]).toMatchObject({ kind: "graphql", variables: undefined });
    expect(examples[1]).toMatchObject({ kind: "graphql", variables: { first: 2 } });
  });

  it("joins a command continued by backslashes or an open quote, and stops at a comment", () => {
    expect(examples[2]).toMatchObject({ kind: "curl" });
    const command = (examples[2] as { command: string }).command;
    expect(command.split("\n")).toHaveLength(4);
    expect(command).toMatch(/id \} \}"\}'$/u);
    expect((examples[3] as { command: string }).command).toBe(
      "curl -s http://localhost:4000/healthz # it's up",
    );
  });

  it("skips a block after a not-run marker and keeps its reason", () => {
    expect(skipped).toEqual([{ line: 19, reason: "needs a post id from your own data" }]);
  });

  it("refuses a marker without a reason", () => {
    expect(() => docExamples(`<!-- not-run: -->\n${FENCE}graphql\n{ x }\n${FENCE}\n`)).toThrow(
      /needs a reason/u,
    );
  });
});
