// The server's settings from the environment: defaults, the formats operators write, and a
// clear message for a bad value (the server then exits 1 before listening).
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  parseCorsOrigins,
  parseRateLimit,
  parseTrustProxy,
  serverConfigFromEnv,
} from "../../src/server/config";

describe("server configuration", () => {
  it("allows no other origin, no rate limit, info logs and an open /metrics when nothing is set", () => {
    expect(serverConfigFromEnv({})).toMatchObject({
      host: "127.0.0.1",
      port: 4000,
      corsOrigins: [],
      rateLimit: null,
      logLevel: "info",
      metricsToken: null,
    });
  });

  it("reads FRONTIER_READ_DATABASE_URL as a replica of FRONTIER_DATABASE_URL, and refuses it alone or not PostgreSQL", () => {
    const primary = "postgres://app:secret@db1:5432/frontier";
    const replica = "postgres://app:secret@db2:5432/frontier";
    expect(serverConfigFromEnv({}).readDatabaseUrl).toBeNull();
    expect(
      serverConfigFromEnv({ FRONTIER_DATABASE_URL: primary, FRONTIER_READ_DATABASE_URL: replica })
        .readDatabaseUrl,
    ).toBe(replica);
    expect(() => serverConfigFromEnv({ FRONTIER_READ_DATABASE_URL: replica })).toThrow(
      /set FRONTIER_DATABASE_URL to its primary/,
    );
    expect(() =>
      serverConfigFromEnv({ FRONTIER_DATABASE_URL: primary, FRONTIER_READ_DATABASE_URL: "data/copy.db" }),
    ).toThrow(/FRONTIER_READ_DATABASE_URL must be a postgres:\/\/ URL/);
    expect(() =>
      serverConfigFromEnv({
        FRONTIER_DATABASE_URL: primary,
        FRONTIER_READ_DATABASE_URL: replica,
        FRONTIER_WORKERS: "0",
      }),
    ).toThrow(ConfigError);
  });

  it.each([
    ["120/min", 120, 60_000, "120/min"],
    ["10/s", 10, 1_000, "10/s"],
    ["5000/h", 5000, 3_600_000, "5000/h"],
    [" 30 / minute ", 30, 60_000, "30/min"],
    ["2/SECOND", 2, 1_000, "2/s"],
  ])("reads FRONTIER_RATE_LIMIT=%j as %i requests per %i ms", (raw, limit, windowMs, text) => {
    expect(parseRateLimit(raw)).toEqual({ limit, windowMs, text });
  });

  it.each(["off", "0", "", "OFF"])("turns rate limits off with FRONTIER_RATE_LIMIT=%j", (raw) => {
    expect(parseRateLimit(raw)).toBeNull();
  });

  it.each(["120", "120/day", "-1/min", "0/min", "1.5/s", "lots/min", "120/min/key"])(
    "refuses FRONTIER_RATE_LIMIT=%j with a message giving the format",
    (raw) => {
      expect(() => serverConfigFromEnv({ FRONTIER_RATE_LIMIT: raw })).toThrow(ConfigError);
      expect(() => parseRateLimit(raw)).toThrow(/FRONTIER_RATE_LIMIT must be .*"120\/min"/);
    },
  );

  it("reads FRONTIER_CORS_ORIGINS as a comma-separated list of origins, or * for any", () => {
    expect(parseCorsOrigins("https://bi.example.com, http://localhost:3000")).toEqual([
      "https://bi.example.com",
      "http://localhost:3000",
    ]);
    expect(parseCorsOrigins("*")).toEqual(["*"]);
    expect(parseCorsOrigins(undefined)).toEqual([]);
  });

  it.each([
    "https://bi.example.com/",
    "https://bi.example.com/app",
    "bi.example.com",
    "ftp://x.org",
    "*,https://a.io",
  ])("refuses FRONTIER_CORS_ORIGINS=%j", (raw) => {
    expect(() => serverConfigFromEnv({ FRONTIER_CORS_ORIGINS: raw })).toThrow(ConfigError);
  });

  it("refuses an unknown log level and a short metrics token", () => {
    expect(serverConfigFromEnv({ FRONTIER_LOG_LEVEL: "WARN" }).logLevel).toBe("warn");
    expect(() => serverConfigFromEnv({ FRONTIER_LOG_LEVEL: "loud" })).toThrow(
      /FRONTIER_LOG_LEVEL must be one of/,
    );
    expect(() => serverConfigFromEnv({ FRONTIER_METRICS_TOKEN: "short" })).toThrow(/at least 16 characters/);
    const token = "0123456789abcdef0123";
    expect(serverConfigFromEnv({ FRONTIER_METRICS_TOKEN: token }).metricsToken).toBe(token);
  });

  it("reads FRONTIER_TRUST_PROXY as off, a number of hops, or proxy addresses and subnets", () => {
    expect(serverConfigFromEnv({}).trustProxy).toBe(false);
    expect(parseTrustProxy("off")).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("loopback, 10.0.0.0/8,::1")).toEqual(["loopback", "10.0.0.0/8", "::1"]);
  });

  it.each(["true", "all", "10.0.0.0/33", "300.1.1.1", "99"])("refuses FRONTIER_TRUST_PROXY=%j", (raw) => {
    expect(() => serverConfigFromEnv({ FRONTIER_TRUST_PROXY: raw })).toThrow(/FRONTIER_TRUST_PROXY must be/);
  });
});
