// Custom scalars: Date is a calendar day "YYYY-MM-DD" (UTC), the unit of periods and filters.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

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
