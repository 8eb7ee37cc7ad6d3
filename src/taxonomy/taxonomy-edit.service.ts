// Edits of the skill dictionary. Each edit is one synchronous transaction: check the caller's
// expected version, validate, write, keep the phrase index in step, and log the change (who,
// when, what it was before and after, and the whole dictionary after). Any error rolls all of
// it back. A preview runs the very same edit, measures bucket post counts before and after, and
// rolls back, so a preview is the edit's effect by construction.
import { writeTransaction, type Db } from "../db/client";
import { BadUserInputError, ConflictError, invariant, NotFoundError } from "../shared/errors";
import { normalizeTag, slugify } from "./normalize";
import { nameTag, withNameTags } from "./skill-name-tag";
import {
  aliasesOfSkill,
  aliasOwner,
  allBucketRows,
  allSkillRows,
  bucketPostCounts,
  changeTime,
  deleteAlias,
  deleteBucketRows,
  deleteSkillRows,
  findBucket,
  findSkill,
  insertAlias,
  insertBucket,
  insertSkill,
  moveAliases,
  moveSkillRow,
  renameBucketRow,
  renameSkillRow,
  skillsOfBucket,
  type AliasKindValue,
  type BucketRow,
  type PostScope,
  type SkillRow,
} from "./taxonomy-edit.repository";
import { dictionaryAtVersion } from "./taxonomy-history";
import {
  allPhrases,
  appendChange,
  currentVersion,
  indexPhrases,
  readDictionary,
  replaceDictionary,
} from "./taxonomy.repository";
import type { BucketDef } from "./taxonomy.model";

const MAX_NAME_LENGTH = 100;
const MAX_ALIAS_LENGTH = 100;

export type TaxonomyOp =
  | { op: "createBucket"; name: string }
  | { op: "renameBucket"; bucketId: string; name: string }
  | { op: "deleteBucket"; bucketId: string; cascade: boolean }
  | { op: "createSkill"; bucketId: string; name: string }
  | { op: "renameSkill"; skillId: string; name: string }
  | { op: "moveSkill"; skillId: string; bucketId: string }
  | { op: "mergeSkills"; sourceId: string; targetId: string }
  | { op: "deleteSkill"; skillId: string }
  | { op: "addAlias"; skillId: string; alias: string; kind: AliasKindValue }
  | { op: "removeAlias"; skillId: string; alias: string; kind: AliasKindValue }
  | { op: "revertTaxonomy"; toVersion: number };

type OperationName = TaxonomyOp["op"];

/** A skill with its aliases, as the change log records it. */
interface SkillState {
  id: string;
  name: string;
  bucketId: string;
  tags: string[];
  phrases: string[];
}

export interface EditResult {
  version: number;
  operation: OperationName;
  at: string;
  actor: string;
  /** The bucket the edit created, renamed, or moved a skill to (null when it was deleted). */
  bucket: BucketRow | null;
  /** The skill the edit created, renamed, moved, merged into or gave an alias (null when deleted). */
  skill: SkillRow | null;
  /** The alias added or removed. */
  alias: { alias: string; kind: AliasKindValue } | null;
  deletedBucketIds: string[];
  deletedSkillIds: string[];
}

interface Outcome {
  before: unknown;
  after: unknown;
  bucket?: BucketRow | null;
  skill?: SkillRow | null;
  alias?: { alias: string; kind: AliasKindValue } | null;
  deletedBucketIds?: string[];
  deletedSkillIds?: string[];
}

function skillState(db: Db, skill: SkillRow): SkillState {
  const aliases = aliasesOfSkill(db, skill.id);
  return {
    id: skill.id,
    name: skill.name,
    bucketId: skill.bucketId,
    tags: aliases.filter((a) => a.kind === "tag").map((a) => a.alias),
    phrases: aliases.filter((a) => a.kind === "phrase").map((a) => a.alias),
  };
}

function bucketState(db: Db, bucket: BucketRow): BucketRow & { skills: SkillState[] } {
  return { ...bucket, skills: skillsOfBucket(db, bucket.id).map((s) => skillState(db, s)) };
}

function needBucket(db: Db, id: string, field: string): BucketRow {
  const bucket = findBucket(db, id);
  if (!bucket) throw new NotFoundError(`No bucket with id "${id}" (${field}).`, { field });
  return bucket;
}

function needSkill(db: Db, id: string, field: string): SkillRow {
  const skill = findSkill(db, id);
  if (!skill) throw new NotFoundError(`No skill with id "${id}" (${field}).`, { field });
  return skill;
}

/** A trimmed, non-empty name that no other row of the same kind has (case and spacing ignored). */
function checkName(
  raw: string,
  field: string,
  what: "bucket" | "skill",
  others: { id: string; name: string }[],
  selfId?: string,
): string {
  const name = raw.normalize("NFKC").replace(/\s+/gu, " ").trim();
  if (name === "") throw new BadUserInputError(`The ${what} name must not be empty.`, field);
  if (name.length > MAX_NAME_LENGTH)
    throw new BadUserInputError(`The ${what} name must be at most ${MAX_NAME_LENGTH} characters.`, field);
  const key = normalizeTag(name);
  const clash = others.find((o) => o.id !== selfId && normalizeTag(o.name) === key);
  if (clash)
    throw new BadUserInputError(`A ${what} named "${clash.name}" already exists (id "${clash.id}").`, field, {
      existingId: clash.id,
    });
  return name;
}

/** A new id from the name, made unique with a numeric suffix. */
function newId(name: string, what: string, taken: { id: string }[]): string {
  const ids = new Set(taken.map((t) => t.id));
  const base = slugify(name) || what;
  let id = base;
  for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

function checkAlias(raw: string, kind: AliasKindValue): string {
  const alias = normalizeTag(raw);
  if (alias === "") throw new BadUserInputError("The alias must not be empty.", "alias");
  if (alias.length > MAX_ALIAS_LENGTH)
    throw new BadUserInputError(`The alias must be at most ${MAX_ALIAS_LENGTH} characters.`, "alias");
  if (kind === "phrase" && !/[\p{L}\p{N}]/u.test(alias))
    throw new BadUserInputError("A phrase alias needs at least one letter or digit.", "alias");
  return alias;
}

/**
 * A skill's name always matches as its tag (skill-name-tag.ts), so a name that is another skill's
 * tag alias would map one tag to two skills: CONFLICT naming that skill, as addAlias does.
 */
function checkNameTag(db: Db, name: string, selfId: string | null): void {
  const tag = nameTag(name);
  const owner = aliasOwner(db, "tag", tag);
  if (owner && owner.id !== selfId)
    throw new ConflictError(
      `"${tag}" is a tag alias of skill "${owner.name}" (id "${owner.id}"), and a skill's name always matches as its own tag: remove the alias there first, or pick another name.`,
      { field: "name", skillId: owner.id, skillName: owner.name },
    );
}

/** Gives the skill its name tag unless it has it already (checkNameTag has run). */
function addNameTag(db: Db, skill: SkillRow): void {
  const tag = nameTag(skill.name);
  if (!aliasOwner(db, "tag", tag)) insertAlias(db, skill.id, "tag", tag);
}

/** Indexes, over every post, the phrases of the live dictionary that were not live before. */
function indexNewPhrases(db: Db, before: Set<string>): void {
  const added = allPhrases(db).filter((p) => !before.has(p));
  if (added.length > 0) indexPhrases(db, added, { afterId: 0 });
}

/** The edit of one kind. */
type EditOf<K extends OperationName> = Extract<TaxonomyOp, { op: K }>;

/** Runs one edit inside the caller's transaction: validates, writes, and says what changed. */
type EditHandler<K extends OperationName> = (db: Db, edit: EditOf<K>) => Outcome;

/**
 * One handler per kind of edit. The type maps every kind to its handler, so a kind added to
 * TaxonomyOp does not compile until it has one here.
 */
const HANDLERS: { [K in OperationName]: EditHandler<K> } = {
  createBucket(db, edit) {
    const existing = allBucketRows(db);
    const name = checkName(edit.name, "name", "bucket", existing);
    const bucket = { id: newId(name, "bucket", existing), name };
    insertBucket(db, bucket.id, bucket.name);
    return { before: null, after: { bucket }, bucket };
  },

  renameBucket(db, edit) {
    const old = needBucket(db, edit.bucketId, "bucketId");
    const name = checkName(edit.name, "name", "bucket", allBucketRows(db), old.id);
    if (name === old.name) throw new BadUserInputError(`The bucket is already named "${name}".`, "name");
    renameBucketRow(db, old.id, name);
    const bucket = { id: old.id, name };
    return { before: { bucket: old }, after: { bucket }, bucket };
  },

  deleteBucket(db, edit) {
    const bucket = needBucket(db, edit.bucketId, "bucketId");
    const state = bucketState(db, bucket);
    if (state.skills.length > 0 && !edit.cascade) {
      const names = state.skills.map((s) => `"${s.name}"`).join(", ");
      throw new BadUserInputError(
        `Bucket "${bucket.name}" still has ${state.skills.length} skill(s) (${names}): move them to another bucket first, or pass cascade: true to delete them with it.`,
        "cascade",
      );
    }
    deleteBucketRows(db, bucket.id);
    return {
      before: { bucket: state },
      after: null,
      deletedBucketIds: [bucket.id],
      deletedSkillIds: state.skills.map((s) => s.id),
    };
  },

  createSkill(db, edit) {
    const bucket = needBucket(db, edit.bucketId, "bucketId");
    const existing = allSkillRows(db);
    const name = checkName(edit.name, "name", "skill", existing);
    const skill = { id: newId(name, "skill", existing), name, bucketId: bucket.id };
    checkNameTag(db, name, null);
    insertSkill(db, skill.id, skill.name, skill.bucketId);
    addNameTag(db, skill);
    return { before: null, after: { skill: skillState(db, skill) }, skill, bucket };
  },

  renameSkill(db, edit) {
    const old = needSkill(db, edit.skillId, "skillId");
    const name = checkName(edit.name, "name", "skill", allSkillRows(db), old.id);
    if (name === old.name) throw new BadUserInputError(`The skill is already named "${name}".`, "name");
    checkNameTag(db, name, old.id);
    const before = skillState(db, old);
    renameSkillRow(db, old.id, name);
    const skill = { ...old, name };
    // The old name's tag stays, as an ordinary alias: posts tagged with it meant this skill.
    addNameTag(db, skill);
    return { before: { skill: before }, after: { skill: skillState(db, skill) }, skill };
  },

  moveSkill(db, edit) {
    const old = needSkill(db, edit.skillId, "skillId");
    const bucket = needBucket(db, edit.bucketId, "bucketId");
    if (old.bucketId === bucket.id)
      throw new BadUserInputError(`Skill "${old.name}" is already in bucket "${bucket.name}".`, "bucketId");
    const before = skillState(db, old);
    moveSkillRow(db, old.id, bucket.id);
    const skill = { ...old, bucketId: bucket.id };
    return { before: { skill: before }, after: { skill: skillState(db, skill) }, skill, bucket };
  },

  mergeSkills(db, edit) {
    const source = needSkill(db, edit.sourceId, "sourceId");
    const target = needSkill(db, edit.targetId, "targetId");
    if (source.id === target.id)
      throw new BadUserInputError(
        "A skill cannot be merged into itself: pick two different skills.",
        "targetId",
      );
    const before = { source: skillState(db, source), target: skillState(db, target) };
    moveAliases(db, source.id, target.id);
    deleteSkillRows(db, source.id);
    return {
      before,
      after: { target: skillState(db, target) },
      skill: target,
      deletedSkillIds: [source.id],
    };
  },

  deleteSkill(db, edit) {
    const skill = needSkill(db, edit.skillId, "skillId");
    const before = skillState(db, skill);
    deleteSkillRows(db, skill.id);
    return { before: { skill: before }, after: null, deletedSkillIds: [skill.id] };
  },

  addAlias(db, edit) {
    const skill = needSkill(db, edit.skillId, "skillId");
    const alias = checkAlias(edit.alias, edit.kind);
    const owner = aliasOwner(db, edit.kind, alias);
    if (owner && owner.id === skill.id)
      throw new BadUserInputError(
        `"${alias}" is already a ${edit.kind} alias of skill "${skill.name}".`,
        "alias",
      );
    if (owner)
      throw new ConflictError(
        `The ${edit.kind} alias "${alias}" already belongs to skill "${owner.name}" (id "${owner.id}"): remove it there first, or merge the skills.`,
        { field: "alias", skillId: owner.id, skillName: owner.name },
      );
    const before = skillState(db, skill);
    insertAlias(db, skill.id, edit.kind, alias);
    // Phrase hits are kept per phrase: index this one over every post now, in this transaction.
    if (edit.kind === "phrase") indexPhrases(db, [alias], { afterId: 0 });
    return {
      before: { skill: before },
      after: { skill: skillState(db, skill) },
      skill,
      alias: { alias, kind: edit.kind },
    };
  },

  removeAlias(db, edit) {
    const skill = needSkill(db, edit.skillId, "skillId");
    const alias = normalizeTag(edit.alias);
    if (edit.kind === "tag" && alias === nameTag(skill.name))
      throw new BadUserInputError(
        `"${alias}" is the name of skill "${skill.name}", which always matches as its tag: rename the skill to drop it.`,
        "alias",
      );
    const before = skillState(db, skill);
    // The phrase's hits stay in phrase_hits: they are keyed by phrase, so past versions of the
    // dictionary can still be answered, and they count for nothing while no alias uses them.
    if (!deleteAlias(db, skill.id, edit.kind, alias))
      throw new NotFoundError(`Skill "${skill.name}" has no ${edit.kind} alias "${alias}".`, {
        field: "alias",
      });
    return {
      before: { skill: before },
      after: { skill: skillState(db, skill) },
      skill,
      alias: { alias, kind: edit.kind },
    };
  },

  revertTaxonomy(db, edit) {
    const current = currentVersion(db);
    if (edit.toVersion === current)
      throw new BadUserInputError(`The dictionary is already at version ${current}.`, "toVersion");
    if (edit.toVersion === 0)
      throw new BadUserInputError(
        "Version 0 is the empty dictionary before the first load: pick a later version.",
        "toVersion",
      );
    // A version older than the name-tag rule gets its skills' name tags back (skill-name-tag.ts).
    const target: BucketDef[] = withNameTags(dictionaryAtVersion(db, edit.toVersion, "toVersion"));
    const before = readDictionary(db);
    const phrasesBefore = new Set(allPhrases(db));
    replaceDictionary(db, target);
    indexNewPhrases(db, phrasesBefore);
    return { before: { dictionary: before }, after: { toVersion: edit.toVersion, dictionary: target } };
  },
};

function perform(db: Db, edit: TaxonomyOp): Outcome {
  // TypeScript cannot tie the handler looked up by edit.op to that edit's own type; HANDLERS'
  // mapped type guarantees they match.
  const handler = HANDLERS[edit.op] as EditHandler<typeof edit.op>;
  return handler(db, edit);
}

/**
 * Applies one edit as `actor` if the dictionary is still at `expectedVersion`; otherwise
 * CONFLICT with `extensions.currentVersion`, and nothing is written.
 */
export function applyEdit(db: Db, actor: string, expectedVersion: number, edit: TaxonomyOp): EditResult {
  return writeTransaction(db, () => {
    const current = currentVersion(db);
    if (expectedVersion !== current)
      throw new ConflictError(
        `The dictionary changed: it is at version ${current}, not ${expectedVersion}. Reload it and apply your edit to version ${current}.`,
        { currentVersion: current, expectedVersion },
      );
    const outcome = perform(db, edit);
    const version = appendChange(db, {
      actor,
      operation: edit.op,
      before: outcome.before,
      after: outcome.after,
    });
    const at = changeTime(db, version);
    const skill = outcome.skill ? (findSkill(db, outcome.skill.id) ?? null) : null;
    const bucketId = outcome.bucket?.id ?? skill?.bucketId ?? null;
    return {
      version,
      operation: edit.op,
      at,
      actor,
      bucket: bucketId ? (findBucket(db, bucketId) ?? null) : null,
      skill,
      alias: outcome.alias ?? null,
      deletedBucketIds: outcome.deletedBucketIds ?? [],
      deletedSkillIds: outcome.deletedSkillIds ?? [],
    };
  });
}

interface BucketImpactRow {
  bucket: BucketRow;
  before: number;
  after: number;
  delta: number;
  /** before / the scope's posts before the edit; null when the counter knows no scope size, or it is 0. */
  beforeShare: number | null;
  afterShare: number | null;
}

/** Posts per bucket in some scope, read inside the preview's transaction. */
export interface BucketCounts {
  /** Every bucket of the dictionary being counted, in its order, with its posts in the scope. */
  buckets: Map<string, { name: string; posts: number }>;
  /** All posts in the scope (the share's denominator), or null when the counter does not say. */
  scopePosts: number | null;
}

/** Counts the live dictionary's buckets; called before and after the previewed edit. */
export type BucketCounter = (db: Db) => BucketCounts;

/** The counter of the taxonomy layer itself: membership per bucket within a date / category scope. */
export function scopeCounter(scope: PostScope = {}): BucketCounter {
  return (db) => ({ buckets: bucketPostCounts(db, scope), scopePosts: null });
}

class PreviewRollback extends Error {
  constructor(readonly impact: BucketImpactRow[]) {
    super("preview rollback");
  }
}

/**
 * What an edit would do to bucket post counts, as `count` measures them (the analytics layer
 * passes bucketDemand's, so a preview shows what Figure 3 will show): the edit really runs (with
 * the same validation and errors), the counts are measured before and after it, and the
 * transaction is rolled back. Lists every bucket that exists before or after, in the order after
 * the edit, then removed ones.
 */
export function previewEdit(
  db: Db,
  edit: TaxonomyOp,
  count: BucketCounter = scopeCounter(),
): BucketImpactRow[] {
  try {
    writeTransaction(db, () => {
      const before = count(db);
      perform(db, edit);
      appendChange(db, { actor: "preview", operation: edit.op, before: null, after: null });
      const after = count(db);
      const share = (posts: number, scope: number | null) => (scope ? posts / scope : null);
      const rows: BucketImpactRow[] = [];
      for (const [id, a] of after.buckets) {
        const b = before.buckets.get(id)?.posts ?? 0;
        rows.push({
          bucket: { id, name: a.name },
          before: b,
          after: a.posts,
          delta: a.posts - b,
          beforeShare: share(b, before.scopePosts),
          afterShare: share(a.posts, after.scopePosts),
        });
      }
      for (const [id, b] of before.buckets)
        if (!after.buckets.has(id))
          rows.push({
            bucket: { id, name: b.name },
            before: b.posts,
            after: 0,
            delta: -b.posts,
            beforeShare: share(b.posts, before.scopePosts),
            afterShare: share(0, after.scopePosts),
          });
      throw new PreviewRollback(rows);
    });
  } catch (e) {
    if (e instanceof PreviewRollback) return e.impact;
    throw e;
  }
  invariant(false, "preview did not roll back");
}
