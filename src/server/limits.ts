// Request limits, all applied before any resolver runs, the same for /graphql and /export.csv:
// body size (express), the query's tokens (a parse option), query depth and introspection
// (validation rules), and the cost of the operation from its arguments (cost.ts,
// cost.table.ts). The page size of connections is re-exported with them.
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { operationCost } from "./cost";

// The page size rules live in shared/ so that domain modules can use them without importing
// the server layer; they are re-exported here with the other limits.
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, checkPageSize } from "../shared/paging";
export { UNPAGED_LIST_FACTOR, operationCost } from "./cost";

export const MAX_DEPTH = 12;
/** The most an operation may cost (about 10 s of work on the reference corpus, see cost.table.ts). */
export const MAX_COST = 100_000;
/**
 * An operation that costs at least this may take seconds: about 1 s of work on the reference
 * corpus (cost.table.ts). It is what analytics by SKILL or BUCKET costs at the least
 * (MEMBERSHIP_SCAN, 60,000: 6-10 s), 25 named periods read from the post facts (25 x 400), a
 * page of 500 posts with their skills, activateModel or an import of 334 rows or more; the
 * study questions answered from the rollups, a page of posts and a text search with the term
 * limit stay well below it.
 */
export const HEAVY_COST = 10_000;
/**
 * Tokens a query may have; graphql's parser stops at the next one (GRAPHQL_PARSE_FAILED). Room
 * for a thousand literal import rows or two thousand literal periods; a megabyte of aliases
 * (250,000 tokens, seconds to parse and validate) is refused after reading a fifth of it.
 */
export const MAX_TOKENS = 50_000;
/** Introspection fields (`__schema`, `__type`) one request may select, aliases counted. */
export const MAX_INTROSPECTION_FIELDS = 1;
/** express.json() limit; larger bodies get 413 PAYLOAD_TOO_LARGE. */
export const BODY_LIMIT = "1mb";

/** Whether an operation of this cost may take seconds (see HEAVY_COST). */
export function isHeavy(cost: number): boolean {
  return cost >= HEAVY_COST;
}

/**
 * The operation's cost, computed from the document and the variables as sent, before anything
 * runs. Over `maxCost` it throws COST_LIMIT_EXCEEDED (HTTP 400) naming the cost and the limit.
 */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
  maxCost = MAX_COST,
): number {
  const cost = operationCost(schema, document, operation, variables);
  if (cost > maxCost) {
    throw new GraphQLError(
      `The query costs ${cost}; the maximum is ${maxCost}. Ask for fewer items (a smaller "first"), fewer periods, ` +
        "aliases or nested lists, or split it into several requests; docs/api.md says what each field costs.",
      { extensions: { code: "COST_LIMIT_EXCEEDED", cost, maxCost, http: { status: 400 } } },
    );
  }
  return cost;
}

type FragmentLookup = (name: string) => FragmentDefinitionNode | null | undefined;

/**
 * Depth of a selection set: one per nested field level, through fragments (each measured once,
 * however often it is spread); introspection is not counted (GraphiQL's own query is 13 deep).
 */
function selectionDepth(
  set: SelectionSetNode,
  fragment: FragmentLookup,
  depths: Map<string, number>,
): number {
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === "__schema" || sel.name.value === "__type") continue;
      const depth = 1 + (sel.selectionSet ? selectionDepth(sel.selectionSet, fragment, depths) : 0);
      max = Math.max(max, depth);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, selectionDepth(sel.selectionSet, fragment, depths));
    } else {
      const name = sel.name.value;
      let depth = depths.get(name);
      if (depth === undefined) {
        depths.set(name, 0); // unknown or cyclic fragments: other rules report them
        const def = fragment(name);
        depth = def ? selectionDepth(def.selectionSet, fragment, depths) : 0;
        depths.set(name, depth);
      }
      max = Math.max(max, depth);
    }
  }
  return max;
}

export function depthLimitRule(maxDepth = MAX_DEPTH): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = selectionDepth(node.selectionSet, (n) => context.getFragment(n), new Map());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            `The query is ${depth} levels deep; the maximum is ${maxDepth}. Split it into smaller queries.`,
            { nodes: [node], extensions: { depth, maxDepth } },
          ),
        );
      }
    },
  });
}

/** Response keys of the introspection fields at the root of an operation, through fragments. */
function introspectionKeys(
  set: SelectionSetNode,
  fragment: FragmentLookup,
  keys: Set<string>,
  visited: Set<string>,
): Set<string> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === "__schema" || sel.name.value === "__type")
        keys.add(sel.alias?.value ?? sel.name.value);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      introspectionKeys(sel.selectionSet, fragment, keys, visited);
    } else if (!visited.has(sel.name.value)) {
      visited.add(sel.name.value);
      const def = fragment(sel.name.value);
      if (def) introspectionKeys(def.selectionSet, fragment, keys, visited);
    }
  }
  return keys;
}

/**
 * At most `max` introspection fields (`__schema`, `__type`, each alias counted) per operation,
 * refused at validation: a thousand aliases of `__schema` would each return the whole schema.
 */
export function introspectionLimitRule(max = MAX_INTROSPECTION_FIELDS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const count = introspectionKeys(
        node.selectionSet,
        (n) => context.getFragment(n),
        new Set(),
        new Set(),
      ).size;
      if (count > max) {
        context.reportError(
          new GraphQLError(
            `The query selects introspection (__schema or __type) ${count} times; at most ${max} per request. Ask for the schema once.`,
            { nodes: [node], extensions: { introspectionFields: count, maxIntrospectionFields: max } },
          ),
        );
      }
    },
  });
}

/** The validation rules of the limits, for Apollo and the CSV export alike. */
export function limitRules(): ValidationRule[] {
  return [depthLimitRule(), introspectionLimitRule()];
}

/** The cost limit of /graphql: checked once the operation is known, before it runs (variables as sent). */
export function costLimitPlugin(maxCost = MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkCost(schema, document, operation, request.variables ?? {}, maxCost);
        },
      };
    },
  };
}
