// Page sizes of every connection (a default and a hard maximum) and their PageInfo.
import { BadUserInputError } from "./errors";
import type { PageInfo } from "./page-info.type";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** The effective page size; BAD_USER_INPUT naming `field` when out of range. */
export function checkPageSize(first: number | undefined | null, field = "first"): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
    throw new BadUserInputError(
      `${field} must be an integer between 0 and ${MAX_PAGE_SIZE}, got ${first}`,
      field,
    );
  return first;
}

/** The PageInfo of a page of edges (first and last cursors from the edges themselves). */
export function pageInfoOf(
  edges: readonly { cursor: string }[],
  flags: { hasNextPage: boolean; hasPreviousPage: boolean },
): PageInfo {
  return {
    ...flags,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
