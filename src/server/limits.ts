// Request limits, all applied before any resolver runs, the same for /graphql and /export.csv:
// body size (express), how deeply the query text and the variables nest (before graphql's
// recursive parser and variable coercion see them), the query's tokens (a parse option), query
// depth and introspection (validation rules), and the cost of the operation from its arguments
// (cost.ts, cost.table.ts). The page size of connections is re-exported with them.
import type { RequestHandler } from "express";
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
import { BadUserInputError } from "../shared/errors";
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
 * page of 500 posts with their skills or an import of 334 rows or more; the
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
/** How many `{`, `[` and `(` may be open at once in a query, and objects and lists in variables. */
export const MAX_NESTING = 64;
/** Introspection fields (`__schema`, `__type`) one request may select, aliases counted. */
const MAX_INTROSPECTION_FIELDS = 1;
/** express.json() limit; larger bodies get 413 PAYLOAD_TOO_LARGE. */
export const BODY_LIMIT = "1mb";

/**
 * A query that costs less than this is quick: about 100 ms of work at most on the reference
 * corpus (the study questions from the rollups, a page of posts, most ad-hoc shapes). The pool
 * sends a quick query ahead to a worker that answers another, so it waits there for 100 ms at
 * most.
 */
export const QUICK_COST = 1_000;
/** Whether an operation of this cost may take seconds (see HEAVY_COST). */
export function isHeavy(cost: number): boolean {
  return cost >= HEAVY_COST;
}

/** Whether a query of this cost is quick (see QUICK_COST). */
export function isQuick(cost: number): boolean {
  return cost < QUICK_COST;
}

/** Whether an operation may take seconds: the pool lets such work hold every worker but one (pool.ts). */
export function isHeavyOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): boolean {
  return isHeavy(operationCost(schema, document, operation, variables));
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

/**
 * How deeply `{`, `[` and `(` nest in a GraphQL text, outside strings and comments; counting
 * stops past `stopAt`. One pass, no recursion, so that any text can be measured.
 */
export function documentNesting(source: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "#") {
      while (i + 1 < source.length && source[i + 1] !== "\n" && source[i + 1] !== "\r") i++;
    } else if (c === '"' && source.startsWith('"""', i)) {
      i += 3;
      while (i < source.length && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
      i += 2; // onto the last quote of the closing """
    } else if (c === '"') {
      i++;
      while (i < source.length && source[i] !== '"' && source[i] !== "\n" && source[i] !== "\r") {
        i += source[i] === "\\" ? 2 : 1;
      }
    } else if (c === "{" || c === "[" || c === "(") {
      depth++;
      if (depth > max) max = depth;
      if (max > stopAt) return max;
    } else if ((c === "}" || c === "]" || c === ")") && depth > 0) {
      depth--;
    }
  }
  return max;
}

/** How deeply objects and lists nest in a JSON value; counting stops past `stopAt`. */
export function valueNesting(value: unknown, stopAt = MAX_NESTING): number {
  if (typeof value !== "object" || value === null) return 0;
  if (stopAt <= 0) return 1;
  let max = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    max = Math.max(max, valueNesting(item, stopAt - 1));
    if (max >= stopAt) break;
  }
  return max + 1;
}

/**
 * Refuses a query text or variables nested more than MAX_NESTING deep before anything recursive
 * reads them (graphql's parser would overflow the stack): GRAPHQL_PARSE_FAILED for the text,
 * BAD_USER_INPUT naming the variable for the variables, both HTTP 400.
 */
export function checkNesting(source: string, variables?: Readonly<Record<string, unknown>> | null): void {
  if (documentNesting(source, MAX_NESTING) > MAX_NESTING) {
    throw new GraphQLError(
      `The query nests {, [ and ( more than ${MAX_NESTING} levels deep; the maximum is ${MAX_NESTING}.`,
      { extensions: { code: "GRAPHQL_PARSE_FAILED", maxNesting: MAX_NESTING, http: { status: 400 } } },
    );
  }
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (valueNesting(value, MAX_NESTING) > MAX_NESTING) {
      throw new BadUserInputError(
        `Variable "$${name}" nests objects and lists more than ${MAX_NESTING} levels deep; the maximum is ${MAX_NESTING}.`,
        name,
        { maxNesting: MAX_NESTING, http: { status: 400 } },
      );
    }
  }
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

function depthLimitRule(maxDepth = MAX_DEPTH): ValidationRule {
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
function introspectionLimitRule(max = MAX_INTROSPECTION_FIELDS): ValidationRule {
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

/**
 * The nesting limit of /graphql, between the JSON body parser and Apollo (whose plugins cannot
 * refuse a request before it is parsed): reads the query and variables of a POST body or of a
 * GET's parameters and answers 400 with the error when they nest too deeply.
 */
export function nestingLimit(): RequestHandler {
  return (req, res, next) => {
    const params: unknown = req.method === "GET" ? req.query : req.body;
    if (typeof params !== "object" || params === null || Array.isArray(params)) return next();
    const { query, variables } = params as { query?: unknown; variables?: unknown };
    if (typeof query !== "string") return next(); // Apollo answers a request without a query
    try {
      checkNesting(query, typeof variables === "string" ? parseJsonObject(variables) : asObject(variables));
    } catch (e) {
      if (!(e instanceof GraphQLError)) return next(e);
      const { http: _http, ...extensions } = e.extensions;
      res.status(400).json({ errors: [{ message: e.message, extensions }] });
      return;
    }
    next();
  };
}

/** A JSON object from a GET's variables parameter; null when it is not one (Apollo says so). */
function parseJsonObject(text: string): Readonly<Record<string, unknown>> | null {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return null;
  }
}

function asObject(value: unknown): Readonly<Record<string, unknown>> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
