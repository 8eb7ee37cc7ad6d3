// Turns a statement written in SQLite's dialect (the project's SQL) into PostgreSQL's. The SQL in
// the code is kept to what both engines read the same where such a form exists; what remains
// differs in form only, and is rewritten here, once per distinct statement:
// - parameters: `?` (positional) and `@name` / `:name` / `$name` (named, from an object
//   argument) become `$1`, `$2`, ...;
// - a list passed as a JSON text, `x IN (SELECT value FROM json_each(?))`, becomes
//   `x = ANY($n)` with the parameter parsed into an array (PostgreSQL then types the array by
//   the column, where json_each's values would be text);
// - a full-text match on SQLite's FTS5 table, `SELECT rowid FROM posts_fts WHERE posts_fts MATCH
//   ?`, becomes a match on the posts' tsvector column, `SELECT id FROM posts WHERE fts @@
//   fts5_match(?)` (fts5_match, in migrations/pg, reads the FTS5 phrase syntax the code writes);
// - a JSON array read as a table, `FROM json_each(?)` (key, value), reads it through
//   json_each_array (migrations/pg), json_each's PostgreSQL namesake taking objects only;
// - mixed-case aliases (`AS technologyId`) are quoted wherever the statement names them:
//   PostgreSQL folds unquoted names to lower case, SQLite keeps them as written;
// - `CAST(x AS REAL)` casts to double precision (PostgreSQL's real is 4 bytes; SQLite's 8);
// - `CROSS JOIN t ON ...`, SQLite's way to fix the join order (an inner join), becomes
//   `JOIN t ON ...` (PostgreSQL's CROSS JOIN takes no ON);
// - an INSERT into a table whose key is an identity column (SQLite's INTEGER PRIMARY KEY) returns
//   that key (`RETURNING id`), which run() gives as lastInsertRowid, as SQLite's rowid;
// - `BEGIN IMMEDIATE` / `BEGIN DEFERRED` become `BEGIN` (PgSyncClient takes the write lock).
// PostgreSQL-only statements (a repository's PostgreSQL branch) may take an array as one
// parameter: a `?` cast to an array type (`?::text[]`) takes a JS array argument whole, which pg
// sends as a PostgreSQL array. Any other array argument is spread over the placeholders, as
// better-sqlite3 does.
// SQLite functions without a same-named PostgreSQL one are defined in the PostgreSQL schema
// (migrations/pg), not rewritten here.

/** Where a statement's `$n` takes its value from. */
export type ParamSource =
  /** `array`: the placeholder is cast to an array type (`?::text[]`) and takes an array whole. */
  | { kind: "position"; index: number; jsonArray: boolean; array: boolean }
  | { kind: "name"; name: string; jsonArray: boolean };

export interface Translated {
  text: string;
  params: ParamSource[];
}

/** Stands for a placeholder whose value is a JSON array text, until parameters are numbered. */
const JSON_ARRAY_MARK = "\u0000";

const IN_JSON_EACH =
  /\b(NOT\s+)?IN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\s*\(\s*(\?|[@:$][A-Za-z_]\w*)\s*\)\s*\)/gi;

const FTS_MATCH = /\browid\s+FROM\s+posts_fts\s+WHERE\s+posts_fts\s+MATCH\s+(\?|[@:$][A-Za-z_]\w*)/gi;

const INSERT_INTO = /^\s*INSERT\s+INTO\s+"?(\w+)"?/i;

/** A cast to an array type right after a placeholder: `::text[]`, `::double precision[]`. */
const ARRAY_CAST = /\s*::\s*\w+(?:\s+\w+)*\s*\[\]/y;

function castToArrayAt(sql: string, i: number): boolean {
  ARRAY_CAST.lastIndex = i;
  return ARRAY_CAST.test(sql);
}

/**
 * @param identityKeys the tables whose key is an identity column, and its name
 *   (schema.pg.ts's; see identityKeysOf in sync-client.ts)
 */
export function translate(sql: string, identityKeys: ReadonlyMap<string, string> = new Map()): Translated {
  let text = sql.replace(
    FTS_MATCH,
    (_m, param: string) => `rowid FROM posts WHERE fts @@ fts5_match(${param})`,
  );
  // posts_fts's rowid is the post's id; every other rowid of such a statement refers to it.
  if (text !== sql) text = text.replace(/\browid\b/g, "id");
  text = text.replace(IN_JSON_EACH, (_m, not: string | undefined, param: string) =>
    not ? `<> ALL(${JSON_ARRAY_MARK}${param})` : `= ANY(${JSON_ARRAY_MARK}${param})`,
  );
  text = quoteMixedCaseAliases(text);
  text = text.replace(/\bAS\s+REAL\b/gi, "AS double precision");
  text = text.replace(/\bjson_each\s*\(/gi, "json_each_array(");
  text = text.replace(/\bCROSS\s+JOIN(\s+\w+(?:\s+(?:AS\s+)?(?!ON\b)\w+)?\s+ON\b)/gi, "JOIN$1");
  text = text.replace(/^\s*BEGIN\s+(IMMEDIATE|DEFERRED|EXCLUSIVE)\b/i, "BEGIN");
  const key = identityKeys.get(INSERT_INTO.exec(text)?.[1]?.toLowerCase() ?? "");
  if (key && !/\bRETURNING\b/i.test(text)) text = `${text.replace(/[\s;]+$/, "")} RETURNING ${key}`;
  return numberParams(text);
}

const MIXED_CASE_ALIAS = /\bAS\s+([a-z_]\w*[A-Z]\w*)\b/g;

function quoteMixedCaseAliases(sql: string): string {
  const aliases = new Set([...sql.matchAll(MIXED_CASE_ALIAS)].map((m) => m[1]!));
  if (aliases.size === 0) return sql;
  const names = new RegExp(`(?<![\\w"])(${[...aliases].join("|")})(?![\\w"])`, "g");
  // Outside string literals only: split on them, rewrite the even parts.
  return sql
    .split(/('(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 0 ? part.replace(names, '"$1"') : part))
    .join("");
}

function numberParams(sql: string): Translated {
  const params: ParamSource[] = [];
  const named = new Map<string, number>();
  let out = "";
  let positional = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === "`") {
      const end = closingQuote(sql, i, ch);
      // Backquoted identifiers are SQLite's; PostgreSQL quotes identifiers with ".
      out += ch === "`" ? `"${sql.slice(i + 1, end - 1)}"` : sql.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end;
      continue;
    }
    const jsonArray = ch === JSON_ARRAY_MARK;
    const at = jsonArray ? i + 1 : i;
    const c = sql[at]!;
    if (c === "?") {
      params.push({ kind: "position", index: positional++, jsonArray, array: castToArrayAt(sql, at + 1) });
      out += `$${params.length}`;
      i = at + 1;
      continue;
    }
    if ((c === "@" || c === ":" || c === "$") && /[A-Za-z_]/.test(sql[at + 1] ?? "") && sql[at - 1] !== ":") {
      const m = /^[A-Za-z_]\w*/.exec(sql.slice(at + 1))!;
      const name = m[0];
      let n = named.get(name);
      if (n === undefined) {
        params.push({ kind: "name", name, jsonArray });
        n = params.length;
        named.set(name, n);
      }
      out += `$${n}`;
      i = at + 1 + name.length;
      continue;
    }
    out += ch;
    i++;
  }
  return { text: out, params };
}

function closingQuote(sql: string, start: number, quote: string): number {
  let i = start + 1;
  for (;;) {
    const j = sql.indexOf(quote, i);
    if (j < 0) return sql.length;
    if (sql[j + 1] === quote) {
      i = j + 2;
      continue;
    }
    return j + 1;
  }
}

/** The values of a statement's `$1..$n`, from the arguments given to run/get/all/iterate. */
export function bindParams(t: Translated, args: unknown[]): unknown[] {
  const named = args.length === 1 && isPlainObject(args[0]) ? (args[0] as Record<string, unknown>) : null;
  const positional = named ? [] : positionalValues(t, args);
  return t.params.map((p) => {
    const v = p.kind === "position" ? positional[p.index] : named?.[p.name];
    if (v === undefined)
      throw new RangeError(`Missing value for parameter ${p.kind === "position" ? p.index + 1 : p.name}`);
    if (p.jsonArray) return typeof v === "string" ? (JSON.parse(v) as unknown) : v;
    return typeof v === "boolean" ? (v ? 1 : 0) : v;
  });
}

/**
 * better-sqlite3's reading of positional arguments: an array argument stands for its elements
 * (`run([a, b], c)` is `run(a, b, c)`), except where the next placeholder takes an array whole.
 */
function positionalValues(t: Translated, args: unknown[]): unknown[] {
  const takesArray = new Set(t.params.flatMap((p) => (p.kind === "position" && p.array ? [p.index] : [])));
  const out: unknown[] = [];
  for (const a of args) {
    if (Array.isArray(a) && !takesArray.has(out.length)) for (const v of a as unknown[]) out.push(v);
    else out.push(a);
  }
  return out;
}

function isPlainObject(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);
}
