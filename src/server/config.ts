// How the server runs, from the environment: where it listens, how many query workers it
// starts and how long any request may take. A bad value stops the server with a clear message.
import os from "node:os";

interface ServerConfig {
  /** HOST: the address to listen on; 127.0.0.1 (this machine only) unless told otherwise. */
  host: string;
  /** PORT (default 4000). */
  port: number;
  /**
   * FRONTIER_WORKERS: query worker processes (default: one per core). 0 runs every request in
   * the HTTP process itself, as before the pool: no time budget can be enforced and one slow
   * request holds up all others (for measurement and debugging).
   */
  workers: number;
  /** FRONTIER_QUERY_TIMEOUT_MS: every request's time budget (default 10 s). */
  timeoutMs: number;
}

const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  return value;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST && env.HOST.trim() !== "" ? env.HOST.trim() : "127.0.0.1",
    port: integer(env, "PORT", 4000, 0, 65_535),
    workers: integer(env, "FRONTIER_WORKERS", os.availableParallelism(), 0, 64),
    timeoutMs: integer(env, "FRONTIER_QUERY_TIMEOUT_MS", DEFAULT_QUERY_TIMEOUT_MS, 100, 3_600_000),
  };
}
