// Writes a Taxonomy back to taxonomy/*.yaml in exactly the style the committed files use, so
// that load then export gives byte-identical files and an edit shows as a small, reviewable diff.
// Notes for editors live in a fixed header per file: comments among the entries would not
// survive a load and export.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { TAXONOMY_FILES } from "./taxonomy.files";
import type {
  BucketDef,
  CategoryDef,
  KeywordTerm,
  ProjectedValueDef,
  Taxonomy,
  TechnologyDef,
} from "./taxonomy.model";

const CATEGORIES_HEADER = `
Upwork's 12 work categories and their subcategories (see taxonomy/README.md for the format).
Order is the order of reports. "technical" marks the four technical categories of the study:
Data Science & Analytics; Engineering & Architecture; IT & Networking; Web, Mobile & Software Dev.
Subcategories: every subcategory that occurs in ../shared/data/posts.csv and labeled.csv under
its category, sorted by name. A subcategory name is unique across categories, so a post that
has only a subcategory still gets its category. Two occur in the data with an empty category
and are placed by judgment: "Ecommerce Management" under Admin Support (store operations work,
like Dropshipping & Order Processing) and "Product Management" under Web, Mobile & Software Dev
(software product work, beside Agile Leadership and Scrum Leadership).
Written by \`npm run export-taxonomy\`; edit freely, but notes belong in this header.
`;

const TECHNOLOGIES_HEADER = `
Keyword rules that select candidate posts per technology; a trained model then removes false
positives (DESIGN.md, "Select" and "Classify"). So the rules aim at recall, not precision.
Matching: text = title + skills + description; a term matches on word boundaries (letters,
digits and + # . count as word characters around it); a plain term ignores case, a term written
{ term: X, caseSensitive: true } must match case exactly. Spans matched by an exclude term are
masked first; a post is a candidate when an include term fires in the rest of the text.
"AI" ignores case on purpose: whole-word "ai"/"Ai" is almost always artificial intelligence,
while Adobe Illustrator file forms ("AI file", "AI/EPS", "AI, EPS", ...) are excluded.
"ML" is case-sensitive so that "ml" (millilitres) does not fire.
Measured against ../shared/data/labeled.csv (hand labels) and posts.csv (41,886 posts):
  ai:    recall of positives 98.8% (1431/1448); candidates 7.2% of posts.csv (3000);
         15.0% of labeled negatives match (431/2873)
  cloud: recall 99.5% (390/392); candidates 4.4% (1863); 14.3% of negatives match (561/3929)
  rpa:   recall 97.4% (294/302); candidates 5.7% (2372); 22.6% of negatives match (910/4019)
Misses are mostly posts whose only AI word is glued to a domain (Pictory.ai), a sentence-final
"ChatGPT." (the dot is a word character), or posts with no technology word at all.
Written by \`npm run export-taxonomy\`; re-measure and update these numbers when rules change.
`;

const PROJECTED_VALUE_HEADER = `
Expected hours per week (by the post's workload) and weeks (by its duration), used to project
the value of an hourly post: midpoint hourly rate x hoursPerWeek x weeks. null = unknown, and
the post's projected value is then unknown too. Values are midpoints of Upwork's ranges, with
4.345 weeks per month (52.14 / 12):
  Less than 30 hrs/week -> 15 (midpoint of 0-30); 30+ hrs/week -> 35 (midpoint of 30-40, a
  full-time week); Hours to be determined, not_sure -> null (the client did not say).
  Less than 1 month -> 2 weeks (about half of a month); 1 to 3 months -> 8.7 (2 months);
  3 to 6 months -> 19.5 (4.5 months); More than 6 months -> 39 (9 months, the midpoint of 6-12).
Written by \`npm run export-taxonomy\`; edit freely, but notes belong in this header.
`;

const SKILLS_HEADER = `
The gen-AI skill dictionary: buckets (the study's Figure 3 groups) of skills; each skill has
"tags", normalized skill tags of posts (lower case, single spaces; see normalizeTag), and
"phrases", normalized phrases searched in titles and descriptions on word boundaries. A tag or
phrase belongs to one skill only (a skill may list the same text as tag and as phrase).
A skill's name always matches as a tag: the loader puts the normalized name first among its tags
when it is missing, and refuses a name that is another skill's tag or phrase (on the real posts
no tag equals a name that was not already a tag, so this changed no count when it was added).
Phrases must be specific to AI work: no bare "bot", "model" or "chatbot" (rule-based bots are
not AI under the labeling guidelines). Generic tags such as "artificial intelligence" and
"data science" are deliberately left out: they say nothing about which skill is in demand.
Coverage, measured against ../shared/data/labeled.csv: 89.6% of the AI-labeled posts
(1297/1448) have at least one tag or phrase of this dictionary; 12.2% of the non-AI posts
(351/2873) do too (mostly "machine learning", AI app and chatbot tags on posts labeled
not AI), which is why bucket demand should be scoped to a technology. Most uncovered AI posts
only say "AI-powered X app" with no skill named.
Written by \`npm run export-taxonomy\`; edit freely, but notes belong in this header.
`;

function header(text: string): string {
  return text
    .trim()
    .split("\n")
    .map((line) => (line === "" ? "#" : `# ${line}`))
    .join("\n");
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/u;

const SIMPLE = /^[\p{L}][\p{L}\p{N} .,&/+()'_-]*(?<! )$/u;

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function parsesBackAs(text: string, expected: string): boolean {
  try {
    return parse(text) === expected;
  } catch {
    return false;
  }
}

/**
 * A string as a YAML scalar: plain when that reads back as the same string, else quoted.
 * In flow context (inside `{ }`) commas and brackets also force quotes.
 */
export function yamlScalar(value: string, flow = false): string {
  // Fast path for the common case (most names and aliases): a letter, then letters, digits,
  // spaces and harmless punctuation. Only true, false and null read back as something else.
  if (SIMPLE.test(value) && !/^(?:true|false|null)$/iu.test(value) && !(flow && value.includes(","))) {
    return value;
  }
  const plain =
    value !== "" &&
    !INDICATOR_START.test(value) &&
    !/\s$/u.test(value) &&
    !hasControlCharacter(value) &&
    !value.includes(": ") &&
    !value.includes(" #") &&
    !value.endsWith(":") &&
    !(flow && /[,[\]{}]/u.test(value)) &&
    parsesBackAs(value, value);
  if (plain) return value;
  // Prettier rewrites a double-quoted string that contains '"' and no other escape as single-quoted;
  // do the same so that `prettier --write` leaves exported files unchanged.
  if (value.includes('"') && !hasControlCharacter(value) && !value.includes("\\")) {
    return `'${value.replaceAll("'", "''")}'`;
  }
  return JSON.stringify(value);
}

function stringList(key: string, items: readonly string[], indent: string): string[] {
  if (items.length === 0) return [`${indent}${key}: []`];
  return [`${indent}${key}:`, ...items.map((item) => `${indent}  - ${yamlScalar(item)}`)];
}

function termList(key: string, terms: readonly KeywordTerm[], indent: string): string[] {
  if (terms.length === 0) return [`${indent}${key}: []`];
  return [
    `${indent}${key}:`,
    ...terms.map((t) =>
      t.caseSensitive
        ? `${indent}  - { term: ${yamlScalar(t.term, true)}, caseSensitive: true }`
        : `${indent}  - ${yamlScalar(t.term)}`,
    ),
  ];
}

function numberOrNull(value: number | null): string {
  return value === null ? "null" : String(value);
}

function renderCategories(categories: readonly CategoryDef[]): string[] {
  return [
    "categories:",
    ...categories.flatMap((c) => [
      `  - id: ${yamlScalar(c.id)}`,
      `    name: ${yamlScalar(c.name)}`,
      `    technical: ${c.technical}`,
      ...stringList("subcategories", c.subcategories, "    "),
    ]),
  ];
}

function renderTechnologies(technologies: readonly TechnologyDef[]): string[] {
  return [
    "technologies:",
    ...technologies.flatMap((t) => [
      `  - id: ${yamlScalar(t.id)}`,
      `    name: ${yamlScalar(t.name)}`,
      ...termList("include", t.include, "    "),
      ...termList("exclude", t.exclude, "    "),
    ]),
  ];
}

function renderTable(key: string, table: Record<string, number | null>): string[] {
  const entries = Object.entries(table);
  if (entries.length === 0) return [`${key}: {}`];
  return [`${key}:`, ...entries.map(([name, value]) => `  ${yamlScalar(name)}: ${numberOrNull(value)}`)];
}

function renderProjectedValue(pv: ProjectedValueDef): string[] {
  return [...renderTable("hoursPerWeek", pv.hoursPerWeek), ...renderTable("weeks", pv.weeks)];
}

function renderBuckets(buckets: readonly BucketDef[]): string[] {
  return [
    "buckets:",
    ...buckets.flatMap((b) => [
      `  - id: ${yamlScalar(b.id)}`,
      `    name: ${yamlScalar(b.name)}`,
      ...(b.skills.length === 0
        ? ["    skills: []"]
        : [
            "    skills:",
            ...b.skills.flatMap((s) => [
              `      - id: ${yamlScalar(s.id)}`,
              `        name: ${yamlScalar(s.name)}`,
              ...stringList("tags", s.tags, "        "),
              ...stringList("phrases", s.phrases, "        "),
            ]),
          ]),
    ]),
  ];
}

function file(headerText: string, body: string[]): string {
  return `${header(headerText)}\n\n${body.join("\n")}\n`;
}

/** The skill dictionary as the text of `taxonomy/skills.yaml` (the loader's format and order). */
export function renderDictionaryFile(buckets: readonly BucketDef[]): string {
  return file(SKILLS_HEADER, renderBuckets(buckets));
}

/** File name -> YAML text for the four taxonomy files, in the loader's format and order. */
export function renderTaxonomyFiles(t: Taxonomy): Record<string, string> {
  return {
    [TAXONOMY_FILES.categories]: file(CATEGORIES_HEADER, renderCategories(t.categories)),
    [TAXONOMY_FILES.technologies]: file(TECHNOLOGIES_HEADER, renderTechnologies(t.technologies)),
    [TAXONOMY_FILES.projectedValue]: file(PROJECTED_VALUE_HEADER, renderProjectedValue(t.projectedValue)),
    [TAXONOMY_FILES.skills]: renderDictionaryFile(t.buckets),
  };
}

/** Writes the four taxonomy files into `dir` (created when missing), replacing what is there. */
export function writeTaxonomyFiles(t: Taxonomy, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(renderTaxonomyFiles(t))) {
    writeFileSync(path.join(dir, name), text, "utf8");
  }
}
