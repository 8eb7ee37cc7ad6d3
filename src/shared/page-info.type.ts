// Relay PageInfo shared by every connection.
import { Field, ObjectType } from "type-graphql";

@ObjectType()
export class PageInfo {
  @Field((_type) => Boolean)
  hasNextPage!: boolean;

  @Field((_type) => String, { nullable: true })
  endCursor!: string | null;
}
