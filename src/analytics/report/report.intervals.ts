// 95% intervals for the report's claims, from the counts behind them (sampling error only):
// Wilson's score interval for a share, Newcombe's hybrid score interval for a difference of two
// shares, and the log-ratio (Katz) interval for the growth of a count. Pure functions, in the
// claim's unit (percent or points).

/** The normal quantile of a two-sided 95% interval. */
const Z = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson's 95% score interval of the share x / n, in percent; null when n = 0. */
export function shareInterval(x: number, n: number): Interval | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
}

/**
 * Newcombe's 95% interval (method 10) of the difference x1/n1 - x2/n2 of two independent
 * shares, in points; null when either share has no posts.
 */
export function differenceInterval(x1: number, n1: number, x2: number, n2: number): Interval | null {
  const a = shareInterval(x1, n1);
  const b = shareInterval(x2, n2);
  if (a === null || b === null) return null;
  const p1 = (x1 / n1) * 100;
  const p2 = (x2 / n2) * 100;
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

/**
 * 95% interval of the growth (to / from - 1) of a count, in percent, treating both counts as
 * Poisson: exp(log(to / from) ± z·sqrt(1/from + 1/to)) - 1. Null when either count is 0.
 */
export function growthInterval(from: number, to: number): Interval | null {
  if (from <= 0 || to <= 0) return null;
  const log = Math.log(to / from);
  const half = Z * Math.sqrt(1 / from + 1 / to);
  return { low: (Math.exp(log - half) - 1) * 100, high: (Math.exp(log + half) - 1) * 100 };
}
