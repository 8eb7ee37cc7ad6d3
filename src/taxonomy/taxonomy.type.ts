// GraphQL types of the dictionary and the work categories.
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "One of the 12 work categories." })
export class Category {
  @Field((_type) => ID, { description: 'Slug id, e.g. "data-science-analytics" (taxonomy/categories.yaml).' })
  id!: string;

  @Field((_type) => String, { description: 'Display name, e.g. "Data Science & Analytics".' })
  name!: string;

  @Field((_type) => Boolean, {
    description: "DS, WMSD, IT & Networking and Engineering & Architecture are technical.",
  })
  technical!: boolean;

  @Field((_type) => [String], { description: "Its known subcategories, as posts name them." })
  subcategories!: string[];
}

export enum AliasKind {
  TAG = "tag",
  PHRASE = "phrase",
}
registerEnumType(AliasKind, {
  name: "AliasKind",
  description: "How an alias finds posts.",
  valuesConfig: {
    TAG: { description: "Matches a post's skill tag (case and spacing ignored)." },
    PHRASE: { description: "Matches the words of the phrase, in order, in a post's title or description." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A tag or text phrase that maps posts to a skill." })
export class SkillAlias {
  @Field((_type) => String, { description: "Normalized: lower case, single spaces." })
  alias!: string;

  @Field((_type) => AliasKind, { description: "Whether it matches skill tags or words in the text." })
  kind!: AliasKind;
}

@ObjectType({ simpleResolvers: true, description: "A skill of the gen-AI dictionary." })
export class Skill {
  @Field((_type) => ID, { description: 'Slug id, e.g. "chatbot-development".' })
  id!: string;

  @Field((_type) => String, { description: 'Display name, e.g. "Chatbot Development".' })
  name!: string;

  bucketId!: string;
}

@ObjectType({ simpleResolvers: true, description: "A bucket of skills (e.g. Conversational AI)." })
export class Bucket {
  @Field((_type) => ID, { description: 'Slug id, e.g. "conversational-ai".' })
  id!: string;

  @Field((_type) => String, { description: 'Display name, e.g. "Conversational AI".' })
  name!: string;
}
