// npm start as a user runs it: start-up problems end the process with a message and a non-zero
// exit, instead of a server that says it is ready and is not.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tsx } from "../helpers/processes";

describe("npm start", () => {
  let dir: string;
  let taken: net.Server;
  let port: number;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-serve-"));
    taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    port = (taken.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => taken.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exits with code 1 and says so when its port is taken", async () => {
    const child = spawn(process.execPath, tsx("src/main.ts"), {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(port),
        FRONTIER_DB_PATH: path.join(dir, "frontier.db"),
        FRONTIER_DEMO: "0",
        FRONTIER_WORKERS: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(
      `Cannot listen on 127.0.0.1:${port}: the port is taken (set PORT to another one).`,
    );
    expect(stdout).not.toContain("Frontier is ready");
  }, 120_000);

  it("exits with code 1 and names the variable when an operator setting is malformed", async () => {
    const child = spawn(process.execPath, tsx("src/main.ts"), {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: "0",
        FRONTIER_DB_PATH: path.join(dir, "frontier.db"),
        FRONTIER_DEMO: "0",
        FRONTIER_WORKERS: "0",
        FRONTIER_RATE_LIMIT: "120 per minute",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("FRONTIER_RATE_LIMIT must be a number of requests per second, minute or hour");
    expect(stdout).not.toContain("Frontier is ready");
  }, 120_000);
});
