// Saved queries: listed by anyone who may read, saved and deleted by editors.
import type { GraphQLResolveInfo } from "graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Arg, Authorized, Ctx, Info, Int, Mutation, Query, Resolver } from "type-graphql";
import { actorName, type AppContext } from "../shared/context";
import {
  deleteSavedQuery,
  saveQuery,
  savedQueries,
  savedQuery,
  type SavedQueryRecord,
} from "./saved-query.service";
import { SavedQuery } from "./saved-query.type";

function toType(r: SavedQueryRecord): SavedQuery {
  return { ...r, csvPath: `/export/${r.name}.csv`, jsonPath: `/export/${r.name}.json` };
}

const NAME = { description: "The saved query's name (its URL path segment)." };

@Resolver()
export class SavedQueryResolver {
  @Query((_returns) => [SavedQuery], { description: "Every saved query, by name." })
  savedQueries(@Ctx() ctx: AppContext): SavedQuery[] {
    return savedQueries(ctx.db).map(toType);
  }

  @Query((_returns) => SavedQuery, {
    nullable: true,
    description: "One saved query; null when no query has the name.",
  })
  savedQuery(@Arg("name", (_type) => String, NAME) name: string, @Ctx() ctx: AppContext): SavedQuery | null {
    const found = savedQuery(ctx.db, name);
    return found ? toType(found) : null;
  }

  @Authorized("editor")
  @Mutation((_returns) => SavedQuery, {
    description:
      "Saves a query with its variables under a name, checked as a request would be (schema, depth, cost with the saved variables; queries only). Creating needs no expectedVersion; overwriting needs the current version, else CONFLICT.",
  })
  saveQuery(
    @Arg("name", (_type) => String, {
      description:
        'The name: 1 to 64 lower-case letters, digits, "-" and "_", starting with a letter or digit; it answers at /export/NAME.csv.',
    })
    name: string,
    @Arg("query", (_type) => String, {
      description: "The GraphQL document: one query operation, or several and operationName.",
    })
    query: string,
    @Arg("variables", (_type) => GraphQLJSON, {
      nullable: true,
      description:
        "The saved variables, a JSON object (default {}); variables left out may be given per request.",
    })
    variables: unknown,
    @Arg("operationName", (_type) => String, {
      nullable: true,
      description: "The operation to run when the document has several (default: its only one).",
    })
    operationName: string | null,
    @Arg("description", (_type) => String, {
      nullable: true,
      description: "What the query answers (default none).",
    })
    description: string | null,
    @Arg("expectedVersion", (_type) => Int, {
      nullable: true,
      description:
        "The saved query's current version when overwriting it; omit it to create a new name. CONFLICT otherwise.",
    })
    expectedVersion: number | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): SavedQuery {
    return toType(
      saveQuery(ctx.db, info.schema, ctx.limits, actorName(ctx), {
        name,
        query,
        variables,
        operationName,
        description,
        expectedVersion,
      }),
    );
  }

  @Authorized("editor")
  @Mutation((_returns) => SavedQuery, {
    description:
      "Deletes a saved query at its current version (CONFLICT when it changed); returns what was deleted.",
  })
  deleteSavedQuery(
    @Arg("name", (_type) => String, NAME) name: string,
    @Arg("expectedVersion", (_type) => Int, {
      description: "The saved query's current version; CONFLICT when stale.",
    })
    expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): SavedQuery {
    return toType(deleteSavedQuery(ctx.db, name, expectedVersion));
  }
}
