// Inputs of the dictionary edits, of their preview and of the history queries.
import { Field, ID, InputType, Int } from "type-graphql";
import { BadUserInputError } from "../shared/errors";
import type { TaxonomyOp } from "./taxonomy-edit.service";
import { AliasKind } from "./taxonomy.type";

/**
 * The descriptions of the edits' arguments, shared by the mutations (taxonomy-edit.resolver.ts)
 * and by the inputs of previewTaxonomyChange below, whose fields are named as those arguments.
 */
export const EDIT_ARG = {
  expectedVersion: {
    description: "The version your edit is based on (taxonomyVersion); CONFLICT when stale.",
  },
  bucketId: { description: "A bucket id (see `buckets`)." },
  targetBucketId: { description: "The bucket the skill goes to." },
  skillId: { description: "A skill id (see Bucket.skills)." },
  bucketName: {
    description:
      "The bucket's name: spaces collapsed, at most 100 characters, unique among buckets (case and spacing ignored).",
  },
  skillName: {
    description:
      "The skill's name: spaces collapsed, at most 100 characters, unique among skills (case and spacing ignored).",
  },
  alias: {
    description:
      "The tag or phrase; normalized on the way in (lower case, single spaces), at most 100 characters.",
  },
  kind: {
    description: "TAG (a skill tag of posts, the default) or PHRASE (words in titles and descriptions).",
  },
  cascade: {
    description: "Also delete the bucket's skills (default false: a bucket with skills is refused).",
  },
  sourceId: { description: "The skill that goes away; its aliases move to the target." },
  targetId: { description: "The skill that stays and receives the aliases." },
  toVersion: { description: "The version whose dictionary becomes the current one (0 empties it)." },
} as const;

@InputType({ description: "createBucket: adds an empty bucket at the end of the dictionary." })
class CreateBucketChange {
  @Field((_type) => String, EDIT_ARG.bucketName)
  name!: string;
}

@InputType({ description: "renameBucket: gives a bucket a new name (its id stays)." })
class RenameBucketChange {
  @Field((_type) => ID, EDIT_ARG.bucketId)
  bucketId!: string;

  @Field((_type) => String, EDIT_ARG.bucketName)
  name!: string;
}

@InputType({ description: "deleteBucket: deletes a bucket (and with cascade, its skills)." })
class DeleteBucketChange {
  @Field((_type) => ID, EDIT_ARG.bucketId)
  bucketId!: string;

  @Field((_type) => Boolean, { defaultValue: false, ...EDIT_ARG.cascade })
  cascade!: boolean;
}

@InputType({ description: "createSkill: adds a skill, without aliases, at the end of a bucket." })
class CreateSkillChange {
  @Field((_type) => ID, EDIT_ARG.bucketId)
  bucketId!: string;

  @Field((_type) => String, EDIT_ARG.skillName)
  name!: string;
}

@InputType({ description: "renameSkill: gives a skill a new name (its id and aliases stay)." })
class RenameSkillChange {
  @Field((_type) => ID, EDIT_ARG.skillId)
  skillId!: string;

  @Field((_type) => String, EDIT_ARG.skillName)
  name!: string;
}

@InputType({ description: "moveSkill: moves a skill to another bucket." })
class MoveSkillChange {
  @Field((_type) => ID, EDIT_ARG.skillId)
  skillId!: string;

  @Field((_type) => ID, EDIT_ARG.targetBucketId)
  bucketId!: string;
}

@InputType({ description: "mergeSkills: moves one skill's aliases to another and deletes it." })
class MergeSkillsChange {
  @Field((_type) => ID, EDIT_ARG.sourceId)
  sourceId!: string;

  @Field((_type) => ID, EDIT_ARG.targetId)
  targetId!: string;
}

@InputType({ description: "deleteSkill: deletes a skill and its aliases." })
class DeleteSkillChange {
  @Field((_type) => ID, EDIT_ARG.skillId)
  skillId!: string;
}

@InputType({ description: "addAlias or removeAlias: one alias of one skill." })
class AliasChange {
  @Field((_type) => ID, EDIT_ARG.skillId)
  skillId!: string;

  @Field((_type) => String, EDIT_ARG.alias)
  alias!: string;

  @Field((_type) => AliasKind, { defaultValue: AliasKind.TAG, ...EDIT_ARG.kind })
  kind!: AliasKind;
}

@InputType({ description: "revertTaxonomy: makes the dictionary of an earlier version the current one." })
class RevertTaxonomyChange {
  @Field((_type) => Int, EDIT_ARG.toVersion)
  toVersion!: number;
}

@InputType({ description: "One dictionary edit, for previewTaxonomyChange: set exactly one field." })
export class TaxonomyChangeInput {
  @Field((_type) => CreateBucketChange, {
    nullable: true,
    description: "The edit createBucket would make (as the mutation createBucket).",
  })
  createBucket?: CreateBucketChange | null;

  @Field((_type) => RenameBucketChange, {
    nullable: true,
    description: "The edit renameBucket would make (as the mutation renameBucket).",
  })
  renameBucket?: RenameBucketChange | null;

  @Field((_type) => DeleteBucketChange, {
    nullable: true,
    description: "The edit deleteBucket would make (as the mutation deleteBucket).",
  })
  deleteBucket?: DeleteBucketChange | null;

  @Field((_type) => CreateSkillChange, {
    nullable: true,
    description: "The edit createSkill would make (as the mutation createSkill).",
  })
  createSkill?: CreateSkillChange | null;

  @Field((_type) => RenameSkillChange, {
    nullable: true,
    description: "The edit renameSkill would make (as the mutation renameSkill).",
  })
  renameSkill?: RenameSkillChange | null;

  @Field((_type) => MoveSkillChange, {
    nullable: true,
    description: "The edit moveSkill would make (as the mutation moveSkill).",
  })
  moveSkill?: MoveSkillChange | null;

  @Field((_type) => MergeSkillsChange, {
    nullable: true,
    description: "The edit mergeSkills would make (as the mutation mergeSkills).",
  })
  mergeSkills?: MergeSkillsChange | null;

  @Field((_type) => DeleteSkillChange, {
    nullable: true,
    description: "The edit deleteSkill would make (as the mutation deleteSkill).",
  })
  deleteSkill?: DeleteSkillChange | null;

  @Field((_type) => AliasChange, {
    nullable: true,
    description: "The edit addAlias would make (as the mutation addAlias).",
  })
  addAlias?: AliasChange | null;

  @Field((_type) => AliasChange, {
    nullable: true,
    description: "The edit removeAlias would make (as the mutation removeAlias).",
  })
  removeAlias?: AliasChange | null;

  @Field((_type) => RevertTaxonomyChange, {
    nullable: true,
    description: "The edit revertTaxonomy would make (as the mutation revertTaxonomy).",
  })
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
