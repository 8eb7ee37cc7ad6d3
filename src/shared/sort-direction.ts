// The sort direction of every ordered list in the schema (posts, analytics rows).
import { registerEnumType } from "type-graphql";

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Which way a list is sorted.",
  valuesConfig: {
    ASC: { description: "Ascending: smallest (earliest, first imported) first." },
    DESC: { description: "Descending: largest (latest, last imported) first." },
  },
});
