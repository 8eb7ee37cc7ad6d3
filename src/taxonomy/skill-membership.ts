// The one rule for "a post is in skill S / bucket B", as SQL. A post is in a skill when one of
// its skill tags (post_skills.tag) equals a tag alias of the skill, or a phrase alias of the skill
// was found in its text (phrase_hits.phrase); it is in a bucket when it is in one of the bucket's
// skills. Everything that reads membership from the raw tables builds its SQL here: the post
// filter's bucket, the analytics builders (BUCKET and SKILL dimensions and conditions, bucket
// demand under a past dictionary) and the bucket counts of taxonomy edits. The triggers of
// migration 0005 keep post_bucket_counts by the same rule (test/analytics/bucket-membership.test.ts
// checks that the two agree), and the in-memory engine (analytics.engine.ts) applies it in
// JavaScript to the live dictionary read by readLiveAliases.
import { EMPTY, join, raw, sql, type Sql } from "../db/sql-fragment";
import { invariant } from "../shared/errors";

/** The two ways into a skill: the post's rows and the alias kind that must equal their value. */
const WAYS = [
  { kind: "tag", rows: "post_skills ps", post: "ps.post_id", value: "ps.tag" },
  { kind: "phrase", rows: "phrase_hits ph", post: "ph.post_id", value: "ph.phrase" },
] as const;

type MemberColumn = "post_id" | "bucket_id" | "skill_id";

interface MembershipOptions {
  /** The columns of each row, in this order. */
  columns: readonly MemberColumn[];
  /** Only skills that pass this condition over the live skill `s` (s.id, s.bucket_id). */
  where?: Sql | null;
  /**
   * A past dictionary instead of the live tables: the name of a relation with columns
   * (bucket_id, kind, alias). It knows buckets only, so no skill_id.
   */
  dictionary?: string | null;
  /**
   * Only the posts of this relation (a name with a post_id column), walked as the outer loop:
   * CROSS JOIN keeps the planner from walking every alias's posting list over all posts (4 s
   * instead of milliseconds on 1M posts).
   */
  posts?: string | null;
}

/**
 * (post, bucket, skill) rows of membership, one SELECT per way in, joined by UNION: a post in a
 * bucket by several aliases comes out once per distinct row of the chosen columns.
 */
export function membershipSql(o: MembershipOptions): Sql {
  const past = o.dictionary ?? null;
  invariant(past === null || !o.columns.includes("skill_id"), "a past dictionary knows no skills");
  invariant(past === null || !o.where, "a past dictionary has no skill rows to filter");
  const on = o.posts ? "CROSS JOIN" : "JOIN";
  // A UNION takes its column names from its first SELECT, so only that one names skill_id.
  const arms = WAYS.map((w, i) => {
    const columns = o.columns
      .map((c) =>
        c === "post_id"
          ? w.post
          : c === "bucket_id"
            ? `${past ? "d" : "s"}.bucket_id`
            : `s.id${i === 0 ? " AS skill_id" : ""}`,
      )
      .join(", ");
    const rows = o.posts ? `${o.posts} sc CROSS JOIN ${w.rows} ON ${w.post} = sc.post_id` : w.rows;
    const dictionary = past
      ? `${on} ${past} d ON d.kind = '${w.kind}' AND d.alias = ${w.value}`
      : `${on} skill_aliases a ON a.kind = '${w.kind}' AND a.alias = ${w.value} ${on} skills s ON s.id = a.skill_id`;
    const where = o.where ? sql` WHERE ${o.where}` : EMPTY;
    return sql`${raw(`SELECT ${columns} FROM ${rows}\n    ${dictionary}`)}${where}`;
  });
  return join(arms, "\n  UNION ");
}

/** (post_id, bucket_id, skill_id) of every post with a skill of the live dictionary. */
export const LIVE_MEMBERSHIP: Sql = membershipSql({ columns: ["post_id", "bucket_id", "skill_id"] });

/** Post ids of the live dictionary's bucket `bucket`. */
export function bucketPostsSql(bucket: string): Sql {
  return membershipSql({ columns: ["post_id"], where: sql`s.bucket_id = ${bucket}` });
}
