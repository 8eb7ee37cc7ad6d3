// A skill's own name always matches as a tag: a post tagged "Text Summarization" counts for the
// skill "Text summarization" (and so its bucket) whether or not an editor listed that tag.
//
// The rule is kept as data, not as a third way into skill-membership.ts: the dictionary always
// holds, for every skill, a tag alias equal to its normalized name. Membership (the SQL of
// skill-membership.ts, the triggers behind post_bucket_counts, the import's tag counts and the
// in-memory engine) then needs no change, and every reader of the dictionary sees the same
// aliases. The alias is put there in three places, all through this module:
// - loading taxonomy/skills.yaml (taxonomy.files.ts): a skill whose name is not among its tags
//   gets it first; a name that is another skill's tag or phrase is refused with its path;
// - every replacement of the whole dictionary (replaceDictionary: a file load, a revert to a
//   version older than this rule);
// - the edits that create or rename a skill (taxonomy-edit.service.ts), which refuse a name that
//   is another skill's tag (CONFLICT, as addAlias does); removing a skill's name tag is refused.
// A rename keeps the old name's tag as an ordinary alias: posts tagged with the old name were
// tagged with this skill.
import { normalizeTag } from "./normalize";
import type { BucketDef } from "./taxonomy.model";

/** The tag alias a skill's name gives it. */
export function nameTag(name: string): string {
  return normalizeTag(name);
}

/**
 * The dictionary with every skill's name tag among its tags (put first when missing; a skill that
 * lists it keeps it where it is). When another skill holds that tag (possible only in a
 * dictionary older than this rule), that skill keeps it: a tag maps to one skill.
 */
export function withNameTags(buckets: readonly BucketDef[]): BucketDef[] {
  const owner = new Map<string, string>();
  for (const b of buckets) for (const s of b.skills) for (const t of s.tags) owner.set(t, s.id);
  return buckets.map((b) => ({
    ...b,
    skills: b.skills.map((s) => {
      const tag = nameTag(s.name);
      if (tag === "" || owner.has(tag)) return s;
      owner.set(tag, s.id);
      return { ...s, tags: [tag, ...s.tags] };
    }),
  }));
}
