// `npm run keys -- create --role viewer|editor|admin [--name NAME]`, `keys -- list`,
// `keys -- revoke ID`: manage API keys. A new key is printed once, alone on the last line.
import { parseArgs } from "node:util";
import { dbPathFromEnv, openDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { ROLES } from "../shared/context";
import { createApiKey, isRole, listApiKeys, revokeApiKey } from "../server/api-key.service";

const USAGE = `Usage:
  npm run keys -- create --role ${ROLES.join("|")} [--name NAME]
  npm run keys -- list
  npm run keys -- revoke ID`;

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function main(argv: string[]): void {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!command) fail("No command given.");

  const file = dbPathFromEnv();
  const db = openDb(file);
  try {
    migrateDb(db);
    if (command === "create") {
      const role = values.role;
      if (!role || !isRole(role)) fail(`--role must be one of ${ROLES.join(", ")}.`);
      const { id, key } = createApiKey(db, role, values.name ?? null);
      console.log(`Created API key ${id} (${role}) in ${file}. It is shown only this once; send it as`);
      console.log(`'Authorization: Bearer <key>'. The key:`);
      console.log(key);
    } else if (command === "list") {
      const keys = listApiKeys(db);
      if (keys.length === 0) console.log(`No API keys in ${file}.`);
      for (const k of keys) {
        const status = k.revokedAt ? `revoked ${k.revokedAt}` : "active";
        console.log(`${k.id}\t${k.prefix}…\t${k.role}\t${status}\tcreated ${k.createdAt}\t${k.name ?? ""}`);
      }
    } else if (command === "revoke") {
      const id = Number(rest[0]);
      if (!Number.isInteger(id) || id <= 0)
        fail("revoke needs the numeric id of a key (see `keys -- list`).");
      revokeApiKey(db, id);
      console.log(`Revoked API key ${id}.`);
    } else {
      fail(`Unknown command "${command}".`);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    db.$client.close();
  }
}

main(process.argv.slice(2));
