// The tidy table of a CSV export, read from the query and the schema before anything runs, so
// that its columns never depend on the data: which list of the result gives the rows (the first
// list field of the query, depth-first; a connection's `edges { node }` count as its nodes), one
// column per leaf field with a snake-case name and a kind (number, boolean, date, text, period
// label), nested lists marked to be unnested (one row per leaf), the measures and dimensions of
// `analytics(query)` pivoted into one column each, and the period fields renamed to
// `period_label`, `period_start` and `period_end`.
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { MeasureName } from "../analytics.model";
import { snakeCase } from "./csv";

/**
 * What a column holds, as a reader such as DuckDB types it: `integer` (GraphQL Int), `decimal`
 * (Float: always written with a decimal point, so that a column of round values is still read
 * as decimals), `boolean`, `date` (YYYY-MM-DD), `timestamp` (ISO 8601 UTC), `text`,
 * `period_label` (text, see csv.ts).
 */
export type ColumnKind = "integer" | "decimal" | "boolean" | "date" | "timestamp" | "text" | "period_label";

/** String fields that hold an ISO 8601 UTC time, by schema coordinate. */
const TIMESTAMP_FIELDS: ReadonlySet<string> = new Set([
  "Post.postedAt",
  "PostEdge.postedAt",
  "Model.createdAt",
  "ImportBatch.startedAt",
  "ImportBatch.finishedAt",
  "TaxonomyChange.at",
  "TaxonomyEdit.at",
  "TaxonomySnapshot.at",
  "TrainingJob.createdAt",
  "TrainingJob.startedAt",
  "TrainingJob.finishedAt",
  "StudyReport.generatedAt",
]);

export interface Column {
  name: string;
  kind: ColumnKind;
}

/** A field of an item: a leaf (one column), an object (its fields' columns) or a pivot. */
export type ShapeField =
  | { type: "leaf"; key: string; list: boolean; column: number; kind: ColumnKind }
  | { type: "object"; key: string; list: boolean; fields: ShapeField[] }
  | {
      type: "pivot";
      key: string;
      /** The response key of the item field that names an entry (`measure`), when the query selects it. */
      keyField: string | null;
      /** Entry name (as the API spells it) -> item field key -> column and kind. */
      columns: Map<string, Map<string, { column: number; kind: ColumnKind }>>;
      /** Entry names in the order of the query's arguments (entries without a name go by position). */
      names: string[];
    };

/** The connection whose page the export is, for paging headers and the `after` parameter. */
export interface ExportConnection {
  /** Response keys from `data` to the connection object. */
  path: string[];
  /** The connection's field nodes in the query (to add `pageInfo` and set `after`). */
  nodes: FieldNode[];
  /** Whether the field takes an `after` argument. */
  takesAfter: boolean;
}

/**
 * `analytics(query)`, which pages by `query.offset` and `query.limit`: the export's cursor is the
 * offset of the next row.
 */
export interface ExportOffsetPaging {
  /** Response keys from `data` to the analytics result (which has `totalRows`). */
  path: string[];
  /** The analytics field nodes in the query (to add `totalRows` and set the offset). */
  nodes: FieldNode[];
  /** The offset the query asks for (0 by default). */
  offset: number;
}

export interface ExportShape {
  /** Response keys from `data` to the list (`["posts", "edges"]`). */
  listPath: string[];
  /** True when the list is a connection's `edges` and the items are their `node`s. */
  edgesToNodes: boolean;
  columns: Column[];
  /** The item's fields; null for a list of scalars (one column, the list's name). */
  fields: ShapeField[] | null;
  connection: ExportConnection | null;
  offsetPaging: ExportOffsetPaging | null;
}

/**
 * Period fields, by schema coordinate, renamed so that every export with a period has the same
 * three columns: `period_label` (text), `period_start` and `period_end` (dates, `[start, end)`).
 * An alias in the query wins over the rename (the kind stays).
 */
const PERIOD_FIELDS: Readonly<Record<string, { name: string; kind: ColumnKind }>> = {
  "CategoryShare.period": { name: "period_label", kind: "period_label" },
  "CategoryShare.periodFrom": { name: "period_start", kind: "date" },
  "CategoryShare.periodTo": { name: "period_end", kind: "date" },
  "TrendPoint.period": { name: "period_label", kind: "period_label" },
  "TrendPoint.from": { name: "period_start", kind: "date" },
  "TrendPoint.to": { name: "period_end", kind: "date" },
  "AnalyticsPeriod.label": { name: "label", kind: "period_label" },
  "AnalyticsPeriod.from": { name: "start", kind: "date" },
  "AnalyticsPeriod.to": { name: "end", kind: "date" },
  "ReportFigureRow.period": { name: "period_label", kind: "period_label" },
};

/**
 * Lists of name/value entries that become one column per name (tidy: one numeric column per
 * measure, one column per dimension). The names come from the arguments of an ancestor field, so
 * that the header is the same when no row comes back. The entry field named `value` gives the
 * column named after the entry (`post_count`); any other field `<name>_<field>` (`category_label`).
 */
interface PivotSpec {
  /** The ancestor field whose arguments list the names. */
  source: string;
  names(args: Record<string, unknown>): string[];
  keyField: string;
  /** The kind of an entry's `value` when it is not the field's own (counts are integers). */
  valueKind?(name: string): ColumnKind | undefined;
}

/** Measures that count posts: whole numbers, though the API's measure value is a Float. */
const COUNT_MEASURES: ReadonlySet<MeasureName> = new Set<MeasureName>(["POST_COUNT"]);

function queryList(args: Record<string, unknown>, key: "measures" | "dimensions"): string[] {
  const query = args.query as Record<string, unknown> | undefined;
  const list = query?.[key];
  return Array.isArray(list) ? list.map(String) : [];
}

const PIVOTS: Readonly<Record<string, PivotSpec>> = {
  "AnalyticsRow.keys": {
    source: "Query.analytics",
    names: (args) => queryList(args, "dimensions"),
    keyField: "dimension",
  },
  "AnalyticsRow.measures": {
    source: "Query.analytics",
    names: (args) => queryList(args, "measures"),
    keyField: "measure",
    valueKind: (name) => (COUNT_MEASURES.has(name as MeasureName) ? "integer" : undefined),
  },
};

/** The alias this export adds to the connection to read its page info (never a user's column). */
export const PAGE_INFO_KEY = "_csvPageInfo";
/** The alias this export adds to `analytics` to read its number of rows before limit and offset. */
export const TOTAL_ROWS_KEY = "_csvTotalRows";

interface Collected {
  key: string;
  nodes: FieldNode[];
  parent: GraphQLCompositeType;
}

interface Ancestor {
  coordinate: string;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** Thrown while reading the shape: a query whose answer cannot be a table (400). */
export class ShapeError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, {
      extensions: { code: field ? "BAD_USER_INPUT" : "BAD_REQUEST", ...(field ? { field } : {}) },
    });
  }
}

class ShapeReader {
  private readonly columns: Column[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** The fields of selection sets grouped by response key, in query order, through fragments. */
  collect(
    parent: GraphQLCompositeType,
    sets: readonly (SelectionSetNode | undefined)[],
    out: Map<string, Collected> = new Map(),
    seen: ReadonlySet<string> = new Set(),
  ): Map<string, Collected> {
    for (const set of sets) {
      for (const sel of set?.selections ?? []) {
        if (sel.kind === Kind.FIELD) {
          const key = sel.alias?.value ?? sel.name.value;
          const entry = out.get(key) ?? { key, nodes: [], parent };
          entry.nodes.push(sel);
          out.set(key, entry);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          this.collect(
            this.conditionType(sel.typeCondition?.name.value, parent),
            [sel.selectionSet],
            out,
            seen,
          );
        } else {
          const def = this.fragments.get(sel.name.value);
          if (!def || seen.has(def.name.value)) continue;
          this.collect(
            this.conditionType(def.typeCondition.name.value, parent),
            [def.selectionSet],
            out,
            new Set([...seen, def.name.value]),
          );
        }
      }
    }
    return out;
  }

  private conditionType(name: string | undefined, parent: GraphQLCompositeType): GraphQLCompositeType {
    const type = name ? this.schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : parent;
  }

  /** The schema field of a collected entry; null for `__typename`. */
  fieldOf(c: Collected): GraphQLField<unknown, unknown> | null {
    const name = c.nodes[0]?.name.value ?? "";
    if (name.startsWith("__")) return null;
    if (!isObjectType(c.parent) && !isInterfaceType(c.parent)) return null;
    return c.parent.getFields()[name] ?? null;
  }

  /** The first list field of the query, depth-first in query order, with the fields above it. */
  findList(
    parent: GraphQLCompositeType,
    sets: readonly (SelectionSetNode | undefined)[],
    path: string[],
    ancestors: Ancestor[],
  ): {
    path: string[];
    entry: Collected;
    field: GraphQLField<unknown, unknown>;
    ancestors: Ancestor[];
  } | null {
    for (const entry of this.collect(parent, sets).values()) {
      const field = this.fieldOf(entry);
      if (!field) continue;
      const here = [...ancestors, ancestorOf(entry, field)];
      if (isListType(getNullableType(field.type)))
        return { path: [...path, entry.key], entry, field, ancestors: here };
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      const found = this.findList(
        named,
        entry.nodes.map((n) => n.selectionSet),
        [...path, entry.key],
        here,
      );
      if (found) return found;
    }
    return null;
  }

  private addColumn(path: readonly string[], kind: ColumnKind): number {
    this.columns.push({ name: path.join("_"), kind });
    return this.columns.length - 1;
  }

  /** The fields of an item of `type` as selected by `sets`, their columns named under `prefix`. */
  fields(
    type: GraphQLCompositeType,
    sets: readonly (SelectionSetNode | undefined)[],
    prefix: readonly string[],
    ancestors: Ancestor[],
  ): ShapeField[] {
    const out: ShapeField[] = [];
    for (const entry of this.collect(type, sets).values()) {
      const field = this.fieldOf(entry);
      if (!field) {
        out.push({
          type: "leaf",
          key: entry.key,
          list: false,
          column: this.addColumn([...prefix, entry.key], "text"),
          kind: "text",
        });
        continue;
      }
      const coordinate = `${entry.parent.name}.${field.name}`;
      const aliased = entry.nodes.some((n) => n.alias !== undefined);
      const period = PERIOD_FIELDS[coordinate];
      const name = (aliased ? undefined : period?.name) ?? snakeCase(entry.key);
      const list = isListType(getNullableType(field.type));
      const named = getNamedType(field.type);
      const sub = entry.nodes.map((n) => n.selectionSet);
      const pivot = PIVOTS[coordinate];
      if (pivot && list && isCompositeType(named)) {
        out.push(this.pivot(entry, pivot, named, sub, prefix, ancestors));
      } else if (!isCompositeType(named)) {
        const kind = period?.kind ?? (TIMESTAMP_FIELDS.has(coordinate) ? "timestamp" : kindOf(named));
        out.push({
          type: "leaf",
          key: entry.key,
          list,
          column: this.addColumn([...prefix, name], kind),
          kind,
        });
      } else {
        const fields = this.fields(named, sub, [...prefix, name], [...ancestors, ancestorOf(entry, field)]);
        out.push({ type: "object", key: entry.key, list, fields });
      }
    }
    return out;
  }

  private pivot(
    entry: Collected,
    spec: PivotSpec,
    itemType: GraphQLCompositeType,
    sets: readonly (SelectionSetNode | undefined)[],
    prefix: readonly string[],
    ancestors: readonly Ancestor[],
  ): ShapeField {
    const source = [...ancestors].reverse().find((a) => a.coordinate === spec.source);
    const names = source ? spec.names(getArgumentValues(source.field, source.node, this.variables)) : [];
    const selected = [...this.collect(itemType, sets).values()];
    const isKey = (c: Collected) => c.nodes[0]?.name.value === spec.keyField;
    const subfields = selected.filter((c) => !isKey(c));
    const columns = new Map<string, Map<string, { column: number; kind: ColumnKind }>>();
    for (const name of names) {
      const byField = new Map<string, { column: number; kind: ColumnKind }>();
      for (const c of subfields) {
        const def = this.fieldOf(c);
        const named = def ? getNamedType(def.type) : undefined;
        const own = named && !isCompositeType(named) ? kindOf(named) : "text";
        const kind = (c.key === "value" ? spec.valueKind?.(name) : undefined) ?? own;
        const column = c.key === "value" ? snakeCase(name) : `${snakeCase(name)}_${snakeCase(c.key)}`;
        byField.set(c.key, { column: this.addColumn([...prefix, column], kind), kind });
      }
      columns.set(name, byField);
    }
    const keyField = selected.find(isKey)?.key ?? null;
    return { type: "pivot", key: entry.key, keyField, columns, names };
  }

  /** The columns read so far, repeated names made unique with `_2`, `_3`. */
  finalColumns(): Column[] {
    const used = new Map<string, number>();
    return this.columns.map((c) => {
      const n = (used.get(c.name) ?? 0) + 1;
      used.set(c.name, n);
      return n === 1 ? c : { ...c, name: `${c.name}_${n}` };
    });
  }
}

function ancestorOf(entry: Collected, field: GraphQLField<unknown, unknown>): Ancestor {
  return { coordinate: `${entry.parent.name}.${field.name}`, field, node: entry.nodes[0] as FieldNode };
}

function kindOf(type: GraphQLNamedType): ColumnKind {
  if (isEnumType(type) || !isScalarType(type)) return "text";
  if (type.name === "Int") return "integer";
  if (type.name === "Float") return "decimal";
  if (type.name === "Boolean") return "boolean";
  if (type.name === "Date") return "date";
  return "text";
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}

/**
 * The table an operation exports, or null when it asks for no list. Throws ShapeError (400)
 * when the arguments of a pivoted field cannot be read.
 */
export function exportShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): ExportShape | null {
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const reader = new ShapeReader(schema, fragmentsOf(document), variables);
  const found = reader.findList(queryType, [operation.selectionSet], [], []);
  if (!found) return null;
  const itemType = getNamedType(found.field.type);
  let sets = found.entry.nodes.map((n) => n.selectionSet);
  let ancestors = found.ancestors;
  let type: GraphQLNamedType = itemType;
  let edgesToNodes = false;
  let connection: ExportConnection | null = null;
  // A connection's edges: the rows are the nodes, and the connection pages.
  if (found.entry.key === "edges" && isObjectType(itemType) && itemType.getFields().node) {
    const node = reader.collect(itemType, sets).get("node");
    const nodeField = node ? reader.fieldOf(node) : null;
    if (node && nodeField?.name === "node") {
      edgesToNodes = true;
      sets = node.nodes.map((n) => n.selectionSet);
      ancestors = [...ancestors, ancestorOf(node, nodeField)];
      type = getNamedType(nodeField.type);
      const parent = found.ancestors[found.ancestors.length - 2];
      const parentType = parent ? getNamedType(parent.field.type) : undefined;
      if (parent && isObjectType(parentType) && parentType.getFields().pageInfo) {
        connection = {
          path: found.path.slice(0, -1),
          nodes: connectionNodes(reader, found.path.slice(0, -1), schema, operation),
          takesAfter: parent.field.args.some((a) => a.name === "after"),
        };
      }
    }
  }
  const offsetPaging = analyticsPaging(reader, found, schema, operation, variables);
  if (!isCompositeType(type)) {
    const name = snakeCase(found.path[found.path.length - 1] ?? "value");
    return {
      listPath: found.path,
      edgesToNodes,
      columns: [{ name, kind: kindOf(type) }],
      fields: null,
      connection,
      offsetPaging,
    };
  }
  const fields = reader.fields(type, sets, [], ancestors);
  return {
    listPath: found.path,
    edgesToNodes,
    columns: reader.finalColumns(),
    fields,
    connection,
    offsetPaging,
  };
}

/** Offset paging when the exported list is the rows of `analytics(query)`. */
function analyticsPaging(
  reader: ShapeReader,
  found: { path: string[]; ancestors: Ancestor[] },
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): ExportOffsetPaging | null {
  const rows = found.ancestors[found.ancestors.length - 1];
  const analytics = found.ancestors[found.ancestors.length - 2];
  if (rows?.coordinate !== "AnalyticsResult.rows" || analytics?.coordinate !== "Query.analytics") return null;
  const args = getArgumentValues(analytics.field, analytics.node, variables);
  const offset = (args.query as { offset?: unknown } | undefined)?.offset;
  const path = found.path.slice(0, -1);
  return {
    path,
    nodes: connectionNodes(reader, path, schema, operation),
    offset: typeof offset === "number" ? offset : 0,
  };
}

/** Every field node of the query that answers the response-key path (fragments included). */
function connectionNodes(
  reader: ShapeReader,
  path: readonly string[],
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): FieldNode[] {
  let level: { type: GraphQLCompositeType; sets: (SelectionSetNode | undefined)[] }[] = [];
  const queryType = schema.getQueryType();
  if (queryType) level = [{ type: queryType, sets: [operation.selectionSet] }];
  let nodes: FieldNode[] = [];
  for (const key of path) {
    nodes = [];
    const next: typeof level = [];
    for (const { type, sets } of level) {
      const entry = reader.collect(type, sets).get(key);
      const field = entry ? reader.fieldOf(entry) : null;
      if (!entry || !field) continue;
      nodes.push(...entry.nodes);
      const named = getNamedType(field.type);
      if (isCompositeType(named)) next.push({ type: named, sets: entry.nodes.map((n) => n.selectionSet) });
    }
    level = next;
  }
  return nodes;
}
