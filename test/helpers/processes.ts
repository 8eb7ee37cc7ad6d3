// Real Frontier processes on one database file, for tests of concurrent writers: servers as
// `npm start` runs them, the import command, and editor keys made by `npm run keys`.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { GqlResult } from "./http";

/** Arguments that run a TypeScript entry point of the project with tsx, as the npm scripts do. */
export function tsx(script: string, ...args: string[]): string[] {
  return ["--import", "tsx", script, ...args];
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run keys -- create --role editor`: the key is printed alone on the last line. */
export function createEditorKey(env: NodeJS.ProcessEnv): string {
  return createKey(env, "editor");
}

/** `npm run keys -- create --role ROLE`: the key is printed alone on the last line. */
export function createKey(env: NodeJS.ProcessEnv, role: "viewer" | "editor" | "admin"): string {
  const out = execFileSync(process.execPath, tsx("src/cli/keys.ts", "create", "--role", role), {
    env,
    encoding: "utf8",
  });
  return out.trimEnd().split("\n").at(-1)!;
}

export interface ServerProcess {
  url: string;
  gql<TResult, TVars>(
    doc: TypedDocumentNode<TResult, TVars>,
    variables?: TVars,
    key?: string,
  ): Promise<GqlResult<TResult>>;
  /** Everything the process wrote (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** Waits for the child's exit; SIGKILL when it has not exited `graceMs` after `signal`. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** `npm start` on the database of `env` (FRONTIER_DEMO=0), on a free port; resolves when ready. */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, tsx("src/main.ts"), {
    env: { ...env, PORT: String(port), FRONTIER_DEMO: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes("Frontier is ready")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async gql(doc, variables, key) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query: print(doc), variables }),
      });
      const body = (await res.json()) as Omit<GqlResult<never>, "status">;
      return { ...body, status: res.status } as GqlResult<never>;
    },
    output: () => output,
    stop: () => stopProcess(child),
  };
}
