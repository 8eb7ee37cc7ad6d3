// What every resolver receives: the database, who is calling, per-request loaders.
// Lives in shared/ so that every domain can use it without importing the server layer.
import type DataLoader from "dataloader";
import type {
  DocumentNode,
  GraphQLSchema,
  OperationDefinitionNode,
  ParseOptions,
  ValidationRule,
} from "graphql";
import type { Db } from "../db/client";

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  keyId: number;
  role: Role;
  /** Shown in logs and the taxonomy history, e.g. "key:3 (editor)". */
  name: string;
}

/**
 * Process-wide settings every request can read (loaded at start-up). A domain adds the fields of
 * its own types by declaration merging (`taxonomy` comes from src/taxonomy/taxonomy.model.ts), so
 * that shared/ never imports from the domains above it.
 */
export interface AppServices {
  /** FRONTIER_CLASSIFY: "candidates" (the study's keyword AND model) or "all". */
  classifyMode: "candidates" | "all";
}

/**
 * The server's limits on an operation (server/limits.ts), for a domain that checks an operation
 * it stores to run later (saved queries) by the same rules as one sent to /graphql.
 */
export interface OperationLimits {
  /** graphql's parser options (the token limit). */
  parseOptions: ParseOptions;
  /** Validation rules beyond graphql's own (depth, introspection). */
  validationRules: readonly ValidationRule[];
  /** Throws (GRAPHQL_PARSE_FAILED, BAD_USER_INPUT) when the text or the variables nest too deeply. */
  checkNesting(source: string, variables?: Readonly<Record<string, unknown>>): void;
  /** The operation's cost with these variables; throws COST_LIMIT_EXCEEDED over the limit. */
  checkCost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ): number;
}

export interface AppContext {
  db: Db;
  services: AppServices;
  /** Null for anonymous callers (reads are open unless FRONTIER_READS=key). */
  actor: Actor | null;
  /** Per-request DataLoaders, created on first use through requestLoader() (shared/request-loader.ts). */
  loaders: Map<string, DataLoader<unknown, unknown>>;
  /** The server's limits on an operation, for operations stored to run later. */
  limits: OperationLimits;
}

/** True when `role` is at least `required` (viewer < editor < admin). */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

export function actorName(ctx: AppContext): string {
  return ctx.actor ? ctx.actor.name : "anonymous";
}
