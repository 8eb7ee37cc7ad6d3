// The request context, built in one place: who is calling (from the Authorization header, with
// the FRONTIER_READS=key check) and the AppContext every resolver receives. /graphql, the CSV
// export and report routes and the task runner all go through here, so the auth rules and the
// context's shape cannot drift apart between them.
import type { Db } from "../db/client";
import type { Actor, AppContext, AppServices, OperationLimits } from "../shared/context";
import { actorFromAuthorization, unauthenticated401, type ReadsMode } from "./auth";
import { MAX_TOKENS, checkCost, checkNesting, limitRules } from "./limits";

/** The limits every operation sent to /graphql or /export.csv meets, for operations stored to run later. */
const OPERATION_LIMITS: OperationLimits = {
  parseOptions: { maxTokens: MAX_TOKENS },
  validationRules: limitRules(),
  checkNesting,
  checkCost: (schema, document, operation, variables) => checkCost(schema, document, operation, variables),
};

/**
 * The caller behind an Authorization header. Throws UNAUTHENTICATED (401) for a bad header or
 * key, and for a missing one when reads need a key; `urlKey` says whether the route also takes
 * the key as `api_key` in the URL, so that the message names every way to send it.
 */
export function requestActor(
  db: Db,
  reads: ReadsMode,
  authorization: string | undefined,
  { urlKey }: { urlKey: boolean },
): Actor | null {
  const actor = actorFromAuthorization(db, authorization);
  if (reads === "key" && !actor) {
    throw unauthenticated401(
      urlKey
        ? "This server needs an API key for every request: send 'Authorization: Bearer <key>' or add api_key=<key> to the URL."
        : "This server needs an API key for every request: send 'Authorization: Bearer <key>'.",
    );
  }
  return actor;
}

/** A fresh context for one request: its loaders must never be shared with another request. */
export function requestContext(db: Db, services: AppServices, actor: Actor | null): AppContext {
  return { db, services, actor, loaders: new Map(), limits: OPERATION_LIMITS };
}
