// GraphQL types of dictionary edits, their history, previews and the triage of unmapped tags.
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../shared/page-info.type";
import { AliasKind, Bucket, Skill, SkillAlias } from "./taxonomy.type";

@ObjectType({ description: "The result of a dictionary edit: the new version and what changed." })
export class TaxonomyEdit {
  @Field((_type) => Int, { description: "The dictionary's version after this edit." })
  version!: number;

  @Field((_type) => String, { description: "The mutation's name, e.g. moveSkill." })
  operation!: string;

  @Field((_type) => String, { description: "ISO 8601 time of the edit." })
  at!: string;

  @Field((_type) => String)
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

  @Field((_type) => [ID])
  deletedBucketIds!: string[];

  @Field((_type) => [ID], { description: "Skills deleted (with a bucket, or merged into another)." })
  deletedSkillIds!: string[];
}

@ObjectType({ description: "One entry of the dictionary's append-only change log." })
class TaxonomyChange {
  @Field((_type) => Int)
  version!: number;

  @Field((_type) => String, { description: "ISO 8601 time of the change." })
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

@ObjectType()
class TaxonomyChangeEdge {
  @Field((_type) => String)
  cursor!: string;

  @Field((_type) => TaxonomyChange)
  node!: TaxonomyChange;
}

@ObjectType({ description: "A page of the change log, oldest first." })
export class TaxonomyChangeConnection {
  @Field((_type) => Int, { description: "Changes after `since` in all pages." })
  totalCount!: number;

  @Field((_type) => [TaxonomyChangeEdge])
  edges!: TaxonomyChangeEdge[];

  @Field((_type) => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: "A skill as it was at a version of the dictionary." })
class TaxonomySnapshotSkill {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => [SkillAlias])
  aliases!: SkillAlias[];
}

@ObjectType({ description: "A bucket as it was at a version of the dictionary." })
class TaxonomySnapshotBucket {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => [TaxonomySnapshotSkill])
  skills!: TaxonomySnapshotSkill[];
}

@ObjectType({ description: "The whole dictionary as it was right after a version." })
export class TaxonomySnapshot {
  @Field((_type) => Int)
  version!: number;

  @Field((_type) => String, { nullable: true, description: "When that version was made (null for 0)." })
  at!: string | null;

  @Field((_type) => [TaxonomySnapshotBucket])
  buckets!: TaxonomySnapshotBucket[];
}

@ObjectType({ description: "How an edit would change one bucket's post count." })
export class BucketImpact {
  @Field((_type) => Bucket)
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

@ObjectType({ description: "A tag or title phrase frequent in AI posts that maps to no skill." })
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
