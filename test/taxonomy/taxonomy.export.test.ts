// The taxonomy exporter: the committed files are exactly what it writes, anything it writes loads
// back unchanged, and its output needs no reformatting by Prettier (so `npm run check` stays green
// after an export).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { renderTaxonomyFiles, writeTaxonomyFiles, yamlScalar } from "../../src/taxonomy/taxonomy.export";
import { DEFAULT_TAXONOMY_DIR, loadTaxonomy, TAXONOMY_FILES } from "../../src/taxonomy/taxonomy.files";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";

const tmp = mkdtempSync(path.join(os.tmpdir(), "frontier-taxonomy-export-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The committed taxonomy plus names and aliases that need quoting in YAML. */
function awkwardTaxonomy(): Taxonomy {
  const t = loadTaxonomy(DEFAULT_TAXONOMY_DIR);
  return {
    categories: [
      ...t.categories,
      {
        id: "odd",
        name: "Odd: names # here",
        technical: true,
        subcategories: ["- dash", "null", "123", "yes"],
      },
      { id: "empty", name: "'quoted' \"both\"", technical: false, subcategories: [] },
    ],
    technologies: [
      ...t.technologies,
      {
        id: "odd-tech",
        name: 'Say "hi"',
        include: [
          { term: "a, b", caseSensitive: true },
          { term: "[x]", caseSensitive: false },
          { term: "C#", caseSensitive: true },
        ],
        exclude: [],
      },
    ],
    projectedValue: {
      hoursPerWeek: { ...t.projectedValue.hoursPerWeek, "40: full time": 40 },
      weeks: { ...t.projectedValue.weeks, true: 0 },
    },
    buckets: [
      ...t.buckets,
      { id: "empty-bucket", name: "Empty bucket", skills: [] },
      {
        id: "odd-bucket",
        name: "Odd bucket",
        skills: [
          // Each skill's name first among its tags, as the loader gives it (skill-name-tag.ts).
          {
            id: "odd-skill",
            name: "Odd skill",
            tags: ["odd skill", "c#", "@mention", "~", "1.5", "*star"],
            phrases: [],
          },
          {
            id: "odd-skill-2",
            name: "Odd skill 2",
            tags: ["odd skill 2"],
            phrases: ["ends with colon:", "café", "a\\b"],
          },
        ],
      },
    ],
  };
}

describe("exporting the taxonomy", () => {
  it("renders one file per taxonomy file", () => {
    const rendered = renderTaxonomyFiles(loadTaxonomy(DEFAULT_TAXONOMY_DIR));
    expect(Object.keys(rendered)).toEqual(Object.values(TAXONOMY_FILES));
  });

  it.each(Object.values(TAXONOMY_FILES))(
    "gives back the committed %s byte for byte right after loading it",
    (file) => {
      const rendered: Record<string, string> = renderTaxonomyFiles(loadTaxonomy(DEFAULT_TAXONOMY_DIR));
      expect(rendered[file], file).toBe(readFileSync(path.join(DEFAULT_TAXONOMY_DIR, file), "utf8"));
    },
  );

  it("writes files that load back as the same taxonomy, even with names that need quoting", () => {
    const taxonomy = awkwardTaxonomy();
    const dir = path.join(tmp, "awkward");
    writeTaxonomyFiles(taxonomy, dir);
    expect(readdirSync(dir).sort()).toEqual(Object.values(TAXONOMY_FILES).sort());
    expect(loadTaxonomy(dir)).toEqual(taxonomy);
    // and a second round changes nothing
    const again = path.join(tmp, "awkward-again");
    writeTaxonomyFiles(loadTaxonomy(dir), again);
    for (const file of Object.values(TAXONOMY_FILES)) {
      expect(readFileSync(path.join(again, file), "utf8"), file).toBe(
        readFileSync(path.join(dir, file), "utf8"),
      );
    }
  });

  it("keeps each file's header comment, which says what the file is", () => {
    for (const [file, text] of Object.entries(renderTaxonomyFiles(awkwardTaxonomy()))) {
      expect(text.startsWith("# "), file).toBe(true);
    }
  });

  it("writes YAML that Prettier leaves as it is", async () => {
    const options = (await resolveConfig(path.join(DEFAULT_TAXONOMY_DIR, TAXONOMY_FILES.skills))) ?? {};
    for (const [file, text] of Object.entries(renderTaxonomyFiles(awkwardTaxonomy()))) {
      expect(await format(text, { ...options, parser: "yaml" }), file).toBe(text);
    }
  });

  it("writes a string plain when YAML reads it back as the same string, and quotes it otherwise", () => {
    expect(yamlScalar("Web, Mobile & Software Dev")).toBe("Web, Mobile & Software Dev");
    expect(yamlScalar("30+ hrs/week")).toBe("30+ hrs/week");
    expect(yamlScalar("null")).toBe('"null"');
    expect(yamlScalar("8.7")).toBe('"8.7"');
    expect(yamlScalar("a: b")).toBe('"a: b"');
    expect(yamlScalar("a, b", true)).toBe('"a, b"');
    expect(yamlScalar('say "hi"')).toBe('say "hi"');
    expect(yamlScalar(`"hi", she's said`)).toBe(`'"hi", she''s said'`);
  });
});
