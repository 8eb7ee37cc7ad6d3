// The dictionary as loaded from taxonomy/*.yaml: categories, technologies (keyword rules),
// projected-value table and the gen-AI skill buckets. Plain data, validated by the loader.

export interface CategoryDef {
  /** Stable slug, e.g. "data-science-analytics". */
  id: string;
  /** Upwork's name, e.g. "Data Science & Analytics". */
  name: string;
  technical: boolean;
  /** Subcategory names; unique across all categories. */
  subcategories: string[];
}

export interface KeywordTerm {
  /** A word or phrase, matched on word boundaries. */
  term: string;
  /** When true the case must match exactly (e.g. "AI" versus "ai" in file names). */
  caseSensitive: boolean;
}

export interface TechnologyDef {
  id: string;
  name: string;
  /** A post is a keyword candidate when one include term fires outside every exclude match. */
  include: KeywordTerm[];
  /** Spans matched by an exclude term are masked before include terms are tried. */
  exclude: KeywordTerm[];
}

export interface ProjectedValueDef {
  /** Expected hours per week by the post's `workload` value; null = unknown. */
  hoursPerWeek: Record<string, number | null>;
  /** Expected weeks by the post's `duration` value; null = unknown. */
  weeks: Record<string, number | null>;
}

export interface SkillDef {
  id: string;
  name: string;
  /** Normalized skill tags (see normalizeTag) that map to this skill. */
  tags: string[];
  /** Normalized phrases that map a post's title or description to this skill. */
  phrases: string[];
}

export interface BucketDef {
  id: string;
  name: string;
  skills: SkillDef[];
}

export interface Taxonomy {
  categories: CategoryDef[];
  technologies: TechnologyDef[];
  projectedValue: ProjectedValueDef;
  buckets: BucketDef[];
}

// Every request reads the dictionary from its context; the field is declared here rather than in
// shared/context.ts so that shared/ does not import from a domain.
declare module "../shared/context" {
  interface AppServices {
    /** Categories, technologies and the projected-value table from taxonomy/ (validated). */
    taxonomy: Taxonomy;
  }
}
