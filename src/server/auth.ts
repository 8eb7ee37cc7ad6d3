// Who is calling: the Actor behind an `Authorization: Bearer <key>` header, and the
// type-graphql auth checker that turns @Authorized("editor") into a minimum role.
import type { AuthChecker } from "type-graphql";
import { GraphQLError } from "graphql";
import type { Db } from "../db/client";
import { ROLES, roleAtLeast, type Actor, type AppContext, type Role } from "../shared/context";
import { ForbiddenError, invariant, UnauthenticatedError } from "../shared/errors";
import { resolveApiKey } from "./api-key.service";

export type ReadsMode = "open" | "key";

export function readsFromEnv(env: NodeJS.ProcessEnv = process.env): ReadsMode {
  const value = env.FRONTIER_READS;
  if (value === undefined || value === "" || value === "open") return "open";
  if (value === "key") return "key";
  throw new Error(`FRONTIER_READS must be "open" or "key", not "${value}".`);
}

/** An UNAUTHENTICATED error that also sets the HTTP status to 401 (used before execution). */
export function unauthenticated401(message?: string): GraphQLError {
  const base = new UnauthenticatedError(message);
  return new GraphQLError(base.message, { extensions: { ...base.extensions, http: { status: 401 } } });
}

/**
 * The actor for an Authorization header: null without a header; throws UNAUTHENTICATED (401)
 * for a malformed header or an unknown or revoked key, so that a typo never silently
 * downgrades a caller to anonymous.
 */
export function actorFromAuthorization(db: Db, header: string | undefined): Actor | null {
  if (header === undefined || header.trim() === "") return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated401("The Authorization header must be 'Bearer <key>'.");
  const actor = resolveApiKey(db, match[1]);
  if (!actor) throw unauthenticated401("The API key is unknown or has been revoked.");
  return actor;
}

/** The lowest of the roles named in @Authorized(...); no roles means any key will do. */
function lowestRole(roles: string[]): Role {
  const known = roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  invariant(known.length === roles.length, `Unknown role in @Authorized(${roles.join(", ")})`);
  return known.reduce<Role>((low, r) => (roleAtLeast(low, r) ? r : low), known[0] ?? "viewer");
}

export const authChecker: AuthChecker<AppContext> = ({ context }, roles) => {
  const required = lowestRole(roles);
  if (!context.actor) {
    throw new UnauthenticatedError(
      `This operation needs an API key with the ${required} role: send 'Authorization: Bearer <key>'.`,
    );
  }
  if (!roleAtLeast(context.actor.role, required)) {
    throw new ForbiddenError(
      `This operation needs the ${required} role or higher; your key has the ${context.actor.role} role.`,
    );
  }
  return true;
};
