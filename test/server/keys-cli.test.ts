// `npm run keys`: create prints the key alone on the last line; list and revoke work on the
// database named by FRONTIER_DB_PATH.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dbPathFromEnv, openDb } from "../../src/db/client";
import { resolveApiKey } from "../../src/server/api-key.service";
import { databaseEnv } from "../helpers/db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-keys-"));
const dbEnv = databaseEnv(path.join(dir, "keys.db"));

function keys(...args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", "src/cli/keys.ts", ...args], {
    env: { ...process.env, ...dbEnv },
    encoding: "utf8",
  });
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run keys", () => {
  it("creates a key on a new database, prints it alone on the last line, lists it and revokes it", () => {
    const out = keys("create", "--role", "editor", "--name", "ci bot");
    const lines = out.trimEnd().split("\n");
    const key = lines.at(-1) ?? "";
    expect(key).toMatch(/^fk_[A-Za-z0-9_-]{32}$/);

    const db = openDb(dbPathFromEnv(dbEnv));
    try {
      expect(resolveApiKey(db, key)).toMatchObject({
        role: "editor",
        name: expect.stringMatching(/^key:1 \(editor\)$/),
      });

      const list = keys("list");
      expect(list).toContain(key.slice(0, 8));
      expect(list).toContain("ci bot");
      expect(list).not.toContain(key);

      keys("revoke", "1");
      expect(resolveApiKey(db, key)).toBeNull();
      expect(keys("list")).toMatch(/revoked/);
    } finally {
      db.$client.close();
    }
  });

  it("refuses an unknown role with the usage and a non-zero exit", () => {
    expect(() => keys("create", "--role", "owner")).toThrow(/--role must be one of viewer, editor, admin/);
  });
});
