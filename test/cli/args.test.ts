// The one argument parser of the commands: flags, positionals, --help, and every usage error
// refused with a message (exit 2) before a command does anything.
import { describe, expect, it } from "vitest";
import { parseCommand, parseCommandArgs, type CommandIo } from "../../src/cli/args";

const SPEC = {
  usage: "usage: demo [--out DIR] [--all] FILE...",
  options: { out: { type: "string" }, all: { type: "boolean" }, n: { type: "string", short: "n" } },
  positionals: { min: 1, max: 2, name: "FILE" },
} as const;

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Runs parseCommand with a recording io: what it printed, and the exit code if it exited. */
function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    exit: (code) => {
      throw new Exit(code);
    },
  };
  try {
    const parsed = parseCommand(SPEC, argv, io);
    return { parsed, code: null, out: out.join("\n"), err: err.join("\n") };
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    return { parsed: null, code: e.code, out: out.join("\n"), err: err.join("\n") };
  }
}

describe("the command-line parser", () => {
  it("returns the flags and positionals of a good command line", () => {
    expect(parseCommandArgs(SPEC, ["a.csv", "--out", "dir", "--all", "-n", "3"])).toEqual({
      kind: "ok",
      values: { out: "dir", all: true, n: "3" },
      positionals: ["a.csv"],
    });
    expect(parseCommandArgs(SPEC, ["--out=x", "a", "b"])).toMatchObject({
      kind: "ok",
      values: { out: "x" },
      positionals: ["a", "b"],
    });
  });

  it("takes what follows -- as positionals, even when it looks like a flag", () => {
    expect(parseCommandArgs(SPEC, ["--", "--all"])).toMatchObject({ kind: "ok", positionals: ["--all"] });
  });

  it.each([
    [["a", "--bogus"], "unknown option --bogus"],
    [["a", "-x"], "unknown option -x"],
    [["a", "--out"], "option --out needs a value"],
    [
      ["--out", "--all", "a"],
      'option --out needs a value (write --out=VALUE for a value that starts with "-")',
    ],
    [["--all=yes", "a"], "option --all takes no value"],
    [[], "missing FILE"],
    [["a", "b", "c"], "too many arguments: c"],
  ])("refuses %j: %s", (argv, message) => {
    const outcome = parseCommandArgs(SPEC, argv);
    expect(outcome.kind).toBe("error");
    expect(outcome.kind === "error" && outcome.message).toContain(message);
  });

  it("refuses any argument of a command that takes none", () => {
    expect(parseCommandArgs({ usage: "u", options: {} }, ["extra"])).toEqual({
      kind: "error",
      message: "unexpected argument extra",
    });
  });

  it("answers --help and -h anywhere before --, even beside a bad flag", () => {
    for (const argv of [["--help"], ["-h"], ["a", "--help"], ["--bogus", "-h"], ["--out", "--help"]])
      expect(parseCommandArgs(SPEC, argv), argv.join(" ")).toEqual({ kind: "help" });
    expect(parseCommandArgs(SPEC, ["a", "--", "--help"])).toMatchObject({
      kind: "ok",
      positionals: ["a", "--help"],
    });
  });

  it("prints the usage on stdout and exits 0 for --help", () => {
    const r = run(["--help"]);
    expect(r).toMatchObject({ code: 0, out: SPEC.usage, err: "" });
  });

  it("prints the message and the usage on stderr and exits 2 for a usage error", () => {
    const r = run(["a", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`error: unknown option --bogus\n${SPEC.usage}`);
  });

  it("returns the parsed command line without printing when it is good", () => {
    const r = run(["a", "--all"]);
    expect(r).toMatchObject({ code: null, out: "", err: "" });
    expect(r.parsed).toMatchObject({ values: { all: true }, positionals: ["a"] });
  });
});
