// A small schema for the HTTP-layer tests only (never part of RESOLVERS): nested and list
// fields for the depth and cost limits, a resolver whose SQL fails, and role-protected fields,
// all built with the application's own auth checker.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  buildSchema,
} from "type-graphql";
import type { AppContext } from "../../src/shared/context";
import { checkPageSize } from "../../src/server/limits";
import { authChecker } from "../../src/server/schema";

@ObjectType()
class TreeNode {
  @Field((_type) => Int)
  level!: number;

  @Field((_type) => TreeNode)
  child(): TreeNode {
    return node(this.level + 1);
  }

  @Field((_type) => [TreeNode])
  children(@Arg("first", (_type) => Int, { nullable: true }) first?: number): TreeNode[] {
    return Array.from({ length: Math.min(checkPageSize(first), 3) }, () => node(this.level + 1));
  }
}

function node(level: number): TreeNode {
  const n = new TreeNode();
  n.level = level;
  return n;
}

@Resolver()
class HttpTestResolver {
  @Query((_returns) => TreeNode)
  tree(): TreeNode {
    return node(1);
  }

  @Query((_returns) => [TreeNode])
  nodes(@Arg("first", (_type) => Int, { nullable: true }) first?: number): TreeNode[] {
    return Array.from({ length: Math.min(checkPageSize(first), 3) }, (_, i) => node(i));
  }

  @Query((_returns) => Int, { description: "Fails inside SQLite, as a broken repository would." })
  brokenCount(@Ctx() ctx: AppContext): number {
    const row = ctx.db.$client
      .prepare("SELECT count(secret_column) AS n FROM table_that_is_missing")
      .get() as {
      n: number;
    };
    return row.n;
  }

  @Authorized()
  @Query((_returns) => String)
  whoAmI(@Ctx() ctx: AppContext): string {
    return ctx.actor?.name ?? "anonymous";
  }

  @Authorized("editor")
  @Mutation((_returns) => String)
  editSomething(@Ctx() ctx: AppContext): string {
    return `edited by ${ctx.actor?.name ?? "anonymous"}`;
  }

  @Authorized("admin")
  @Mutation((_returns) => String)
  adminOnly(): string {
    return "ok";
  }
}

export function buildHttpTestSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [HttpTestResolver], authChecker, validate: false, emitSchemaFile: false });
}
