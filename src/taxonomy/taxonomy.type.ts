// GraphQL types of the dictionary and the work categories.
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

@ObjectType({ description: "One of the 12 work categories." })
export class Category {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => Boolean, {
    description: "DS, WMSD, IT & Networking and Engineering & Architecture are technical.",
  })
  technical!: boolean;

  @Field((_type) => [String])
  subcategories!: string[];
}

export enum AliasKind {
  TAG = "tag",
  PHRASE = "phrase",
}
registerEnumType(AliasKind, {
  name: "AliasKind",
  description: "TAG matches a post's skill tag; PHRASE matches words in its title or description.",
});

@ObjectType({ description: "A tag or text phrase that maps posts to a skill." })
export class SkillAlias {
  @Field((_type) => String, { description: "Normalized: lower case, single spaces." })
  alias!: string;

  @Field((_type) => AliasKind)
  kind!: AliasKind;
}

@ObjectType({ description: "A skill of the gen-AI dictionary." })
export class Skill {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  bucketId!: string;
}

@ObjectType({ description: "A bucket of skills (e.g. Conversational AI)." })
export class Bucket {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;
}
