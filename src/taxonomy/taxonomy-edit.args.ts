// Inputs of the dictionary edits, of their preview and of the history queries.
import { Field, ID, InputType, Int } from "type-graphql";
import { PeriodInput } from "../shared/period.input";
import { AliasKind } from "./taxonomy.type";

@InputType()
export class CreateBucketChange {
  @Field((_type) => String)
  name!: string;
}

@InputType()
export class RenameBucketChange {
  @Field((_type) => ID)
  bucketId!: string;

  @Field((_type) => String)
  name!: string;
}

@InputType()
export class DeleteBucketChange {
  @Field((_type) => ID)
  bucketId!: string;

  @Field((_type) => Boolean, { defaultValue: false, description: "Also delete the bucket's skills." })
  cascade!: boolean;
}

@InputType()
export class CreateSkillChange {
  @Field((_type) => ID)
  bucketId!: string;

  @Field((_type) => String)
  name!: string;
}

@InputType()
export class RenameSkillChange {
  @Field((_type) => ID)
  skillId!: string;

  @Field((_type) => String)
  name!: string;
}

@InputType()
export class MoveSkillChange {
  @Field((_type) => ID)
  skillId!: string;

  @Field((_type) => ID)
  bucketId!: string;
}

@InputType()
export class MergeSkillsChange {
  @Field((_type) => ID, { description: "The skill that goes away; its aliases move to the target." })
  sourceId!: string;

  @Field((_type) => ID)
  targetId!: string;
}

@InputType()
export class DeleteSkillChange {
  @Field((_type) => ID)
  skillId!: string;
}

@InputType()
export class AliasChange {
  @Field((_type) => ID)
  skillId!: string;

  @Field((_type) => String, { description: "Normalized on the way in: lower case, single spaces." })
  alias!: string;

  @Field((_type) => AliasKind, { defaultValue: AliasKind.TAG })
  kind!: AliasKind;
}

@InputType()
export class RevertTaxonomyChange {
  @Field((_type) => Int)
  toVersion!: number;
}

@InputType({ description: "One dictionary edit, for previewTaxonomyChange: set exactly one field." })
export class TaxonomyChangeInput {
  @Field((_type) => CreateBucketChange, { nullable: true })
  createBucket?: CreateBucketChange | null;

  @Field((_type) => RenameBucketChange, { nullable: true })
  renameBucket?: RenameBucketChange | null;

  @Field((_type) => DeleteBucketChange, { nullable: true })
  deleteBucket?: DeleteBucketChange | null;

  @Field((_type) => CreateSkillChange, { nullable: true })
  createSkill?: CreateSkillChange | null;

  @Field((_type) => RenameSkillChange, { nullable: true })
  renameSkill?: RenameSkillChange | null;

  @Field((_type) => MoveSkillChange, { nullable: true })
  moveSkill?: MoveSkillChange | null;

  @Field((_type) => MergeSkillsChange, { nullable: true })
  mergeSkills?: MergeSkillsChange | null;

  @Field((_type) => DeleteSkillChange, { nullable: true })
  deleteSkill?: DeleteSkillChange | null;

  @Field((_type) => AliasChange, { nullable: true })
  addAlias?: AliasChange | null;

  @Field((_type) => AliasChange, { nullable: true })
  removeAlias?: AliasChange | null;

  @Field((_type) => RevertTaxonomyChange, { nullable: true })
  revertTaxonomy?: RevertTaxonomyChange | null;
}

@InputType({ description: "Which posts a preview counts; every part optional." })
export class TaxonomyPreviewScope {
  @Field((_type) => PeriodInput, { nullable: true })
  period?: PeriodInput | null;

  @Field((_type) => ID, { nullable: true, description: "A category id (see `categories`)." })
  category?: string | null;
}
