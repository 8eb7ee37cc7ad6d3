// The structural checks of analytics(query): each mistake is a BAD_USER_INPUT error whose
// message and field say what to fix. Messages are pinned, as clients show them to people.
import { describe, expect, it } from "vitest";
import type { AnalyticsQuery } from "../../src/analytics/analytics.sql";
import { checkAnalyticsQuery } from "../../src/analytics/analytics.validate";

const period = { label: "p", from: "2023-01-01", to: "2024-01-01" };
const c = (cond: object) =>
  ({ measures: ["POST_COUNT"], where: { conditions: [cond] } }) as unknown as AnalyticsQuery;
const CASES: [string, AnalyticsQuery][] = [
  ["no measures", { measures: [] }],
  ["unknown measure", { measures: ["NOPE" as never] }],
  ["repeated dimension", { measures: ["POST_COUNT"], dimensions: ["COUNTRY", "COUNTRY"] }],
  [
    "five dimensions",
    { measures: ["POST_COUNT"], dimensions: ["COUNTRY", "SKILL", "BUCKET", "CATEGORY", "SUBCATEGORY"] },
  ],
  ["unknown dimension", { measures: ["POST_COUNT"], dimensions: ["NOPE" as never] }],
  [
    "periods and granularity",
    { measures: ["POST_COUNT"], time: { periods: [period], granularity: "MONTH" } },
  ],
  ["periods and from", { measures: ["POST_COUNT"], time: { periods: [period], from: "2023-01-01" } }],
  ["empty periods", { measures: ["POST_COUNT"], time: { periods: [] } }],
  ["repeated period label", { measures: ["POST_COUNT"], time: { periods: [period, period] } }],
  ["period without label", { measures: ["POST_COUNT"], time: { periods: [{ ...period, label: " " }] } }],
  [
    "reversed period",
    { measures: ["POST_COUNT"], time: { periods: [{ ...period, from: "2024-01-01", to: "2023-01-01" }] } },
  ],
  ["from without to", { measures: ["POST_COUNT"], time: { from: "2023-01-01" } }],
  ["empty range", { measures: ["POST_COUNT"], time: { from: "2023-01-01", to: "2023-01-01" } }],
  ["bad day", { measures: ["POST_COUNT"], time: { from: "2023-02-30", to: "2023-03-01" } }],
  ["not a day", { measures: ["POST_COUNT"], time: { from: "2023-1-1", to: "2023-03-01" } }],
  [
    "too many days",
    { measures: ["POST_COUNT"], time: { from: "1000-01-01", to: "2023-03-01", granularity: "MONTH" } },
  ],
  ["penetration without technology", { measures: ["PENETRATION"] }],
  ["growth without compareTo", { measures: ["GROWTH"], time: { periods: [period] } }],
  ["growth without time", { measures: ["GROWTH"], compareTo: period }],
  ["compareTo without growth", { measures: ["POST_COUNT"], compareTo: period }],
  [
    "reversed compareTo",
    { measures: ["GROWTH"], time: { periods: [period] }, compareTo: { ...period, to: "2022-01-01" } },
  ],
  [
    "compareTo without label",
    { measures: ["GROWTH"], time: { periods: [period] }, compareTo: { ...period, label: "" } },
  ],
  ["negative threshold", { measures: ["POST_COUNT"], threshold: -1 }],
  ["infinite threshold", { measures: ["POST_COUNT"], threshold: Infinity }],
  ["zero limit", { measures: ["POST_COUNT"], limit: 0 }],
  ["huge limit", { measures: ["POST_COUNT"], limit: 10_001 }],
  ["fractional limit", { measures: ["POST_COUNT"], limit: 1.5 }],
  ["negative offset", { measures: ["POST_COUNT"], offset: -1 }],
  ["order by a stranger", { measures: ["POST_COUNT"], order: [{ by: "COUNTRY" }] }],
  ["order by period without time", { measures: ["POST_COUNT"], order: [{ by: "PERIOD" }] }],
  [
    "order by a stranger with time",
    { measures: ["POST_COUNT"], time: { periods: [period] }, order: [{ by: "POST_COUNT" }, { by: "X" }] },
  ],
  ["in with value", c({ field: "COUNTRY", in: ["x"], gte: 1 })],
  ["nothing set", c({ field: "COUNTRY" })],
  ["in and notIn", c({ field: "COUNTRY", in: ["x"], notIn: ["y"] })],
  ["empty in", c({ field: "COUNTRY", in: [] })],
  ["empty notIn", c({ field: "COUNTRY", notIn: [] })],
  ["bad group value", c({ field: "CATEGORY_GROUP", in: ["technical", "other"] })],
  ["value with in", c({ field: "VALUE", in: ["1"] })],
  ["value not a number", c({ field: "VALUE", gte: NaN })],
  ["value nothing", c({ field: "VALUE" })],
  ["posted reversed", c({ field: "POSTED_AT", from: "2023-01-01", to: "2022-01-01" })],
  ["posted bad day", c({ field: "POSTED_AT", from: "2023-01-01", to: "2023-13-01" })],
  ["posted with text", c({ field: "POSTED_AT", from: "2023-01-01", text: "x" })],
  ["text empty", c({ field: "TEXT", text: "" })],
  ["text with in", c({ field: "TEXT", in: ["x"] })],
  [
    "too deep",
    {
      measures: ["POST_COUNT"],
      where: { groups: [{ groups: [{ groups: [{ groups: [{ groups: [{ groups: [{}] }] }] }] }] }] },
    },
  ],
  [
    "too many conditions",
    {
      measures: ["POST_COUNT"],
      where: { conditions: Array.from({ length: 201 }, () => ({ field: "COUNTRY", in: ["x"] })) },
    } as AnalyticsQuery,
  ],
  [
    "nested bad condition",
    {
      measures: ["POST_COUNT"],
      where: {
        groups: [
          {
            conditions: [
              { field: "COUNTRY", in: ["x"] },
              { field: "SKILL", notIn: [] },
            ],
          },
        ],
      },
    } as AnalyticsQuery,
  ],
];

const EXPECTED: Record<string, [message: string, field: string]> = {
  "no measures": ["measures must name at least one measure", "query.measures"],
  "unknown measure": ["unknown measure 'NOPE'", "query.measures"],
  "repeated dimension": ["dimensions must not repeat", "query.dimensions"],
  "five dimensions": ["at most 4 dimensions", "query.dimensions"],
  "unknown dimension": ["unknown dimension 'NOPE'", "query.dimensions"],
  "periods and granularity": [
    "query.time takes either periods or from / to (with an optional granularity), not both",
    "query.time.periods",
  ],
  "periods and from": [
    "query.time takes either periods or from / to (with an optional granularity), not both",
    "query.time.periods",
  ],
  "empty periods": ["query.time.periods must list at least one period", "query.time.periods"],
  "repeated period label": [
    "query.time.periods[1].label 'p' is used by another period",
    "query.time.periods[1].label",
  ],
  "period without label": ["query.time.periods[0].label must not be empty", "query.time.periods[0].label"],
  "reversed period": [
    "query.time.periods[0].to (2023-01-01) must be after query.time.periods[0].from (2024-01-01): periods are [from, to)",
    "query.time.periods[0].to",
  ],
  "from without to": ["query.time needs from and to (or a list of periods)", "query.time"],
  "empty range": [
    "query.time.to (2023-01-01) must be after query.time.from (2023-01-01): periods are [from, to)",
    "query.time.to",
  ],
  "bad day": ["query.time.from: the day 2023-02-30 does not exist", "query.time.from"],
  "not a day": ['query.time.from must be a day "YYYY-MM-DD", got "2023-1-1"', "query.time.from"],
  "too many days": ["from..to spans more than 2000 months; choose a coarser granularity", "query.time.to"],
  "penetration without technology": ["PENETRATION needs a technology (query.technology)", "query.technology"],
  "growth without compareTo": ["GROWTH needs a comparison period (query.compareTo)", "query.compareTo"],
  "growth without time": [
    "GROWTH needs a time dimension (query.time) to compare with compareTo",
    "query.time",
  ],
  "compareTo without growth": [
    "query.compareTo is only used by GROWTH; add it to measures",
    "query.compareTo",
  ],
  "reversed compareTo": [
    "query.compareTo.to (2022-01-01) must be after query.compareTo.from (2023-01-01): periods are [from, to)",
    "query.compareTo.to",
  ],
  "compareTo without label": ["query.compareTo.label must not be empty", "query.compareTo.label"],
  "negative threshold": ["query.threshold must be a number of at least 0", "query.threshold"],
  "infinite threshold": ["query.threshold must be a number of at least 0", "query.threshold"],
  "zero limit": ["query.limit must be between 1 and 10000", "query.limit"],
  "huge limit": ["query.limit must be between 1 and 10000", "query.limit"],
  "fractional limit": ["query.limit must be between 1 and 10000", "query.limit"],
  "negative offset": ["query.offset must not be negative", "query.offset"],
  "order by a stranger": [
    "query.order[0].by 'COUNTRY' is not a measure or dimension of this query",
    "query.order[0].by",
  ],
  "order by period without time": [
    "query.order[0].by 'PERIOD' is not a measure or dimension of this query",
    "query.order[0].by",
  ],
  "order by a stranger with time": [
    "query.order[1].by 'X' is not a measure or dimension of this query nor PERIOD",
    "query.order[1].by",
  ],
  "in with value": [
    "query.where.conditions[0]: a COUNTRY condition takes in / notIn, not gte",
    "query.where.conditions[0].gte",
  ],
  "nothing set": [
    "query.where.conditions[0]: a COUNTRY condition needs one of in / notIn",
    "query.where.conditions[0]",
  ],
  "in and notIn": [
    "query.where.conditions[0]: give either in or notIn, not both",
    "query.where.conditions[0]",
  ],
  "empty in": ["query.where.conditions[0].in must not be empty", "query.where.conditions[0].in"],
  "empty notIn": ["query.where.conditions[0].notIn must not be empty", "query.where.conditions[0].notIn"],
  "bad group value": [
    "query.where.conditions[0].in: CATEGORY_GROUP values are technical and non-technical, got 'other'",
    "query.where.conditions[0].in",
  ],
  "value with in": [
    "query.where.conditions[0]: a VALUE condition takes gte / gt / lte / lt, not in",
    "query.where.conditions[0].in",
  ],
  "value not a number": ["query.where.conditions[0].gte must be a number", "query.where.conditions[0].gte"],
  "value nothing": [
    "query.where.conditions[0]: a VALUE condition needs one of gte / gt / lte / lt",
    "query.where.conditions[0]",
  ],
  "posted reversed": [
    "query.where.conditions[0].to (2022-01-01) must be after query.where.conditions[0].from (2023-01-01): periods are [from, to)",
    "query.where.conditions[0].to",
  ],
  "posted bad day": [
    'query.where.conditions[0].to must be a day "YYYY-MM-DD", got "2023-13-01"',
    "query.where.conditions[0].to",
  ],
  "posted with text": [
    "query.where.conditions[0]: a POSTED_AT condition takes from / to, not text",
    "query.where.conditions[0].text",
  ],
  "text empty": [
    "query.where.conditions[0].text has no words to search for",
    "query.where.conditions[0].text",
  ],
  "text with in": [
    "query.where.conditions[0]: a TEXT condition takes text, not in",
    "query.where.conditions[0].in",
  ],
  "too deep": [
    "query.where.groups[0].groups[0].groups[0].groups[0].groups[0].groups[0]: filter groups nest at most 6 deep",
    "query.where.groups[0].groups[0].groups[0].groups[0].groups[0].groups[0]",
  ],
  "too many conditions": ["where: at most 200 conditions", "where"],
  "nested bad condition": [
    "query.where.groups[0].conditions[1].notIn must not be empty",
    "query.where.groups[0].conditions[1].notIn",
  ],
};

function failure(q: AnalyticsQuery): { message: string; code: unknown; field: unknown } | null {
  try {
    checkAnalyticsQuery(q);
  } catch (e) {
    const err = e as { message: string; extensions: { code: unknown; field: unknown } };
    return { message: err.message, code: err.extensions.code, field: err.extensions.field };
  }
  return null;
}

describe("checks of a generic query", () => {
  it.each(CASES)("refuses %s with a message naming the field", (name, q) => {
    const [message, field] = EXPECTED[name]!;
    expect(failure(q)).toEqual({ message, code: "BAD_USER_INPUT", field });
  });

  it("fills in the defaults and resolves the periods of a valid query", () => {
    const q = checkAnalyticsQuery({
      measures: ["POST_COUNT", "POST_COUNT", "AVG_VALUE"],
      time: { from: "2023-01-15", to: "2023-05-02", granularity: "QUARTER" },
      order: [{ by: "PERIOD" }],
    });
    expect(q).toEqual({
      measures: ["POST_COUNT", "AVG_VALUE"],
      dimensions: [],
      technology: null,
      periods: [
        { label: "2023-Q1", from: "2023-01-15", to: "2023-04-01" },
        { label: "2023-Q2", from: "2023-04-01", to: "2023-05-02" },
      ],
      compareTo: null,
      where: null,
      threshold: 1000,
      order: [{ by: "PERIOD", direction: "ASC" }],
      limit: 1000,
      offset: 0,
    });
  });
});
