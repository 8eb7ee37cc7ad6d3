// Relay PageInfo shared by every connection. Connections page forward only (first / after); for
// that direction the Relay spec lets hasPreviousPage say whether items precede `after`, and here
// it always does (false when no `after` was given).
import { Field, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description:
    "Where a page stands in its list (Relay). Pages go forward only: pass endCursor as `after` for the next page.",
})
export class PageInfo {
  @Field((_type) => Boolean, { description: "True when more items follow the last edge of this page." })
  hasNextPage!: boolean;

  @Field((_type) => Boolean, {
    description:
      "True when `after` was given and at least one item of the list comes before the first edge of this page (the item of the cursor included, when it still matches). False on the first page.",
  })
  hasPreviousPage!: boolean;

  @Field((_type) => String, {
    nullable: true,
    description: "Cursor of the first edge of this page; null when the page is empty.",
  })
  startCursor!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Cursor of the last edge of this page (pass it as `after`); null when the page is empty.",
  })
  endCursor!: string | null;
}
