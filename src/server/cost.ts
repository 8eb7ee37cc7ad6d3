// The static cost of an operation, computed from the document and its variables before anything
// runs: every selected field (each alias, each fragment spread) adds its weight from the cost
// table (cost.table.ts; FIELD when not listed), and what is selected below a list field counts
// once per item the list may return. Introspection counts too, its lists as long as they are on
// average in this schema, so asking for the whole schema costs about the schema's size.
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isWrappingType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "../shared/paging";
import { FIELD, FIELD_WEIGHTS, type CostArgs } from "./cost.table";

/** Cost multiplier of a list field that takes no page argument (categories, skills of a post...). */
export const UNPAGED_LIST_FACTOR = 10;
/** Arguments that bound how many items a list field returns. */
const PAGE_ARGS = ["first", "last", "limit"] as const;
/** Lists inside a connection: they hold as many items as the connection's page size. */
const CONNECTION_LISTS = new Set(["edges", "nodes"]);

interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  /** Cost of each fragment's selection, computed once however often it is spread. */
  fragmentCosts: Map<string, number>;
}

/**
 * The cost of an operation: the sum over its selected fields of their weight, the fields below
 * a list counting once per item it may return (its `first`, UNPAGED_LIST_FACTOR, or for
 * introspection lists their average length in the schema). Variables are read as sent.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
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
  const ctx: CostContext = { schema, fragments, variables, fragmentCosts: new Map() };
  return Math.ceil(selectionCost(operation.selectionSet, root, null, ctx));
}

/** `page`: the page size of the connection this is the selection of (its edges count that often). */
function selectionCost(
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  page: number | null,
  ctx: CostContext,
): number {
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      cost += fieldCost(sel, type, page, ctx);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const cond = sel.typeCondition ? ctx.schema.getType(sel.typeCondition.name.value) : type;
      if (cond && isCompositeType(cond)) cost += selectionCost(sel.selectionSet, cond, page, ctx);
    } else {
      cost += fragmentCost(sel.name.value, page, ctx);
    }
  }
  return cost;
}

function fragmentCost(name: string, page: number | null, ctx: CostContext): number {
  const key = `${name}/${page}`;
  const known = ctx.fragmentCosts.get(key);
  if (known !== undefined) return known;
  ctx.fragmentCosts.set(key, 0); // a cycle (refused by validation) adds nothing
  const def = ctx.fragments.get(name);
  const cond = def ? ctx.schema.getType(def.typeCondition.name.value) : undefined;
  const cost = def && cond && isCompositeType(cond) ? selectionCost(def.selectionSet, cond, page, ctx) : 0;
  ctx.fragmentCosts.set(key, cost);
  return cost;
}

function fieldCost(
  node: FieldNode,
  type: GraphQLCompositeType,
  page: number | null,
  ctx: CostContext,
): number {
  const name = node.name.value;
  if (name === "__typename") return 0;
  const field = fieldDef(ctx.schema, type, name);
  if (!field) return 0; // validation reports unknown fields
  const args = argumentValues(field, node, ctx.variables);
  const weight = FIELD_WEIGHTS[`${type.name}.${name}`]?.(args) ?? FIELD;
  const named = getNamedType(field.type);
  if (!node.selectionSet || !isCompositeType(named)) return weight;
  const isList = isListType(getNullableType(field.type));
  const ownPage = pageSize(field, args);
  if (ownPage !== null && !isList) {
    // A connection: its page size counts for its edges, once for its other fields (totalCount).
    return weight + selectionCost(node.selectionSet, named, ownPage, ctx);
  }
  let factor = 1;
  if (ownPage !== null) factor = ownPage;
  else if (page !== null && CONNECTION_LISTS.has(name)) factor = page;
  else if (isIntrospectionType(type))
    factor =
      introspectionListSizes(ctx.schema).get(`${type.name}.${name}`) ?? (isList ? UNPAGED_LIST_FACTOR : 1);
  else if (isList) factor = UNPAGED_LIST_FACTOR;
  return weight + factor * selectionCost(node.selectionSet, named, null, ctx);
}

function fieldDef(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (type === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** The field's arguments as sent (literals, or variables as given), defaults where not given. */
function argumentValues(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): CostArgs {
  const args: Record<string, unknown> = {};
  for (const def of field.args) {
    const arg = node.arguments?.find((a) => a.name.value === def.name);
    const value = arg ? valueFromASTUntyped(arg.value, variables) : undefined;
    args[def.name] = value === undefined ? def.defaultValue : value;
  }
  return args;
}

/** The page size a field's `first` (or `last`, `limit`) asks for; null without such an argument. */
function pageSize(field: GraphQLField<unknown, unknown>, args: CostArgs): number | null {
  const name = PAGE_ARGS.find((n) => field.args.some((a) => a.name === n));
  if (!name) return null;
  const value = args[name];
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : DEFAULT_PAGE_SIZE;
}

const sizesBySchema = new WeakMap<GraphQLSchema, Map<string, number>>();

/**
 * The average length of each introspection list in this schema (all its types, the fields of a
 * type, the arguments of a field...) and how often a type reference has an `ofType` (the share
 * of list and non-null wrappers among them), so that `__schema { types { fields { args { name
 * } } } }` or GraphiQL's introspection query cost about as many objects as they return.
 */
function introspectionListSizes(schema: GraphQLSchema): Map<string, number> {
  const cached = sizesBySchema.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  let fields = 0;
  let args = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  let enumValues = 0;
  let inputFields = 0;
  let references = 0;
  let wrappers = 0;
  const refer = (type: GraphQLType): void => {
    references += 1;
    for (let t = type; isWrappingType(t); t = t.ofType) wrappers += 1;
  };
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      for (const f of Object.values(t.getFields())) {
        fields += 1;
        refer(f.type);
        args += f.args.length;
        f.args.forEach((a) => refer(a.type));
      }
      interfaces += t.getInterfaces().length;
    }
    if (isAbstractType(t)) possibleTypes += schema.getPossibleTypes(t).length;
    if (isEnumType(t)) enumValues += t.getValues().length;
    if (isInputObjectType(t)) {
      const own = Object.values(t.getFields());
      inputFields += own.length;
      own.forEach((f) => refer(f.type));
    }
  }
  const perType = (n: number) => n / Math.max(types.length, 1);
  const sizes = new Map<string, number>([
    ["__Schema.types", types.length],
    ["__Schema.directives", directives.length],
    ["__Type.fields", perType(fields)],
    ["__Type.interfaces", perType(interfaces)],
    ["__Type.possibleTypes", perType(possibleTypes)],
    ["__Type.enumValues", perType(enumValues)],
    ["__Type.inputFields", perType(inputFields)],
    // Each ofType level is there for this share of the types it is asked of (a geometric guess).
    ["__Type.ofType", wrappers / Math.max(references + wrappers, 1)],
    ["__Field.args", args / Math.max(fields, 1)],
    ["__Directive.args", directives.reduce((n, d) => n + d.args.length, 0) / Math.max(directives.length, 1)],
  ]);
  sizesBySchema.set(schema, sizes);
  return sizes;
}
