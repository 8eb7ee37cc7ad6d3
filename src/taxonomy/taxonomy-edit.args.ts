// Inputs of the dictionary edits, of their preview and of the history queries.
import { Field, ID, InputType, Int } from "type-graphql";
import { BadUserInputError } from "../shared/errors";
import type { TaxonomyOp } from "./taxonomy-edit.service";
import { AliasKind } from "./taxonomy.type";

@InputType()
class CreateBucketChange {
  @Field((_type) => String)
  name!: string;
}

@InputType()
class RenameBucketChange {
  @Field((_type) => ID)
  bucketId!: string;

  @Field((_type) => String)
  name!: string;
}

@InputType()
class DeleteBucketChange {
  @Field((_type) => ID)
  bucketId!: string;

  @Field((_type) => Boolean, { defaultValue: false, description: "Also delete the bucket's skills." })
  cascade!: boolean;
}

@InputType()
class CreateSkillChange {
  @Field((_type) => ID)
  bucketId!: string;

  @Field((_type) => String)
  name!: string;
}

@InputType()
class RenameSkillChange {
  @Field((_type) => ID)
  skillId!: string;

  @Field((_type) => String)
  name!: string;
}

@InputType()
class MoveSkillChange {
  @Field((_type) => ID)
  skillId!: string;

  @Field((_type) => ID)
  bucketId!: string;
}

@InputType()
class MergeSkillsChange {
  @Field((_type) => ID, { description: "The skill that goes away; its aliases move to the target." })
  sourceId!: string;

  @Field((_type) => ID)
  targetId!: string;
}

@InputType()
class DeleteSkillChange {
  @Field((_type) => ID)
  skillId!: string;
}

@InputType()
class AliasChange {
  @Field((_type) => ID)
  skillId!: string;

  @Field((_type) => String, { description: "Normalized on the way in: lower case, single spaces." })
  alias!: string;

  @Field((_type) => AliasKind, { defaultValue: AliasKind.TAG })
  kind!: AliasKind;
}

@InputType()
class RevertTaxonomyChange {
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

/** The one edit a TaxonomyChangeInput names; BAD_USER_INPUT unless exactly one field is set. */
export function changeToOp(change: TaxonomyChangeInput): TaxonomyOp {
  const set = Object.entries(change).filter(([, v]) => v !== null && v !== undefined);
  if (set.length !== 1)
    throw new BadUserInputError(
      `Set exactly one field of the change (createBucket, moveSkill, addAlias, ...); ${set.length} were set.`,
      "change",
    );
  const [op, value] = set[0] as [keyof TaxonomyChangeInput, object];
  // Each input's fields are named as the edit's arguments, so the edit is the input plus its name.
  return { op, ...value } as TaxonomyOp;
}
