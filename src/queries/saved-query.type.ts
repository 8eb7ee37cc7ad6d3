// The GraphQL type of a saved query.
import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
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
