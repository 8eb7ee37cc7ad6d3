// Every from / to pair the API takes is checked by one rule (checkFromBeforeTo): an empty or
// reversed range is refused with BAD_USER_INPUT, in the words each argument has always used.
import { describe, expect, it } from "vitest";
import { checkRange } from "../../src/analytics/analytics.periods";
import { checkPeriodRange } from "../../src/shared/period.input";
import { checkFromBeforeTo } from "../../src/shared/period-range";

function failure(run: () => unknown): { message: string; code: unknown; field: unknown } | null {
  try {
    run();
  } catch (e) {
    const err = e as { message: string; extensions: { code: unknown; field: unknown } };
    return { message: err.message, code: err.extensions.code, field: err.extensions.field };
  }
  return null;
}

describe("the period range check", () => {
  it("accepts a range of one day and refuses an empty or reversed one", () => {
    const error = { message: "no", field: "f" };
    expect(failure(() => checkFromBeforeTo({ from: "2023-01-01", to: "2023-01-02" }, error))).toBeNull();
    for (const to of ["2023-01-01", "2022-12-31"])
      expect(failure(() => checkFromBeforeTo({ from: "2023-01-01", to }, error))).toEqual({
        message: "no",
        code: "BAD_USER_INPUT",
        field: "f",
      });
  });

  it("names an analytics range's to, with both days", () => {
    expect(failure(() => checkRange("2023-02-01", "2023-01-01", "query.time"))).toEqual({
      message:
        "query.time.to (2023-01-01) must be after query.time.from (2023-02-01): periods are [from, to)",
      code: "BAD_USER_INPUT",
      field: "query.time.to",
    });
    expect(failure(() => checkRange("2023-01-01", "2023-01-01", ""))?.field).toBe("to");
    expect(checkRange("2023-01-01", "2023-01-02", "")).toEqual({ from: "2023-01-01", to: "2023-01-02" });
  });

  it("names a PeriodInput argument as a whole", () => {
    expect(failure(() => checkPeriodRange({ from: "2023-01-01", to: "2023-01-01" }))).toEqual({
      message: "period: 'from' (2023-01-01) must be before 'to' (2023-01-01)",
      code: "BAD_USER_INPUT",
      field: "period",
    });
    expect(failure(() => checkPeriodRange({ from: "2023-01-01", to: "2024-01-01" }))).toBeNull();
  });
});
