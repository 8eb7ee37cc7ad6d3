// The taxonomy loader: the committed files load, cover the real data, and every kind of bad file
// stops loading with a message that names the file, the path of the bad field and the problem.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import {
  categoryByName,
  categoryOfSubcategory,
  DEFAULT_TAXONOMY_DIR,
  loadTaxonomy,
  TaxonomyFileError,
} from "../../src/taxonomy/taxonomy.files";

const DATA_DIR = path.resolve("..", "shared", "data");
const hasData =
  existsSync(path.join(DATA_DIR, "posts.csv")) && existsSync(path.join(DATA_DIR, "labeled.csv"));
if (!hasData)
  console.warn(`Skipping the real-data taxonomy checks: ${DATA_DIR}/posts.csv or labeled.csv is absent.`);

const tmp = mkdtempSync(path.join(os.tmpdir(), "frontier-taxonomy-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let copies = 0;

/** A copy of the committed taxonomy with one file replaced. */
function taxonomyWith(file: string, text: string): string {
  const dir = path.join(tmp, `case-${++copies}`);
  cpSync(DEFAULT_TAXONOMY_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, file), text, "utf8");
  return dir;
}

function loadError(dir: string): TaxonomyFileError {
  try {
    loadTaxonomy(dir);
  } catch (error) {
    if (error instanceof TaxonomyFileError) return error;
    throw error;
  }
  throw new Error("expected the taxonomy to be refused, but it loaded");
}

const GOOD_CATEGORY = `  - id: legal
    name: Legal
    technical: false
    subcategories:
      - Tax Law
`;

const GOOD_SKILL = `      - id: chatbot-development
        name: Chatbot development
        tags:
          - chatbot development
        phrases:
          - chatbot development
`;

describe("the committed taxonomy", () => {
  const taxonomy = loadTaxonomy(DEFAULT_TAXONOMY_DIR);

  it("loads the 12 work categories in the study's order, four of them technical", () => {
    expect(taxonomy.categories.map((c) => c.name)).toEqual([
      "Accounting & Consulting",
      "Admin Support",
      "Customer Service",
      "Data Science & Analytics",
      "Design & Creative",
      "Engineering & Architecture",
      "IT & Networking",
      "Legal",
      "Sales & Marketing",
      "Translation",
      "Web, Mobile & Software Dev",
      "Writing",
    ]);
    expect(taxonomy.categories.filter((c) => c.technical).map((c) => c.id)).toEqual([
      "data-science-analytics",
      "engineering-architecture",
      "it-networking",
      "web-mobile-software-dev",
    ]);
  });

  it("has keyword rules for ai, cloud and rpa, with the study's email exclusion for ai", () => {
    expect(taxonomy.technologies.map((t) => t.id)).toEqual(["ai", "cloud", "rpa"]);
    const ai = taxonomy.technologies.find((t) => t.id === "ai");
    expect(ai?.include).toContainEqual({ term: "artificial intelligence", caseSensitive: false });
    expect(ai?.include).toContainEqual({ term: "machine learning", caseSensitive: false });
    expect(ai?.exclude).toContainEqual({ term: "email", caseSensitive: false });
  });

  it("groups the study's example skills into the study's buckets", () => {
    const bucketOf = new Map<string, string>();
    for (const bucket of taxonomy.buckets) {
      for (const skill of bucket.skills) {
        for (const alias of [...skill.tags, ...skill.phrases]) bucketOf.set(alias, bucket.name);
      }
    }
    expect(bucketOf.get("sentiment analysis")).toBe("Natural Language Processing");
    expect(bucketOf.get("text summarization")).toBe("Natural Language Processing");
    expect(bucketOf.get("chatbot development")).toBe("Conversational AI");
    expect(taxonomy.buckets.slice(0, 14).map((b) => b.name)).toEqual([
      "Conversational AI",
      "Natural Language Processing",
      "AI Tools & Services",
      "AI Model Development & Deployment",
      "AI Models & Architectures",
      "Computer Vision",
      "Machine Learning",
      "AI Content Creation",
      "AI Photo & Video Editing",
      "Data Labeling & Annotation",
      "Prompt Engineering",
      "AI Writing & Editing",
      "AI Translation",
      "AI Agents & Automation",
    ]);
  });

  it("gives an hourly post's expected hours and weeks, and null where the post does not say", () => {
    expect(taxonomy.projectedValue.hoursPerWeek).toMatchObject({
      "Less than 30 hrs/week": 15,
      "30+ hrs/week": 35,
      "Hours to be determined": null,
      not_sure: null,
    });
    expect(taxonomy.projectedValue.weeks).toEqual({
      "Less than 1 month": 2,
      "1 to 3 months": 8.7,
      "3 to 6 months": 19.5,
      "More than 6 months": 39,
    });
  });

  it("finds a category by its name or by one of its subcategories, ignoring case", () => {
    expect(categoryByName(taxonomy).get("web, mobile & software dev")?.id).toBe("web-mobile-software-dev");
    const bySub = categoryOfSubcategory(taxonomy);
    expect(bySub.get("data entry")?.name).toBe("Admin Support");
    expect(bySub.get("product management")?.name).toBe("Web, Mobile & Software Dev");
    expect(bySub.get("ecommerce management")?.name).toBe("Admin Support");
  });

  it.skipIf(!hasData)(
    "covers every subcategory of posts.csv and labeled.csv, under the category the posts give",
    () => {
      const bySub = categoryOfSubcategory(taxonomy);
      const problems: string[] = [];
      for (const file of ["posts.csv", "labeled.csv"]) {
        const rows = parse(readFileSync(path.join(DATA_DIR, file)), { columns: true }) as Record<
          string,
          string
        >[];
        for (const row of rows) {
          const sub = row.subcategory ?? "";
          if (sub === "") continue;
          const category = bySub.get(sub.toLowerCase());
          if (!category) problems.push(`${file}: subcategory "${sub}" is in no category`);
          else if (row.category && category.name !== row.category) {
            problems.push(`${file}: "${sub}" is under "${category.name}", the post says "${row.category}"`);
          }
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    },
  );

  it("names the file relative to the working directory when it is inside it", () => {
    const dir = taxonomyWith("categories.yaml", "categories:\n  - id: legal\n    name: Legal\n");
    const outside = loadError(dir);
    expect(outside.message).toBe(
      `${path.join(dir, "categories.yaml")}: categories[0]: missing key "technical" (line 2)`,
    );
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      const inside = loadError(path.basename(dir));
      expect(inside.message).toBe(
        `${path.join(path.basename(dir), "categories.yaml")}: categories[0]: missing key "technical" (line 2)`,
      );
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("a bad taxonomy file is refused with its file, the path of the field and the problem", () => {
  it("a YAML syntax error gives the line", () => {
    const error = loadError(taxonomyWith("skills.yaml", "buckets:\n  - id: a\n    name: [unclosed\n"));
    expect(error.file).toMatch(/skills\.yaml$/u);
    expect(error.problem).toMatch(/^YAML syntax error/u);
    expect(error.path).toMatch(/^line \d+, column \d+$/u);
    expect(error.line).toBeGreaterThan(0);
  });

  it("a missing file is named", () => {
    const dir = taxonomyWith("skills.yaml", "");
    rmSync(path.join(dir, "projected-value.yaml"));
    const error = loadError(dir);
    expect(error.file).toMatch(/projected-value\.yaml$/u);
    expect(error.problem).toBe("file not found");
  });

  it.each([
    {
      what: "a missing key",
      file: "categories.yaml",
      text: "categories:\n  - id: legal\n    name: Legal\n    subcategories: []\n",
      path: "categories[0]",
      problem: 'missing key "technical"',
    },
    {
      what: "an extra key",
      file: "categories.yaml",
      text: `categories:\n${GOOD_CATEGORY}    parent: none\n`,
      path: "categories[0].parent",
      problem: /^unknown key "parent"/u,
    },
    {
      what: "a wrong type",
      file: "categories.yaml",
      text: GOOD_CATEGORY.replace("technical: false", 'technical: "no"').replace(/^/u, "categories:\n"),
      path: "categories[0].technical",
      problem: 'expected true or false, got string "no"',
    },
    {
      what: "a list where a mapping belongs",
      file: "skills.yaml",
      text: "- buckets\n",
      path: "(root)",
      problem: /^expected a mapping with keys buckets, got a list/u,
    },
    {
      what: "an empty name",
      file: "categories.yaml",
      text: `categories:\n${GOOD_CATEGORY.replace("name: Legal", 'name: ""')}`,
      path: "categories[0].name",
      problem: "must not be empty",
    },
    {
      what: "an id that is not a slug",
      file: "skills.yaml",
      text: `buckets:\n  - id: Conversational AI\n    name: Conversational AI\n    skills: []\n`,
      path: "buckets[0].id",
      problem: /is not a slug/u,
    },
    {
      what: "a tag not in normal form",
      file: "skills.yaml",
      text: `buckets:\n  - id: conversational-ai\n    name: Conversational AI\n    skills:\n${GOOD_SKILL.replace(
        "- chatbot development\n        phrases",
        "- Chatbot  Development\n        phrases",
      )}`,
      path: "buckets[0].skills[0].tags[0]",
      problem: '"Chatbot  Development" is not in normal form (write "chatbot development")',
    },
    {
      what: "an unknown field in a technology's term",
      file: "technologies.yaml",
      text: "technologies:\n  - id: ai\n    name: AI\n    include:\n      - { term: AI, case: true }\n    exclude: []\n",
      path: "technologies[0].include[0].case",
      problem: /^unknown key "case" \(allowed: term, caseSensitive\)/u,
    },
    {
      what: "an unknown field in a technology",
      file: "technologies.yaml",
      text: "technologies:\n  - id: ai\n    name: AI\n    include: [AI]\n    exclude: []\n    weight: 2\n",
      path: "technologies[0].weight",
      problem: /^unknown key "weight"/u,
    },
    {
      what: "a technology without include terms",
      file: "technologies.yaml",
      text: "technologies:\n  - id: ai\n    name: AI\n    include: []\n    exclude: []\n",
      path: "technologies[0].include",
      problem: "the list must not be empty",
    },
    {
      what: "a term both included and excluded",
      file: "technologies.yaml",
      text: "technologies:\n  - id: ai\n    name: AI\n    include: [AI, email]\n    exclude: [Email]\n",
      path: "technologies[0].include[1]",
      problem: '"email" is also an exclude term, so it could never match',
    },
    {
      what: "negative hours",
      file: "projected-value.yaml",
      text: "hoursPerWeek:\n  30+ hrs/week: -35\nweeks:\n  1 to 3 months: 8.7\n",
      path: 'hoursPerWeek["30+ hrs/week"]',
      problem: "hours must not be negative, got -35",
    },
    {
      what: "more hours than a week has",
      file: "projected-value.yaml",
      text: "hoursPerWeek:\n  30+ hrs/week: 350\nweeks: {}\n",
      path: 'hoursPerWeek["30+ hrs/week"]',
      problem: "350 hours is more than the limit of 168",
    },
    {
      what: "a number written as text",
      file: "projected-value.yaml",
      text: 'hoursPerWeek: {}\nweeks:\n  1 to 3 months: "8.7"\n',
      path: 'weeks["1 to 3 months"]',
      problem: 'expected a number or null (unknown), got string "8.7"',
    },
  ])("$what", ({ file, text, path: fieldPath, problem }) => {
    const error = loadError(taxonomyWith(file, text));
    expect(error.file.endsWith(file)).toBe(true);
    expect(error.path).toBe(fieldPath);
    if (typeof problem === "string") expect(error.problem).toBe(problem);
    else expect(error.problem).toMatch(problem);
    expect(error.message.startsWith(`${error.file}: ${fieldPath}: ${error.problem}`)).toBe(true);
    expect(error.line).toBeGreaterThan(0);
  });
});

describe("duplicates are refused", () => {
  it.each([
    {
      what: "two categories with one id",
      file: "categories.yaml",
      text: `categories:\n${GOOD_CATEGORY}${GOOD_CATEGORY.replace("name: Legal", "name: Law").replace("Tax Law", "Tax")}`,
      path: "categories[1].id",
      problem: 'duplicate category id "legal" (first at categories[0].id)',
    },
    {
      what: "two buckets whose names differ only in case",
      file: "skills.yaml",
      text: "buckets:\n  - id: a\n    name: Machine Learning\n    skills: []\n  - id: b\n    name: machine learning\n    skills: []\n",
      path: "buckets[1].name",
      problem: 'duplicate bucket name "machine learning" (first at buckets[0].name)',
    },
    {
      what: "one subcategory under two categories",
      file: "categories.yaml",
      text: `categories:\n${GOOD_CATEGORY}${GOOD_CATEGORY.replace("id: legal", "id: law").replace("name: Legal", "name: Law").replace("Tax Law", "tax law")}`,
      path: "categories[1].subcategories[0]",
      problem: '"tax law" is already a subcategory of "Legal"',
    },
    {
      what: "two skills with one id in different buckets",
      file: "skills.yaml",
      text: `buckets:\n  - id: a\n    name: A\n    skills:\n${GOOD_SKILL}  - id: b\n    name: B\n    skills:\n${GOOD_SKILL.replace("name: Chatbot development", "name: Other").replace(/chatbot development$/gmu, "other")}`,
      path: "buckets[1].skills[0].id",
      problem: 'duplicate skill id "chatbot-development" (first at buckets[0].skills[0].id)',
    },
    {
      what: "a tag that already maps to another skill",
      file: "skills.yaml",
      text: `buckets:\n  - id: a\n    name: A\n    skills:\n${GOOD_SKILL.replace("- chatbot development\n        phrases", "- chatbot development\n          - chatbot\n        phrases")}      - id: ai-bots\n        name: AI bots\n        tags:\n          - ai bot\n          - chatbot\n        phrases: []\n`,
      path: "buckets[0].skills[1].tags[1]",
      problem: '"chatbot" is already an alias of skill "chatbot-development"',
    },
    {
      what: "a phrase that is another skill's tag",
      file: "skills.yaml",
      text: `buckets:\n  - id: a\n    name: A\n    skills:\n${GOOD_SKILL}      - id: bots\n        name: Bots\n        tags: []\n        phrases:\n          - chatbot development\n`,
      path: "buckets[0].skills[1].phrases[0]",
      problem: '"chatbot development" is already an alias of skill "chatbot-development"',
    },
    {
      what: "a tag listed twice in one skill",
      file: "skills.yaml",
      text: `buckets:\n  - id: a\n    name: A\n    skills:\n${GOOD_SKILL.replace("- chatbot development\n        phrases", "- chatbot development\n          - chatbot development\n        phrases")}`,
      path: "buckets[0].skills[0].tags[1]",
      problem: '"chatbot development" is listed twice',
    },
    {
      what: "a keyword term listed twice, ignoring case",
      file: "technologies.yaml",
      text: "technologies:\n  - id: ai\n    name: AI\n    include: [machine learning, Machine Learning]\n    exclude: []\n",
      path: "technologies[0].include[1]",
      problem: 'duplicate term "machine learning" (first at technologies[0].include[0])',
    },
    {
      what: "a key written twice in one mapping",
      file: "projected-value.yaml",
      text: "hoursPerWeek:\n  not_sure: null\n  not_sure: 10\nweeks: {}\n",
      path: /^line 3, column \d+$/u,
      problem: /^YAML syntax error: Map keys must be unique/u,
    },
  ])("$what", ({ file, text, path: fieldPath, problem }) => {
    const error = loadError(taxonomyWith(file, text));
    expect(error.file.endsWith(file)).toBe(true);
    if (typeof fieldPath === "string") expect(error.path).toBe(fieldPath);
    else expect(error.path).toMatch(fieldPath);
    if (typeof problem === "string") expect(error.problem).toBe(problem);
    else expect(error.problem).toMatch(problem);
  });

  it("allows a skill to list the same text as a tag and as a phrase", () => {
    const dir = taxonomyWith("skills.yaml", `buckets:\n  - id: a\n    name: A\n    skills:\n${GOOD_SKILL}`);
    expect(loadTaxonomy(dir).buckets[0]?.skills[0]?.phrases).toEqual(["chatbot development"]);
  });
});
