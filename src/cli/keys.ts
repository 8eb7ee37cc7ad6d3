// `npm run keys -- create --role viewer|editor|admin [--name NAME]`, `keys -- list`,
// `keys -- revoke ID`: manage API keys. A new key is printed once, alone on the last line.
import { dbPathFromEnv, describeDb, openDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { ROLES, type Role } from "../shared/context";
import { createApiKey, isRole, listApiKeys, revokeApiKey } from "../server/api-key.service";
import { parseCommand, usageError } from "./args";

const COMMAND = {
  usage: `usage: npm run keys -- create --role ${ROLES.join("|")} [--name NAME]   create a key (printed once, last line)
       npm run keys -- list                                     list keys (prefix, role, status)
       npm run keys -- revoke ID                                revoke a key by its id

The database is FRONTIER_DATABASE_URL's when set, else FRONTIER_DB_PATH's (default data/frontier.db).`,
  options: { role: { type: "string" }, name: { type: "string" } },
  positionals: { min: 1, max: 2, name: "command (create, list or revoke)" },
} as const;

function fail(message: string): never {
  return usageError(COMMAND, message);
}

type Action =
  | { command: "create"; role: Role; name: string | null }
  | { command: "list" }
  | { command: "revoke"; id: number };

/** What the command line asks for, checked before the database is opened. */
function actionOf(argv: string[]): Action {
  const { positionals, values } = parseCommand(COMMAND, argv);
  const [command, ...rest] = positionals;
  if (command !== "create" && command !== "list" && command !== "revoke")
    fail(`unknown command "${command}"`);
  if (command !== "revoke" && rest.length > 0) fail(`unexpected argument ${rest[0]}`);
  if (command !== "create" && (values.role !== undefined || values.name !== undefined))
    fail("--role and --name go with create");
  if (command === "create") {
    const role = values.role;
    if (!role || !isRole(role)) fail(`--role must be one of ${ROLES.join(", ")}.`);
    return { command, role, name: values.name ?? null };
  }
  if (command === "list") return { command };
  const id = Number(rest[0]);
  if (!Number.isInteger(id) || id <= 0) fail("revoke needs the numeric id of a key (see `keys -- list`).");
  return { command, id };
}

function main(argv: string[]): void {
  const action = actionOf(argv);
  const file = dbPathFromEnv();
  const db = openDb(file);
  try {
    migrateDb(db);
    if (action.command === "create") {
      const { id, key } = createApiKey(db, action.role, action.name);
      console.log(
        `Created API key ${id} (${action.role}) in ${describeDb(file)}. It is shown only this once; send it as`,
      );
      console.log(`'Authorization: Bearer <key>'. The key:`);
      console.log(key);
    } else if (action.command === "list") {
      const keys = listApiKeys(db);
      if (keys.length === 0) console.log(`No API keys in ${describeDb(file)}.`);
      for (const k of keys) {
        const status = k.revokedAt ? `revoked ${k.revokedAt}` : "active";
        console.log(`${k.id}\t${k.prefix}…\t${k.role}\t${status}\tcreated ${k.createdAt}\t${k.name ?? ""}`);
      }
    } else {
      revokeApiKey(db, action.id);
      console.log(`Revoked API key ${action.id}.`);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    db.$client.close();
  }
}

main(process.argv.slice(2));
