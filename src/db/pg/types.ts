// How pg turns PostgreSQL values into JavaScript, set to what better-sqlite3 gives for the same
// query on SQLite: numbers for integers and numerics (COUNT and SUM are bigint or numeric in
// PostgreSQL), 1 and 0 for booleans (EXISTS, comparisons: SQLite has no boolean type), and json
// as its text (the app parses json_group_array's text itself).
import pg from "pg";

const BOOL = 16;
const INT8 = 20;
const NUMERIC = 1700;
const JSON_OID = 114;
const JSONB = 3802;

export function configureTypes(): void {
  pg.types.setTypeParser(BOOL, (v) => (v === "t" ? 1 : 0));
  pg.types.setTypeParser(INT8, (v) => Number(v));
  pg.types.setTypeParser(NUMERIC, (v) => Number(v));
  pg.types.setTypeParser(JSON_OID, (v) => v);
  pg.types.setTypeParser(JSONB, (v) => v);
}
