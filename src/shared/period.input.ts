// The GraphQL input of a period: a named half-open date range [from, to) on posted_at (UTC).
// Shared by every domain that asks about periods (analytics, taxonomy triage and previews), so
// the schema has one PeriodInput type.
import { Field, InputType } from "type-graphql";
import { checkFromBeforeTo } from "./period-range";
import { DateScalar } from "./scalars";

@InputType({
  description:
    'A labelled half-open period [from, to), e.g. {label: "2020-21", from: "2020-01-01", to: "2022-01-01"}.',
})
export class PeriodInput {
  @Field((_type) => String, { description: 'A name for the period in answers, e.g. "2020-21".' })
  label!: string;

  @Field((_type) => DateScalar, { description: "The first day of the period (UTC)." })
  from!: string;

  @Field((_type) => DateScalar, { description: "The day after the last day of the period." })
  to!: string;
}

/** BAD_USER_INPUT naming `field` when the period is empty or reversed. */
export function checkPeriodRange(period: { from: string; to: string }, field = "period"): void {
  checkFromBeforeTo(period, {
    message: `${field}: 'from' (${period.from}) must be before 'to' (${period.to})`,
    field,
  });
}
