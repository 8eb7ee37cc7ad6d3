// drizzle-kit for the PostgreSQL schema (the SQLite one is drizzle.config.ts): `npm run db:generate:pg`.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.pg.ts",
  out: "./migrations/pg",
});
