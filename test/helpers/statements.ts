// Counts the statements a connection runs (every all, get, run and iterate), for tests of how
// much SQL a request costs. Start the server with `jobs: false`: the in-process job runner polls
// for queued jobs once a second, and its statements would count whenever its timer fell.
import type { Db } from "../../src/db/client";

export interface StatementCounter {
  readonly count: number;
  reset(): void;
}

export function countStatements(db: Db): StatementCounter {
  let count = 0;
  const client = db.$client;
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    for (const m of ["all", "get", "run", "iterate"] as const) {
      const orig = (stmt[m] as (...a: unknown[]) => unknown).bind(stmt);
      (stmt as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => {
        count += 1;
        return orig(...args);
      };
    }
    return stmt;
  }) as typeof client.prepare;
  return {
    get count() {
      return count;
    },
    reset: () => void (count = 0),
  };
}
