// CSV for BI tools, as pure functions: RFC 4180 cells with spreadsheet-formula neutralisation,
// the first list of a GraphQL result, and the flat, stable columns of its items.
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

const CSV_EOL = "\r\n";

/** A number written the way a spreadsheet reads it back as a number (-0.5, 12, 1e-7). */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leaf value of a result, as it goes into one cell before quoting. */
type CellValue = string | number | boolean | null;

/** The text of one cell: formula starts neutralised with a leading `'`, then RFC 4180 quoting. */
export function csvCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, with the line ending. */
export function csvLine(values: readonly (CellValue | undefined)[]): string {
  return values.map(csvCell).join(",") + CSV_EOL;
}

/**
 * Which fields make up an item, in the order of the query: a leaf is a column, a node with
 * children is an object (or a list of objects) whose leaves become columns.
 */
export interface ColumnTree {
  children: Map<string, ColumnTree>;
}

function emptyTree(): ColumnTree {
  return { children: new Map() };
}

/**
 * The column tree of a selection set: response keys (aliases win) in query order, with
 * fragments spread in place. `__typename` is kept when it is asked for.
 */
export function treeOfSelection(
  set: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  tree: ColumnTree = emptyTree(),
  seen: ReadonlySet<string> = new Set(),
): ColumnTree {
  if (!set) return tree;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      let child = tree.children.get(key);
      if (!child) {
        child = emptyTree();
        tree.children.set(key, child);
      }
      treeOfSelection(sel.selectionSet, fragments, child, seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      treeOfSelection(sel.selectionSet, fragments, tree, seen);
    } else {
      const def = fragments.get(sel.name.value);
      if (def && !seen.has(def.name.value)) {
        treeOfSelection(def.selectionSet, fragments, tree, new Set([...seen, def.name.value]));
      }
    }
  }
  return tree;
}

/** Adds to the tree the fields of values that the query did not describe (a safety net). */
export function growTreeFromValue(tree: ColumnTree, value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) growTreeFromValue(tree, v);
    return;
  }
  if (!isPlainObject(value)) return;
  // A leaf that the query asked for but that holds an object (a JSON scalar) stays a leaf.
  for (const [key, v] of Object.entries(value)) {
    let child = tree.children.get(key);
    if (!child) {
      child = emptyTree();
      tree.children.set(key, child);
      growTreeFromValue(child, v);
    } else if (child.children.size > 0) {
      growTreeFromValue(child, v);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface Column {
  /** Flat, stable name: the path of response keys joined with `_` (`category.name` -> `category_name`). */
  name: string;
  path: string[];
}

/** The leaves of a tree as columns, in order; a repeated name gets a `_2`, `_3` suffix. */
export function columnsOf(tree: ColumnTree, prefix: string[] = []): Column[] {
  const out: Column[] = [];
  const walk = (node: ColumnTree, path: string[]) => {
    for (const [key, child] of node.children) {
      const p = [...path, key];
      if (child.children.size === 0) out.push({ name: p.join("_"), path: p });
      else walk(child, p);
    }
  };
  walk(tree, prefix);
  const used = new Map<string, number>();
  return out.map((c) => {
    const n = (used.get(c.name) ?? 0) + 1;
    used.set(c.name, n);
    return n === 1 ? c : { ...c, name: `${c.name}_${n}` };
  });
}

/** A value seen in a leaf position: scalars as they are, objects as JSON (JSON scalars). */
function leafText(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/**
 * The cell of one column for one item: a single value, or, when a list lies on the way, the
 * values of its items joined with `;` (a missing value stays an empty slot so that the
 * columns of one list line up).
 */
export function cellOf(item: unknown, column: Column): CellValue {
  let nested = false;
  const collect = (value: unknown, path: readonly string[]): CellValue[] => {
    if (Array.isArray(value)) {
      nested = true;
      return value.flatMap((v) => collect(v, path));
    }
    if (path.length === 0) return [leafText(value)];
    if (!isPlainObject(value)) return [null];
    return collect(value[path[0] as string], path.slice(1));
  };
  const values = collect(item, column.path);
  if (!nested) return values[0] ?? null;
  return values.map((v) => (v === null ? "" : String(v))).join(";");
}

/** Where the first list of a result is, and its items. */
interface FoundList {
  /** Response keys from `data` to the list (`["posts", "edges"]`). */
  path: string[];
  /** True when the list is a connection's `edges` and the items are their `node`s. */
  edgesToNodes: boolean;
  items: unknown[];
}

/**
 * The first list in a result, depth-first in field order. A connection's `edges` with a
 * `node` in each edge counts as the list of its nodes.
 */
export function findFirstList(data: unknown, path: string[] = []): FoundList | null {
  if (!isPlainObject(data)) return null;
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) {
      const edges = key === "edges" && value.every((e) => isPlainObject(e) && "node" in e);
      if (edges) {
        return {
          path: [...path, key],
          edgesToNodes: true,
          items: value.map((e) => (e as { node: unknown }).node),
        };
      }
      return { path: [...path, key], edgesToNodes: false, items: value };
    }
    const found = findFirstList(value, [...path, key]);
    if (found) return found;
  }
  return null;
}
