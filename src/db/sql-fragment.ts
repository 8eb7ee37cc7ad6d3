// SQL text with its parameters in one value, so that the two can never drift apart. A fragment
// is written with the sql`...` tag: each interpolated value becomes a `?` and its parameter, and
// an interpolated fragment splices its own text and parameters in place. Fragments therefore
// compose in any order (like Cube's ParamAllocator) and better-sqlite3 takes the result as is:
// db.prepare(q.text).all(...q.params).
import { invariant } from "../shared/errors";

declare const fragment: unique symbol;

/** SQL text and its positional `?` parameters, in textual order. */
export interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
  /** Only sql``, raw() and join() make fragments: each keeps one parameter per `?` it wrote. */
  readonly [fragment]: true;
}

class Fragment {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}

function make(text: string, params: readonly unknown[]): Sql {
  return new Fragment(text, params) as unknown as Sql;
}

export function isSql(value: unknown): value is Sql {
  return value instanceof Fragment;
}

/** Tagged template: values become parameters, fragments are spliced in with their parameters. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (isSql(v)) {
      text += v.text;
      params.push(...v.params);
    } else {
      text += "?";
      params.push(v);
    }
    text += strings[i + 1]!;
  });
  return make(text, params);
}

/**
 * SQL text taken as it is: identifiers and expressions chosen from a fixed list, never user
 * input. It may not hold a `?`, which would take a parameter that is not there.
 */
export function raw(text: string): Sql {
  invariant(!text.includes("?"), `raw SQL must not hold a parameter: ${text}`);
  return make(text, []);
}

/** The fragments one after another with `separator` between them (empty for none). */
export function join(fragments: readonly Sql[], separator: string): Sql {
  invariant(!separator.includes("?"), `a separator must not hold a parameter: ${separator}`);
  return make(
    fragments.map((f) => f.text).join(separator),
    fragments.flatMap((f) => f.params),
  );
}

/** No SQL at all: the neutral element of join and of interpolation. */
export const EMPTY: Sql = make("", []);

/** `WHERE a AND b ...` over the conditions, or nothing without any. */
export function whereAll(conditions: readonly Sql[]): Sql {
  return conditions.length > 0 ? sql`WHERE ${join(conditions, " AND ")}` : EMPTY;
}
