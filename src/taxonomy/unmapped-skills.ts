// Triage for editors: what AI posts talk about that the dictionary does not map yet. Skill tags
// no tag alias covers, and two-word title phrases no alias covers, ranked by how many AI posts
// (final label) carry them.
import type { Db } from "../db/client";
import { normalizeTag } from "./normalize";
import {
  allAliases,
  technologyPostTitles,
  unmappedTags,
  type AliasKindValue,
  type PostScope,
} from "./taxonomy-edit.repository";

/** The technology whose posts are triaged. */
const TRIAGE_TECHNOLOGY = "ai";

interface UnmappedSkillRow {
  tag: string;
  kind: AliasKindValue;
  posts: number;
  exampleTitles: string[];
}

// Words that make a title phrase about the job rather than a skill ("looking for", "ai expert").
const STOP_WORDS = new Set(
  (
    "a an and are as at be by can for from get have help i in into is it its me my need needed needs of on or " +
    "our the this to up us we will with you your looking want wanted seeking hire hiring required job project " +
    "expert experts experienced specialist developer developers engineer freelancer professional urgent " +
    "long term short quick simple small new based using build create"
  ) // common filler
    .split(" "),
);

/** Parts of a title that a phrase may not cross: punctuation other than . + # - inside words, or " - ". */
const SEGMENT_BREAK = /[^\p{L}\p{N}\s.+#-]+|\s-+\s/u;

/** Distinct two-word phrases of a title, both words meaningful, never across punctuation. */
export function titleBigrams(title: string): Set<string> {
  const out = new Set<string>();
  for (const segment of normalizeTag(title).split(SEGMENT_BREAK)) {
    const words = segment
      .split(" ")
      .map((w) => w.replace(/^[.-]+|[.-]+$/gu, ""))
      .filter((w) => w !== "");
    for (let i = 0; i + 1 < words.length; i += 1) {
      const a = words[i]!;
      const b = words[i + 1]!;
      if (STOP_WORDS.has(a) || STOP_WORDS.has(b) || /^\d+$/u.test(a) || /^\d+$/u.test(b)) continue;
      if (a.length < 2 || b.length < 2) continue;
      out.add(`${a} ${b}`);
    }
  }
  return out;
}

export function unmappedSkills(
  db: Db,
  options: { scope: PostScope; minPosts: number; first: number },
): UnmappedSkillRow[] {
  const { scope, minPosts, first } = options;
  const tags: UnmappedSkillRow[] = unmappedTags(db, TRIAGE_TECHNOLOGY, scope, minPosts, first).map((t) => ({
    tag: t.tag,
    kind: "tag",
    posts: t.posts,
    exampleTitles: t.examples,
  }));

  const mapped = new Set(allAliases(db).map((a) => a.alias));
  const counts = new Map<string, { posts: number; examples: string[] }>();
  for (const post of technologyPostTitles(db, TRIAGE_TECHNOLOGY, scope)) {
    for (const phrase of titleBigrams(post.title)) {
      if (mapped.has(phrase)) continue;
      let entry = counts.get(phrase);
      if (!entry) counts.set(phrase, (entry = { posts: 0, examples: [] }));
      entry.posts += 1;
      if (entry.examples.length < 3) entry.examples.push(post.title);
    }
  }
  const phrases: UnmappedSkillRow[] = [...counts]
    .filter(([, e]) => e.posts >= minPosts)
    .map(([tag, e]) => ({ tag, kind: "phrase", posts: e.posts, exampleTitles: e.examples }));

  return [...tags, ...phrases]
    .sort((x, y) => y.posts - x.posts || y.kind.localeCompare(x.kind) || x.tag.localeCompare(y.tag))
    .slice(0, first);
}
