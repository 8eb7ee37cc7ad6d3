// `npm run schema`: writes schema.graphql at the repository root from the resolver classes.
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildAppSchema, printAppSchema } from "../server/schema";
import { parseCommand } from "./args";

const COMMAND = {
  usage: `usage: npm run schema

Writes schema.graphql at the repository root from the resolver classes (then run
npm run codegen for the typed operations of test/ and examples/).`,
  options: {},
} as const;

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "schema.graphql");

async function main(argv: string[]): Promise<void> {
  parseCommand(COMMAND, argv);
  const sdl = printAppSchema(await buildAppSchema());
  const before = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : null;
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(
    `${before === sdl ? "Unchanged" : "Wrote"} ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}`,
  );
}

await main(process.argv.slice(2));
