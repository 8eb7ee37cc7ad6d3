// How the server runs, from the environment: where it listens, how many query workers it
// starts, how long any request may take, and what operators configure around it (which browser
// origins may call it, rate limits, log level, who may read /metrics). A bad value stops the
// server with a clear message.
import net from "node:net";
import os from "node:os";
import { describeDb, isPostgresUrl } from "../db/client";

/** A rate limit: at most `limit` requests per `windowMs`, counted per API key or per address. */
export interface RateLimit {
  limit: number;
  windowMs: number;
  /** As written in FRONTIER_RATE_LIMIT, normalized ("120/min"): for messages. */
  text: string;
}

/** Which proxies' X-Forwarded-For to believe: a number of hops, or addresses and subnets. */
export type TrustProxy = false | number | string[];

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
  /**
   * FRONTIER_CORS_ORIGINS: the origins whose pages may call the API from a browser, or ["*"]
   * for any. Default none: no cross-origin access.
   */
  corsOrigins: string[];
  /** FRONTIER_RATE_LIMIT ("120/min"); null (the default, or "off" / "0"): no limit. */
  rateLimit: RateLimit | null;
  /** FRONTIER_LOG_LEVEL: the level of the JSON log on stdout (default "info"). */
  logLevel: LogLevel;
  /** FRONTIER_METRICS_TOKEN: the bearer token GET /metrics asks for; null (default): open. */
  metricsToken: string | null;
  /**
   * FRONTIER_TRUST_PROXY: the reverse proxies whose X-Forwarded-For gives the client's address
   * (for per-address rate limits and the log); false (default): the connection's address.
   */
  trustProxy: TrustProxy;
  /**
   * FRONTIER_READ_DATABASE_URL: a PostgreSQL read replica of FRONTIER_DATABASE_URL's database.
   * Queries, exports and the report read from it; mutations and jobs use the primary. null
   * (default): everything uses the primary.
   */
  readDatabaseUrl: string | null;
}

const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
/** A metrics token shorter than this is too easy to guess. */
const MIN_METRICS_TOKEN_LENGTH = 16;

const WINDOWS: Record<string, { ms: number; unit: string }> = {
  s: { ms: 1_000, unit: "s" },
  sec: { ms: 1_000, unit: "s" },
  second: { ms: 1_000, unit: "s" },
  m: { ms: 60_000, unit: "min" },
  min: { ms: 60_000, unit: "min" },
  minute: { ms: 60_000, unit: "min" },
  h: { ms: 3_600_000, unit: "h" },
  hour: { ms: 3_600_000, unit: "h" },
};

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  return value;
}

/**
 * FRONTIER_CORS_ORIGINS: comma-separated origins (`https://bi.example.com,http://localhost:3000`),
 * each exactly as a browser sends it in the Origin header (scheme, host, port; no path), or `*`.
 */
export function parseCorsOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === "") return [];
  const origins = raw
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  if (origins.includes("*")) {
    if (origins.length > 1)
      throw new ConfigError(
        `FRONTIER_CORS_ORIGINS: "*" allows every origin and cannot be listed with others.`,
      );
    return ["*"];
  }
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== origin)
      throw new ConfigError(
        `FRONTIER_CORS_ORIGINS: "${origin}" is not an origin. Write each as scheme://host[:port] with no path or trailing slash (e.g. https://bi.example.com), separated by commas, or "*" for any origin.`,
      );
  }
  return origins;
}

/** FRONTIER_RATE_LIMIT: `N/s`, `N/min` or `N/h` (also `second`, `minute`, `hour`); `off` or `0`: no limit. */
export function parseRateLimit(raw: string | undefined): RateLimit | null {
  if (raw === undefined) return null;
  const value = raw.trim().toLowerCase();
  if (value === "" || value === "off" || value === "0") return null;
  const match = /^(\d+)\s*\/\s*([a-z]+)$/.exec(value);
  const window = match ? WINDOWS[match[2]!] : undefined;
  const limit = match ? Number(match[1]) : NaN;
  if (!match || !window || !Number.isSafeInteger(limit) || limit < 1)
    throw new ConfigError(
      `FRONTIER_RATE_LIMIT must be a number of requests per second, minute or hour (e.g. "120/min", "10/s", "5000/h"), or "off", not "${raw}".`,
    );
  return { limit, windowMs: window.ms, text: `${limit}/${window.unit}` };
}

/** Names express (proxy-addr) knows for groups of addresses. */
const ADDRESS_GROUPS = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * FRONTIER_TRUST_PROXY: `off` (default), a number of proxy hops in front of the server, or
 * comma-separated addresses and subnets of the proxies (`loopback`, `10.0.0.0/8`, `::1`).
 * Trusting every proxy (`true`) is not offered: any client could then choose its address.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === "" || value === "off" || value === "0" || value === "false")
    return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 16) return hops;
  } else {
    const entries = value.split(",").map((e) => e.trim());
    const valid = entries.every((entry) => {
      if (ADDRESS_GROUPS.has(entry)) return true;
      const [address, bits, extra] = entry.split("/");
      const family = net.isIP(address ?? "");
      if (family === 0 || extra !== undefined) return false;
      if (bits === undefined) return true;
      return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
    });
    if (valid) return entries;
  }
  throw new ConfigError(
    `FRONTIER_TRUST_PROXY must be "off", a number of proxies in front of the server (1 to 16), or their addresses and subnets separated by commas (e.g. "loopback" or "10.0.0.0/8,::1"), not "${raw}".`,
  );
}

function logLevel(raw: string | undefined): LogLevel {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === "") return "info";
  if (!(LOG_LEVELS as readonly string[]).includes(value))
    throw new ConfigError(`FRONTIER_LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not "${raw}".`);
  return value as LogLevel;
}

function metricsToken(raw: string | undefined): string | null {
  if (raw === undefined || raw === "") return null;
  if (raw.trim() !== raw || raw.length < MIN_METRICS_TOKEN_LENGTH || /\s/.test(raw))
    throw new ConfigError(
      `FRONTIER_METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters without spaces (e.g. the output of "openssl rand -hex 32").`,
    );
  return raw;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const config: ServerConfig = {
    host: env.HOST && env.HOST.trim() !== "" ? env.HOST.trim() : "127.0.0.1",
    port: integer(env, "PORT", 4000, 0, 65_535),
    workers: integer(env, "FRONTIER_WORKERS", os.availableParallelism(), 0, 64),
    timeoutMs: integer(env, "FRONTIER_QUERY_TIMEOUT_MS", DEFAULT_QUERY_TIMEOUT_MS, 100, 3_600_000),
    corsOrigins: parseCorsOrigins(env.FRONTIER_CORS_ORIGINS),
    rateLimit: parseRateLimit(env.FRONTIER_RATE_LIMIT),
    logLevel: logLevel(env.FRONTIER_LOG_LEVEL),
    metricsToken: metricsToken(env.FRONTIER_METRICS_TOKEN),
    trustProxy: parseTrustProxy(env.FRONTIER_TRUST_PROXY),
    readDatabaseUrl: readDatabaseUrl(env),
  };
  if (config.readDatabaseUrl && config.workers === 0)
    throw new ConfigError(
      "FRONTIER_READ_DATABASE_URL needs query workers: leave FRONTIER_WORKERS unset or above 0.",
    );
  return config;
}

function readDatabaseUrl(env: NodeJS.ProcessEnv): string | null {
  const url = env.FRONTIER_READ_DATABASE_URL?.trim();
  if (!url) return null;
  if (!isPostgresUrl(url))
    throw new ConfigError(`FRONTIER_READ_DATABASE_URL must be a postgres:// URL, not "${describeDb(url)}".`);
  if (!env.FRONTIER_DATABASE_URL || !isPostgresUrl(env.FRONTIER_DATABASE_URL))
    throw new ConfigError(
      "FRONTIER_READ_DATABASE_URL names a read replica: set FRONTIER_DATABASE_URL to its primary (postgres://...) too.",
    );
  return url;
}
