// Request limits: query depth (a validation rule), query cost (a plugin, since it needs the
// variables), request body size, and (re-exported) the page size of connections.
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromAST,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "../shared/paging";

// The page size rules live in shared/ so that domain modules can use them without importing
// the server layer; they are re-exported here with the other limits.
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, checkPageSize } from "../shared/paging";

export const MAX_DEPTH = 12;
export const MAX_COST = 100_000;
/** express.json() limit; larger bodies get 413 PAYLOAD_TOO_LARGE. */
export const BODY_LIMIT = "1mb";
/** Cost multiplier of a list field that takes no page argument (categories, skills of a post...). */
export const UNPAGED_LIST_FACTOR = 10;
/** Arguments that bound how many items a list field returns. */
const PAGE_ARGS = ["first", "last", "limit"] as const;
/** Lists inside a connection: their size is the connection's `first`, already counted. */
const CONNECTION_LISTS = new Set(["edges", "nodes"]);

function isIntrospectionField(name: string): boolean {
  return name === "__schema" || name === "__type";
}

/**
 * Depth of a selection set: one per nested field level, through fragments (each measured once,
 * however often it is spread); introspection is free.
 */
function selectionDepth(
  set: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  depths: Map<string, number>,
): number {
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (isIntrospectionField(sel.name.value)) continue;
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

interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Cost of each fragment's selection, computed once however often it is spread. */
  fragmentCosts: Map<string, number>;
}

function pageArgument(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  ctx: CostContext,
): number | null {
  for (const name of PAGE_ARGS) {
    const def = field.args.find((a) => a.name === name);
    if (!def) continue;
    const arg = node.arguments?.find((a) => a.name.value === name);
    const value = arg ? valueFromAST(arg.value, def.type, ctx.variables) : def.defaultValue;
    if (typeof value === "number" && Number.isFinite(value)) return Math.max(0, value);
    return DEFAULT_PAGE_SIZE;
  }
  return null;
}

function selectionCost(set: SelectionSetNode, type: GraphQLCompositeType, ctx: CostContext): number {
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const name = sel.name.value;
      if (name.startsWith("__")) continue; // introspection and __typename are free
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[name];
      if (!field) continue; // validation reports unknown fields
      const page = pageArgument(field, sel, ctx);
      const nullable = getNullableType(field.type);
      const factor = page ?? (isListType(nullable) && !CONNECTION_LISTS.has(name) ? UNPAGED_LIST_FACTOR : 1);
      const named = getNamedType(field.type);
      const inner =
        sel.selectionSet && isCompositeType(named) ? selectionCost(sel.selectionSet, named, ctx) : 0;
      cost += 1 + factor * inner;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const cond = sel.typeCondition ? ctx.schema.getType(sel.typeCondition.name.value) : type;
      if (cond && isCompositeType(cond)) cost += selectionCost(sel.selectionSet, cond, ctx);
    } else {
      cost += fragmentCost(sel.name.value, ctx);
    }
  }
  return cost;
}

function fragmentCost(name: string, ctx: CostContext): number {
  const known = ctx.fragmentCosts.get(name);
  if (known !== undefined) return known;
  ctx.fragmentCosts.set(name, 0); // a cycle (refused by validation) adds nothing
  const def = ctx.fragments.get(name);
  const cond = def ? ctx.schema.getType(def.typeCondition.name.value) : undefined;
  const cost = def && cond && isCompositeType(cond) ? selectionCost(def.selectionSet, cond, ctx) : 0;
  ctx.fragmentCosts.set(name, cost);
  return cost;
}

/**
 * A simple upper bound of the work an operation asks for: every field costs 1, and the
 * fields below a list cost once per item it may return (its `first`, or UNPAGED_LIST_FACTOR).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return selectionCost(operation.selectionSet, root, {
    schema,
    fragments,
    variables,
    fragmentCosts: new Map(),
  });
}

export function costLimitPlugin(maxCost = MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(
              `The query costs ${cost}; the maximum is ${maxCost}. Ask for fewer items (a smaller "first") or fewer nested fields.`,
              { extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
