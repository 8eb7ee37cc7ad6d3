// The GraphQL type of a saved query.
import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "A variable of a saved query: what a URL parameter of the same name sets.",
})
export class SavedQueryParameter {
  @Field((_type) => String, {
    description: "The variable's name without $, as a URL parameter: ?name=value.",
  })
  name!: string;

  @Field((_type) => String, { description: 'Its declared GraphQL type, e.g. "Int", "Date", "[ID!]!".' })
  type!: string;

  @Field((_type) => GraphQLJSON, {
    nullable: true,
    description: "The saved value, else the query's default value; null when neither is given.",
  })
  value!: unknown;

  @Field((_type) => Boolean, {
    description: "True when every request must give it: non-null, with no saved or default value.",
  })
  required!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A query saved under a name by an editor, answered at GET /export/NAME.csv and /export/NAME.json (variables overridable from the URL: docs/api.md).",
})
export class SavedQuery {
  @Field((_type) => String, {
    description:
      'The name, a URL path segment: 1 to 64 lower-case letters, digits, "-" and "_", starting with a letter or digit.',
  })
  name!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "What the query answers, for the people who use it.",
  })
  description!: string | null;

  @Field((_type) => String, { description: "The GraphQL document, as saved." })
  query!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "The operation of the document that runs; null when the document has one.",
  })
  operationName!: string | null;

  @Field((_type) => GraphQLJSON, {
    description: "The saved variables (a JSON object); each may be overridden per request.",
  })
  variables!: Record<string, unknown>;

  @Field((_type) => [SavedQueryParameter], {
    description: "The query's variables in declaration order, each settable from the URL.",
  })
  parameters!: SavedQueryParameter[];

  @Field((_type) => Int, {
    description: "1 when created, + 1 at every save: pass it as expectedVersion to overwrite or delete.",
  })
  version!: number;

  @Field((_type) => String, { description: "ISO 8601 time (UTC) when the name was first saved." })
  createdAt!: string;

  @Field((_type) => String, { description: 'Who first saved it, e.g. "key:3 (editor)".' })
  createdBy!: string;

  @Field((_type) => String, { description: "ISO 8601 time (UTC) of the last save." })
  updatedAt!: string;

  @Field((_type) => String, { description: "Who saved it last." })
  updatedBy!: string;

  @Field((_type) => String, { description: "Its CSV path on this server: /export/NAME.csv." })
  csvPath!: string;

  @Field((_type) => String, { description: "Its JSON path on this server: /export/NAME.json." })
  jsonPath!: string;
}
