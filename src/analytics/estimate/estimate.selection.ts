// Whether a client selected estimate fields under a query's field (fragments included), so that
// the answers compute estimates only when asked: the extra pass over the posts costs a fact pass.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

function selects(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  wanted: (name: string) => boolean,
  seen: Set<string>,
): boolean {
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (wanted(s.name.value) || selects(s.selectionSet, info, wanted, seen)) return true;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (selects(s.selectionSet, info, wanted, seen)) return true;
    } else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      if (selects(info.fragments[s.name.value]?.selectionSet, info, wanted, seen)) return true;
    }
  }
  return false;
}

/** True when the field being resolved has, at any depth below it, a field `wanted` accepts. */
export function selectsAny(info: GraphQLResolveInfo, wanted: (name: string) => boolean): boolean {
  const seen = new Set<string>();
  return info.fieldNodes.some((node) => selects(node.selectionSet, info, wanted, seen));
}

/** A study row's estimate fields: `postsEstimate`, `shareEstimate`... */
export const isRowEstimate = (name: string): boolean => name.endsWith("Estimate");

/** MeasureValue's estimate fields. */
export const isMeasureEstimate = (name: string): boolean =>
  name === "estimate" || name === "low" || name === "high";
