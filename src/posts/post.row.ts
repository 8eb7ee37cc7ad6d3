// The columns an import understands, as raw strings (one CSV row or one JSONL object).

export const POST_COLUMNS = [
  "id",
  "source",
  "title",
  "description",
  "category",
  "subcategory",
  "posted_at",
  "contract_type",
  "fixed_budget",
  "hourly_min",
  "hourly_max",
  "projected_value",
  "duration",
  "workload",
  "skills",
  "country",
  "experience_level",
] as const;

type PostColumn = (typeof POST_COLUMNS)[number];

/**
 * One input row. Every value is a string as in a CSV file (empty = unknown); `skills` is
 * separated by ';'. Columns named after a technology id (`ai`, `cloud`, `rpa`) carry hand
 * labels: "1", "0" or "".
 */
export type RawPostRow = Partial<Record<PostColumn, string>> & Record<string, string | undefined>;
