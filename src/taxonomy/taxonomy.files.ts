// Reads the taxonomy files (taxonomy/*.yaml) and validates them, so that a bad edit stops start-up
// with a message naming the file, the path of the bad field and the problem.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import type { Document } from "yaml";
import { normalizeTag } from "./normalize";
import { nameTag, withNameTags } from "./skill-name-tag";
import type {
  BucketDef,
  CategoryDef,
  KeywordTerm,
  ProjectedValueDef,
  SkillDef,
  Taxonomy,
  TechnologyDef,
} from "./taxonomy.model";

/** The repository's `taxonomy/` folder, found from this module's own location. */
export const DEFAULT_TAXONOMY_DIR = fileURLToPath(new URL("../../taxonomy", import.meta.url));

/** File names inside a taxonomy folder, in the order they are read and written. */
export const TAXONOMY_FILES = {
  categories: "categories.yaml",
  technologies: "technologies.yaml",
  projectedValue: "projected-value.yaml",
  skills: "skills.yaml",
} as const;

/** Hours in a week: an expected workload above this is a typing error. */
const MAX_HOURS_PER_WEEK = 168;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

type PathPart = string | number;

/** A taxonomy file that cannot be used: which file, where in it, and what is wrong. */
export class TaxonomyFileError extends Error {
  /** The file as given to the loader, relative to the working directory when inside it. */
  readonly file: string;
  /** Path of the bad field, e.g. `buckets[3].skills[0].tags[2]`; `(root)` for the whole file. */
  readonly path: string;
  readonly problem: string;
  /** 1-based line of the bad field when known. */
  readonly line: number | undefined;

  constructor(file: string, fieldPath: string, problem: string, line?: number) {
    super(`${file}: ${fieldPath}: ${problem}${line === undefined ? "" : ` (line ${line})`}`);
    this.name = "TaxonomyFileError";
    this.file = file;
    this.path = fieldPath;
    this.problem = problem;
    this.line = line;
  }
}

/** `["buckets", 3, "skills", 0]` -> `buckets[3].skills[0]`; keys that are not identifiers are quoted. */
function formatFieldPath(parts: readonly PathPart[]): string {
  if (parts.length === 0) return "(root)";
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/u.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** One parsed file: values plus the YAML document, so problems can point at a line. */
class SourceFile {
  readonly data: unknown;
  private constructor(
    readonly file: string,
    private readonly doc: Document | undefined,
    private readonly lines: LineCounter | undefined,
    data: unknown,
  ) {
    this.data = data;
  }

  static read(dir: string, name: string): SourceFile {
    const absolute = path.join(dir, name);
    const file = displayName(absolute);
    let text: string;
    try {
      text = readFileSync(absolute, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new TaxonomyFileError(
        file,
        "(root)",
        code === "ENOENT" ? "file not found" : `cannot read: ${String(error)}`,
      );
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const syntax = doc.errors[0];
    if (syntax) {
      const at = lines.linePos(syntax.pos[0]);
      const firstLine = syntax.message.split("\n")[0] ?? syntax.message;
      throw new TaxonomyFileError(
        file,
        `line ${at.line}, column ${at.col}`,
        `YAML syntax error: ${firstLine}`,
        at.line,
      );
    }
    return new SourceFile(file, doc, lines, doc.toJS());
  }

  fail(parts: readonly PathPart[], problem: string): never {
    throw new TaxonomyFileError(this.file, formatFieldPath(parts), problem, this.lineOf(parts));
  }

  /** Line of the field, or of its nearest existing parent when the field itself is missing. */
  private lineOf(parts: readonly PathPart[]): number | undefined {
    if (!this.doc || !this.lines) return undefined;
    for (let n = parts.length; n >= 0; n--) {
      const node: unknown = n === 0 ? this.doc.contents : this.doc.getIn(parts.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return this.lines.linePos(range[0]).line;
    }
    return undefined;
  }

  mapping(
    value: unknown,
    parts: readonly PathPart[],
    required: readonly string[],
    optional: readonly string[] = [],
  ): Record<string, unknown> {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      const keys = [...required, ...optional].join(", ");
      this.fail(parts, `expected a mapping with keys ${keys}, got ${describe(value)}`);
    }
    const record = value as Record<string, unknown>;
    for (const key of required) {
      if (!(key in record)) this.fail(parts, `missing key "${key}"`);
    }
    const allowed = new Set([...required, ...optional]);
    for (const key of Object.keys(record)) {
      if (!allowed.has(key)) {
        this.fail([...parts, key], `unknown key "${key}" (allowed: ${[...allowed].join(", ")})`);
      }
    }
    return record;
  }

  list(value: unknown, parts: readonly PathPart[], nonEmpty = false): unknown[] {
    if (!Array.isArray(value)) this.fail(parts, `expected a list, got ${describe(value)}`);
    if (nonEmpty && value.length === 0) this.fail(parts, "the list must not be empty");
    return value;
  }

  text(value: unknown, parts: readonly PathPart[]): string {
    if (typeof value !== "string") this.fail(parts, `expected a string, got ${describe(value)}`);
    if (value.trim() === "") this.fail(parts, "must not be empty");
    if (value.trim() !== value) this.fail(parts, `${JSON.stringify(value)} has leading or trailing spaces`);
    return value;
  }

  slug(value: unknown, parts: readonly PathPart[]): string {
    const id = this.text(value, parts);
    if (!SLUG.test(id)) {
      this.fail(parts, `id ${JSON.stringify(id)} is not a slug (lower-case letters, digits, single hyphens)`);
    }
    return id;
  }

  boolean(value: unknown, parts: readonly PathPart[]): boolean {
    if (typeof value !== "boolean") this.fail(parts, `expected true or false, got ${describe(value)}`);
    return value;
  }
}

/** Remembers ids or names already seen in a file and refuses a second one. */
class UniqueSet {
  private readonly seen = new Map<string, string>();
  constructor(
    private readonly source: SourceFile,
    private readonly what: string,
    private readonly foldCase: boolean,
  ) {}

  add(value: string, parts: readonly PathPart[]): void {
    const key = this.foldCase ? value.toLowerCase() : value;
    const first = this.seen.get(key);
    if (first !== undefined)
      this.source.fail(parts, `duplicate ${this.what} ${JSON.stringify(value)} (first at ${first})`);
    this.seen.set(key, formatFieldPath(parts));
  }
}

function readCategories(source: SourceFile): CategoryDef[] {
  const root = source.mapping(source.data, [], ["categories"]);
  const items = source.list(root.categories, ["categories"], true);
  const ids = new UniqueSet(source, "category id", false);
  const names = new UniqueSet(source, "category name", true);
  const subcategoryOwner = new Map<string, string>();
  return items.map((item, i) => {
    const at: PathPart[] = ["categories", i];
    const raw = source.mapping(item, at, ["id", "name", "technical", "subcategories"]);
    const id = source.slug(raw.id, [...at, "id"]);
    ids.add(id, [...at, "id"]);
    const name = source.text(raw.name, [...at, "name"]);
    names.add(name, [...at, "name"]);
    const technical = source.boolean(raw.technical, [...at, "technical"]);
    const subcategories = source.list(raw.subcategories, [...at, "subcategories"]).map((sub, j) => {
      const subAt = [...at, "subcategories", j];
      const subName = source.text(sub, subAt);
      const owner = subcategoryOwner.get(subName.toLowerCase());
      if (owner !== undefined) {
        source.fail(subAt, `${JSON.stringify(subName)} is already a subcategory of ${JSON.stringify(owner)}`);
      }
      subcategoryOwner.set(subName.toLowerCase(), name);
      return subName;
    });
    return { id, name, technical, subcategories };
  });
}

function readTerms(source: SourceFile, value: unknown, at: PathPart[], nonEmpty: boolean): KeywordTerm[] {
  const seen = new UniqueSet(source, "term", false);
  return source.list(value, at, nonEmpty).map((item, i) => {
    const itemAt = [...at, i];
    let term: KeywordTerm;
    if (typeof item === "string") {
      term = { term: source.text(item, itemAt), caseSensitive: false };
    } else {
      const raw = source.mapping(item, itemAt, ["term"], ["caseSensitive"]);
      term = {
        term: source.text(raw.term, [...itemAt, "term"]),
        caseSensitive:
          raw.caseSensitive === undefined
            ? false
            : source.boolean(raw.caseSensitive, [...itemAt, "caseSensitive"]),
      };
    }
    seen.add(termKey(term), itemAt);
    return term;
  });
}

/** Two terms are the same rule when they match the same texts. */
function termKey(term: KeywordTerm): string {
  return term.caseSensitive ? term.term : term.term.toLowerCase();
}

function readTechnologies(source: SourceFile): TechnologyDef[] {
  const root = source.mapping(source.data, [], ["technologies"]);
  const items = source.list(root.technologies, ["technologies"], true);
  const ids = new UniqueSet(source, "technology id", false);
  const names = new UniqueSet(source, "technology name", true);
  return items.map((item, i) => {
    const at: PathPart[] = ["technologies", i];
    const raw = source.mapping(item, at, ["id", "name", "include", "exclude"]);
    const id = source.slug(raw.id, [...at, "id"]);
    ids.add(id, [...at, "id"]);
    const name = source.text(raw.name, [...at, "name"]);
    names.add(name, [...at, "name"]);
    const include = readTerms(source, raw.include, [...at, "include"], true);
    const exclude = readTerms(source, raw.exclude, [...at, "exclude"], false);
    const excluded = new Set(exclude.map(termKey));
    include.forEach((term, j) => {
      if (excluded.has(termKey(term))) {
        source.fail(
          [...at, "include", j],
          `${JSON.stringify(term.term)} is also an exclude term, so it could never match`,
        );
      }
    });
    return { id, name, include, exclude };
  });
}

function readNumberTable(
  source: SourceFile,
  value: unknown,
  key: "hoursPerWeek" | "weeks",
  max: number,
): Record<string, number | null> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    source.fail([key], `expected a mapping from value to number or null, got ${describe(value)}`);
  }
  const table: Record<string, number | null> = {};
  for (const [name, amount] of Object.entries(value as Record<string, unknown>)) {
    const at = [key, name];
    if (name.trim() === "") source.fail(at, "the value name must not be empty");
    if (amount === null) {
      table[name] = null;
      continue;
    }
    if (typeof amount !== "number" || !Number.isFinite(amount)) {
      source.fail(at, `expected a number or null (unknown), got ${describe(amount)}`);
    }
    const unit = key === "weeks" ? "weeks" : "hours";
    if (amount < 0) source.fail(at, `${unit} must not be negative, got ${amount}`);
    if (amount > max) source.fail(at, `${amount} ${unit} is more than the limit of ${max}`);
    table[name] = amount;
  }
  return table;
}

function readProjectedValue(source: SourceFile): ProjectedValueDef {
  const root = source.mapping(source.data, [], ["hoursPerWeek", "weeks"]);
  return {
    hoursPerWeek: readNumberTable(source, root.hoursPerWeek, "hoursPerWeek", MAX_HOURS_PER_WEEK),
    weeks: readNumberTable(source, root.weeks, "weeks", Number.MAX_VALUE),
  };
}

function readAliases(
  source: SourceFile,
  value: unknown,
  at: PathPart[],
  skillId: string,
  owners: Map<string, string>,
): string[] {
  const own = new Set<string>();
  return source.list(value, at).map((item, i) => {
    const itemAt = [...at, i];
    const alias = source.text(item, itemAt);
    const normal = normalizeTag(alias);
    if (normal !== alias) {
      source.fail(itemAt, `${JSON.stringify(alias)} is not in normal form (write ${JSON.stringify(normal)})`);
    }
    if (own.has(alias)) source.fail(itemAt, `${JSON.stringify(alias)} is listed twice`);
    own.add(alias);
    const owner = owners.get(alias);
    if (owner !== undefined && owner !== skillId) {
      source.fail(itemAt, `${JSON.stringify(alias)} is already an alias of skill ${JSON.stringify(owner)}`);
    }
    owners.set(alias, skillId);
    return alias;
  });
}

function readBuckets(source: SourceFile): BucketDef[] {
  const root = source.mapping(source.data, [], ["buckets"]);
  const items = source.list(root.buckets, ["buckets"], true);
  const bucketIds = new UniqueSet(source, "bucket id", false);
  const bucketNames = new UniqueSet(source, "bucket name", true);
  const skillIds = new UniqueSet(source, "skill id", false);
  const skillNames = new UniqueSet(source, "skill name", true);
  // A tag or phrase maps to one skill only; a skill may list the same text as tag and phrase.
  const aliasOwners = new Map<string, string>();
  const buckets = items.map((item, i): BucketDef => {
    const at: PathPart[] = ["buckets", i];
    const raw = source.mapping(item, at, ["id", "name", "skills"]);
    const id = source.slug(raw.id, [...at, "id"]);
    bucketIds.add(id, [...at, "id"]);
    const name = source.text(raw.name, [...at, "name"]);
    bucketNames.add(name, [...at, "name"]);
    const skills = source.list(raw.skills, [...at, "skills"]).map((skillItem, j): SkillDef => {
      const skillAt: PathPart[] = [...at, "skills", j];
      const skill = source.mapping(skillItem, skillAt, ["id", "name", "tags", "phrases"]);
      const skillId = source.slug(skill.id, [...skillAt, "id"]);
      skillIds.add(skillId, [...skillAt, "id"]);
      const skillName = source.text(skill.name, [...skillAt, "name"]);
      skillNames.add(skillName, [...skillAt, "name"]);
      return {
        id: skillId,
        name: skillName,
        tags: readAliases(source, skill.tags, [...skillAt, "tags"], skillId, aliasOwners),
        phrases: readAliases(source, skill.phrases, [...skillAt, "phrases"], skillId, aliasOwners),
      };
    });
    return { id, name, skills };
  });
  // A skill's name always matches as a tag (skill-name-tag.ts): refuse a name that is another
  // skill's tag or phrase, then give each skill its name tag.
  buckets.forEach((bucket, i) =>
    bucket.skills.forEach((skill, j) => {
      const owner = aliasOwners.get(nameTag(skill.name));
      if (owner !== undefined && owner !== skill.id)
        source.fail(
          ["buckets", i, "skills", j, "name"],
          `${JSON.stringify(skill.name)} is an alias of skill ${JSON.stringify(owner)}, and a skill's name always matches as its own tag`,
        );
    }),
  );
  return withNameTags(buckets);
}

/** Reads and validates the four taxonomy files of `dir`; throws TaxonomyFileError on the first problem. */
export function loadTaxonomy(dir: string = DEFAULT_TAXONOMY_DIR): Taxonomy {
  return {
    categories: readCategories(SourceFile.read(dir, TAXONOMY_FILES.categories)),
    technologies: readTechnologies(SourceFile.read(dir, TAXONOMY_FILES.technologies)),
    projectedValue: readProjectedValue(SourceFile.read(dir, TAXONOMY_FILES.projectedValue)),
    buckets: readBuckets(SourceFile.read(dir, TAXONOMY_FILES.skills)),
  };
}

/** Category of each subcategory, keyed by the lower-cased subcategory name. */
export function categoryOfSubcategory(taxonomy: Taxonomy): Map<string, CategoryDef> {
  const map = new Map<string, CategoryDef>();
  for (const category of taxonomy.categories) {
    for (const sub of category.subcategories) map.set(sub.toLowerCase(), category);
  }
  return map;
}

/** Categories keyed by lower-cased name, e.g. "web, mobile & software dev". */
export function categoryByName(taxonomy: Taxonomy): Map<string, CategoryDef> {
  return new Map(taxonomy.categories.map((category) => [category.name.toLowerCase(), category]));
}
