// One argument parser for every command (node:util parseArgs, strict): `--help` / `-h` prints the
// command's usage and exits 0; an unknown flag, a flag without its value or an argument the
// command does not take prints a one-line message and the usage on stderr and exits 2, before
// the command opens a database or writes a file.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP = { help: { type: "boolean", short: "h" } } as const;

export interface CommandSpec<O extends Options> {
  /** The whole usage text, printed by --help (stdout) and after a usage error (stderr). */
  usage: string;
  /** The command's flags; --help / -h is added to every command. */
  options: O;
  /** How many positional arguments the command takes (default: none). */
  positionals?: { min?: number; max?: number; name?: string };
}

type OptionValue<T> = T extends { type: "boolean" }
  ? T extends { multiple: true }
    ? boolean[]
    : boolean
  : T extends { multiple: true }
    ? string[]
    : string;

/** The flags as parsed: each absent (undefined) unless given or defaulted. */
export type OptionValues<O extends Options> = { [K in keyof O]?: OptionValue<O[K]> };

interface Parsed<O extends Options> {
  values: OptionValues<O> & { help?: boolean };
  positionals: string[];
}

export type ParseOutcome<O extends Options> =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | { kind: "ok"; values: OptionValues<O>; positionals: string[] };

/** The flag a parseArgs error names ('--bogus', '--out <value>'), or null. */
function quoted(message: string): string | null {
  return /'([^']+)'/u.exec(message)?.[1] ?? null;
}

function describe(err: Error & { code?: string }): string {
  const named = quoted(err.message);
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${named ?? err.message}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      // "--out" last: "'--out <value>' argument missing"; "--out --bogus": "'--out' argument is
      // ambiguous" (parseArgs does not take a word that starts with a dash as a value).
      const flag = named?.replace(/ <value>$/u, "") ?? "";
      if (err.message.includes("does not take an argument")) return `option ${flag} takes no value`;
      return named?.endsWith("<value>")
        ? `option ${flag} needs a value`
        : `option ${flag} needs a value (write ${flag}=VALUE for a value that starts with "-")`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${named ?? ""}`.trimEnd();
    default:
      return err.message;
  }
}

/** Parses `argv` against `spec` without printing or exiting: for tests and for `parseCommand`. */
export function parseCommandArgs<O extends Options>(spec: CommandSpec<O>, argv: string[]): ParseOutcome<O> {
  const end = argv.indexOf("--");
  const flags = end >= 0 ? argv.slice(0, end) : argv;
  const wantsHelp = () => flags.some((a) => a === "--help" || a === "-h");
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, ...HELP },
      allowPositionals: true,
      strict: true,
    }) as Parsed<O>;
  } catch (e) {
    if (wantsHelp()) return { kind: "help" };
    return { kind: "error", message: describe(e as Error & { code?: string }) };
  }
  if (parsed.values.help) return { kind: "help" };
  const { min = 0, max = 0, name = "argument" } = spec.positionals ?? {};
  const positionals = parsed.positionals;
  if (positionals.length > max)
    return {
      kind: "error",
      message:
        max === 0
          ? `unexpected argument ${positionals[0]}`
          : `too many arguments: ${positionals.slice(max).join(" ")}`,
    };
  if (positionals.length < min) return { kind: "error", message: `missing ${name}` };
  return { kind: "ok", values: parsed.values, positionals };
}

/** Where a command prints and how it ends: the process by default, a recorder in tests. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  exit(code: number): never;
}

const processIo: CommandIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  exit: (code) => process.exit(code),
};

/** Prints `message` and the usage on stderr and exits 2, the code of a usage error. */
export function usageError(
  spec: Pick<CommandSpec<Options>, "usage">,
  message: string,
  io = processIo,
): never {
  io.err(`error: ${message}`);
  io.err(spec.usage);
  return io.exit(2);
}

/**
 * Parses the command line of a command: returns its flags and positionals, or prints the usage
 * and exits (0 for --help, 2 for a usage error).
 */
export function parseCommand<O extends Options>(
  spec: CommandSpec<O>,
  argv: string[] = process.argv.slice(2),
  io: CommandIo = processIo,
): Extract<ParseOutcome<O>, { kind: "ok" }> {
  const outcome = parseCommandArgs(spec, argv);
  if (outcome.kind === "help") {
    io.out(spec.usage);
    return io.exit(0);
  }
  if (outcome.kind === "error") return usageError(spec, outcome.message, io);
  return outcome;
}
