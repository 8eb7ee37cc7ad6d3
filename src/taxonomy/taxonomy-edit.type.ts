// GraphQL types of dictionary edits, their history, previews and the triage of unmapped tags.
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../shared/page-info.type";
import { DateTimeScalar } from "../shared/scalars";
import { AliasKind, Bucket, Skill, SkillAlias } from "./taxonomy.type";

@ObjectType({
  simpleResolvers: true,
  description: "The result of a dictionary edit: the new version and what changed.",
})
export class TaxonomyEdit {
  @Field((_type) => Int, { description: "The dictionary's version after this edit." })
  version!: number;

  @Field((_type) => String, { description: "The mutation's name, e.g. moveSkill." })
  operation!: string;

  @Field((_type) => DateTimeScalar, { description: "When the edit was made." })
  at!: string;

  @Field((_type) => String, { description: 'Who made it: "key:3 (editor)".' })
  actor!: string;

  @Field((_type) => Bucket, {
    nullable: true,
    description: "The bucket created, renamed, or that now holds the skill; null when deleted.",
  })
  bucket!: Bucket | null;

  @Field((_type) => Skill, { nullable: true, description: "The skill changed; null when deleted." })
  skill!: Skill | null;

  @Field((_type) => SkillAlias, { nullable: true, description: "The alias added or removed." })
  alias!: SkillAlias | null;

  @Field((_type) => [ID], { description: "Buckets deleted by the edit (empty for most edits)." })
  deletedBucketIds!: string[];

  @Field((_type) => [ID], { description: "Skills deleted (with a bucket, or merged into another)." })
  deletedSkillIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: "One entry of the dictionary's append-only change log." })
class TaxonomyChange {
  @Field((_type) => Int, { description: "The dictionary's version right after this change (1, 2, ...)." })
  version!: number;

  @Field((_type) => DateTimeScalar, { description: "When the change was made." })
  at!: string;

  @Field((_type) => String, { description: 'Who: "key:3 (editor)", or "files" for a load of taxonomy/.' })
  actor!: string;

  @Field((_type) => String, {
    description: "createBucket, moveSkill, addAlias, revertTaxonomy, loadFiles, ...",
  })
  operation!: string;

  @Field((_type) => String, { nullable: true, description: "JSON of the changed objects before the change." })
  before!: string | null;

  @Field((_type) => String, { nullable: true, description: "JSON of the changed objects after the change." })
  after!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A change of the log with its cursor." })
class TaxonomyChangeEdge {
  @Field((_type) => String, {
    description: "Opaque position of this change; pass it as `after` to continue after it.",
  })
  cursor!: string;

  @Field((_type) => TaxonomyChange, { description: "The change." })
  node!: TaxonomyChange;
}

@ObjectType({ simpleResolvers: true, description: "A page of the change log, oldest first." })
export class TaxonomyChangeConnection {
  @Field((_type) => Int, { description: "Changes after `since` in all pages." })
  totalCount!: number;

  @Field((_type) => [TaxonomyChangeEdge], { description: "The changes of this page, oldest first." })
  edges!: TaxonomyChangeEdge[];

  @Field((_type) => PageInfo, { description: "Cursors and whether changes come before or after this page." })
  pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: "A skill as it was at a version of the dictionary." })
class TaxonomySnapshotSkill {
  @Field((_type) => ID, { description: "The skill's id." })
  id!: string;

  @Field((_type) => String, { description: "Its name at that version." })
  name!: string;

  @Field((_type) => [SkillAlias], { description: "Its aliases at that version: tags first, then phrases." })
  aliases!: SkillAlias[];
}

@ObjectType({ simpleResolvers: true, description: "A bucket as it was at a version of the dictionary." })
class TaxonomySnapshotBucket {
  @Field((_type) => ID, { description: "The bucket's id." })
  id!: string;

  @Field((_type) => String, { description: "Its name at that version." })
  name!: string;

  @Field((_type) => [TaxonomySnapshotSkill], {
    description: "Its skills at that version, in dictionary order.",
  })
  skills!: TaxonomySnapshotSkill[];
}

@ObjectType({ simpleResolvers: true, description: "The whole dictionary as it was right after a version." })
export class TaxonomySnapshot {
  @Field((_type) => Int, { description: "The version shown." })
  version!: number;

  @Field((_type) => DateTimeScalar, {
    nullable: true,
    description: "When that version was made; null for version 0 (the empty dictionary).",
  })
  at!: string | null;

  @Field((_type) => [TaxonomySnapshotBucket], {
    description: "The buckets at that version, in dictionary order.",
  })
  buckets!: TaxonomySnapshotBucket[];
}

@ObjectType({ simpleResolvers: true, description: "How an edit would change one bucket's post count." })
export class BucketImpact {
  @Field((_type) => Bucket, {
    description: "The bucket (one that the edit creates, renames or deletes included).",
  })
  bucket!: Bucket;

  @Field((_type) => Int, { description: "Posts in the bucket now." })
  before!: number;

  @Field((_type) => Int, { description: "Posts in the bucket after the edit." })
  after!: number;

  @Field((_type) => Int, { description: "after - before." })
  delta!: number;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "The bucket's share of the scope's posts now, as bucketDemand gives it (0..1); null when the scope has no posts.",
  })
  beforeShare!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "The bucket's share of the scope's posts after the edit (0..1); null when the scope has no posts.",
  })
  afterShare!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A tag or title phrase frequent in AI posts that maps to no skill.",
})
export class UnmappedSkill {
  @Field((_type) => String, { description: "Normalized tag, or a two-word phrase from titles." })
  tag!: string;

  @Field((_type) => AliasKind, { description: "TAG for a skill tag, PHRASE for a title phrase." })
  kind!: AliasKind;

  @Field((_type) => Int, { description: "AI posts in the period that carry it." })
  posts!: number;

  @Field((_type) => [String], { description: "Up to three titles of such posts." })
  exampleTitles!: string[];
}
