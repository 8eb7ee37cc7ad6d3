// Custom scalars: Date is a calendar day "YYYY-MM-DD" (UTC), the unit of periods and filters.
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

export function parseDay(value: unknown): string {
  if (typeof value !== "string" || !DAY.test(value))
    throw new GraphQLError(`Date must be a string "YYYY-MM-DD", got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw new GraphQLError(`Date ${value} does not exist`, { extensions: { code: "BAD_USER_INPUT" } });
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar day in UTC, "YYYY-MM-DD". Periods are half-open: [from, to).',
  serialize: (v) => String(v),
  parseValue: parseDay,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string literal "YYYY-MM-DD"', {
        extensions: { code: "BAD_USER_INPUT" },
      });
    return parseDay(ast.value);
  },
});
