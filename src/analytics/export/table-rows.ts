// The rows of a tidy export, from a result and the shape read from its query: one row per item
// of the exported list and, when an item holds nested lists, one row per leaf of those lists with
// the item's own columns repeated. Sibling lists are stacked (each row holds a leaf of one list,
// the other list's columns empty), never multiplied; an item whose lists are all empty keeps one
// row with those columns empty, so no item is lost.
import { periodLabelText, type CellValue } from "./csv";
import type { ColumnKind, ExportShape, ShapeField } from "./table-shape";

/** A row under construction: a cell per column, `undefined` where this branch sets nothing. */
type Partial = (CellValue | undefined)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value in a leaf position as a cell: scalars as they are, objects as JSON (JSON scalars). */
function leafCell(value: unknown, kind: ColumnKind): CellValue {
  if (value === null || value === undefined) return null;
  if (kind === "period_label") return periodLabelText(String(value));
  // 1 -> "1.0": a Float column of round values is still read as decimals.
  if (kind === "decimal" && typeof value === "number" && Number.isInteger(value) && Math.abs(value) < 1e15)
    return `${value}.0`;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

function merged(base: Partial, over: Partial): Partial {
  const out = base.slice();
  over.forEach((v, i) => {
    if (v !== undefined) out[i] = v;
  });
  return out;
}

/** The value of an object's field, or undefined when the object is null. */
function valueAt(obj: unknown, key: string): unknown {
  return isPlainObject(obj) ? obj[key] : undefined;
}

class RowBuilder {
  constructor(private readonly width: number) {}

  /** The rows of one object: its own cells, times the leaves of its nested lists (stacked). */
  rows(obj: unknown, fields: readonly ShapeField[]): Partial[] {
    const base: Partial = new Array<CellValue | undefined>(this.width);
    const branches: Partial[][] = [];
    this.fill(obj, fields, base, branches);
    const nonEmpty = branches.filter((b) => b.length > 0);
    if (nonEmpty.length === 0) return [base];
    return nonEmpty.flatMap((rows) => rows.map((r) => merged(base, r)));
  }

  private fill(obj: unknown, fields: readonly ShapeField[], base: Partial, branches: Partial[][]): void {
    for (const field of fields) {
      const value = valueAt(obj, field.key);
      if (field.type === "pivot") {
        this.fillPivot(value, field, base);
      } else if (field.list) {
        const items = Array.isArray(value) ? (value as unknown[]) : [];
        branches.push(items.flatMap((item) => this.listItem(item, field)));
      } else if (field.type === "object") {
        this.fill(value, field.fields, base, branches);
      } else {
        base[field.column] = leafCell(value, field.kind);
      }
    }
  }

  private listItem(item: unknown, field: Exclude<ShapeField, { type: "pivot" }>): Partial[] {
    if (field.type === "object") return this.rows(item, field.fields);
    const row: Partial = new Array<CellValue | undefined>(this.width);
    // A list inside a list of scalars ([[String]]) is one cell of JSON.
    row[field.column] = leafCell(item, field.kind);
    return [row];
  }

  /** Name/value entries into their columns: by the entry's name when selected, else by position. */
  private fillPivot(value: unknown, field: Extract<ShapeField, { type: "pivot" }>, base: Partial): void {
    if (!Array.isArray(value)) return;
    value.forEach((entry: unknown, i) => {
      const named = field.keyField !== null ? valueAt(entry, field.keyField) : undefined;
      const name = typeof named === "string" ? named : field.names[i];
      const columns = name === undefined ? undefined : field.columns.get(name);
      if (!columns) return;
      for (const [key, { column, kind }] of columns) base[column] = leafCell(valueAt(entry, key), kind);
    });
  }
}

/** The items of the exported list in a result (a connection's nodes); none when a parent is null. */
export function exportedItems(shape: ExportShape, data: unknown): unknown[] {
  let value: unknown = data;
  for (const key of shape.listPath) value = valueAt(value, key);
  if (!Array.isArray(value)) return [];
  return shape.edgesToNodes ? value.map((edge) => valueAt(edge, "node")) : value;
}

/** Every row of the table, each a cell per column. */
export function* tableRows(shape: ExportShape, items: readonly unknown[]): Generator<CellValue[]> {
  const width = shape.columns.length;
  const builder = new RowBuilder(width);
  const scalarKind = shape.columns[0]?.kind ?? "text";
  for (const item of items) {
    if (shape.fields === null) {
      yield [leafCell(item, scalarKind)];
      continue;
    }
    for (const row of builder.rows(item, shape.fields)) {
      yield Array.from({ length: width }, (_, i) => row[i] ?? null);
    }
  }
}
