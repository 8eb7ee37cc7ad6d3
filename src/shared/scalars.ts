// Custom scalars: Date is a calendar day "YYYY-MM-DD" (UTC), the unit of periods and filters;
// DateTime is an instant (when a post was posted, a model trained, an import ran).
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { DateTimeResolver } from "graphql-scalars";

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * A day that exists, else BAD_USER_INPUT. A literal's `node` goes with the error: graphql reports
 * it as is, and the server names the argument it stands in (see server/errors.ts).
 */
function parseDay(value: unknown, node?: ValueNode): string {
  if (typeof value !== "string" || !DAY.test(value))
    throw new GraphQLError(`Date must be a string "YYYY-MM-DD", got ${JSON.stringify(value)}`, {
      nodes: node,
      extensions: { code: "BAD_USER_INPUT" },
    });
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw new GraphQLError(`Date ${value} does not exist`, {
      nodes: node,
      extensions: { code: "BAD_USER_INPUT" },
    });
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar day in UTC, "YYYY-MM-DD". Periods are half-open: [from, to).',
  serialize: (v) => String(v),
  parseValue: (value) => parseDay(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string literal "YYYY-MM-DD"', {
        nodes: ast,
        extensions: { code: "BAD_USER_INPUT" },
      });
    return parseDay(ast.value, ast);
  },
});

/**
 * DateTime is graphql-scalars' RFC 3339 scalar (its parsing and validation), answered as text:
 * its own serialize hands back a Date object, which only becomes text where JSON writes it, and
 * results also travel between processes and into CSV cells. Every time is written one way,
 * `Date.prototype.toISOString()` (UTC, milliseconds, `Z`), the way JSON writes a Date.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  ...DateTimeResolver.toConfig(),
  description:
    'An instant in UTC, RFC 3339 / ISO 8601, always written "YYYY-MM-DDTHH:MM:SS.sssZ" (e.g. 2021-04-13T09:12:09.000Z). Accepted as input with any offset.',
  serialize: (value) => (DateTimeResolver.serialize(value) as Date).toISOString(),
});
