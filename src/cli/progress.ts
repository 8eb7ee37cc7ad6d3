// Progress for long commands: a bar on a terminal, a line every few seconds otherwise (a log, a
// pipe). Work on rows (imports, the demo corpus) is shown in rows with their rate and the time
// left; when the number of rows is not known in advance (a file), it is estimated from the share
// of the file's bytes read so far, and the line says it is an estimate.
import cliProgress from "cli-progress";

export interface Progress {
  update(done: number, detail?: string): void;
  stop(): void;
}

/** How often a line is written when the stream is not a terminal. */
const LINE_EVERY_MS = 5000;

export function progress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {detail}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { detail: "" });
    return {
      update: (done, detail = "") => bar.update(Math.min(done, total), { detail }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(done, detail = "") {
      const now = Date.now();
      if (now - last < LINE_EVERY_MS) return;
      last = now;
      const pct = total > 0 ? Math.round((100 * done) / total) : 0;
      stream.write(`${label}: ${pct}% ${detail}\n`);
    },
    stop() {},
  };
}

export interface RowsState {
  /** Rows done so far. */
  rows: number;
  /** Time since the work started, in milliseconds. */
  elapsedMs: number;
  /** The rows there are in all when known (a generated corpus); else estimated from `bytes`. */
  totalRows?: number;
  /** Bytes of the input read so far and the input's size, for the estimate of the total. */
  bytes?: { read: number; total: number };
}

const count = (n: number) => Math.round(n).toLocaleString("en-US");

/** "7 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/** The fraction of the work done (0..1), from the known total or from the bytes read. */
export function fractionDone(state: RowsState): number | null {
  if (state.totalRows !== undefined)
    return state.totalRows > 0 ? Math.min(1, state.rows / state.totalRows) : 1;
  if (state.bytes && state.bytes.total > 0) return Math.min(1, state.bytes.read / state.bytes.total);
  return null;
}

/**
 * One line about work on rows: "12,000 rows | 4,100 rows/s | about 41,400 rows in all (estimate
 * from the bytes read) | ETA 7 s". Pure, so that a test can pin it.
 */
export function describeRows(state: RowsState): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 && state.rows > 0 ? state.rows / seconds : null;
  const parts: string[] = [];
  let total: number | null = null;
  if (state.totalRows !== undefined) {
    total = state.totalRows;
    parts.push(`${count(state.rows)} / ${count(total)} rows`);
  } else {
    parts.push(`${count(state.rows)} rows`);
    const fraction = fractionDone(state);
    if (fraction !== null && fraction > 0 && state.rows > 0) {
      total = Math.max(state.rows, state.rows / fraction);
      parts.push(`about ${count(total)} rows in all (estimate from the bytes read)`);
    }
  }
  parts.push(rate === null ? "- rows/s" : `${count(rate)} rows/s`);
  if (total !== null && rate !== null) parts.push(`ETA ${formatDuration((total - state.rows) / rate)}`);
  return parts.join(" | ");
}

export interface RowProgress {
  /** Rows done, and for a file the bytes read so far. */
  update(rows: number, bytesRead?: number): void;
  stop(): void;
}

/**
 * Progress of work on rows: give `totalRows` when the count is known, else `fileBytes` (the
 * input's size) and pass the bytes read to each update.
 */
export function rowProgress(
  label: string,
  size: { totalRows: number } | { fileBytes: number },
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): RowProgress {
  const started = now();
  const state = (rows: number, bytesRead: number): RowsState => ({
    rows,
    elapsedMs: now() - started,
    ...("totalRows" in size
      ? { totalRows: size.totalRows }
      : { bytes: { read: bytesRead, total: size.fileBytes } }),
  });
  // The bar moves in thousandths of the work; the numbers are in the text beside it.
  const SCALE = 1000;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {detail}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(SCALE, 0, { detail: "" });
    return {
      update(rows, bytesRead = 0) {
        const s = state(rows, bytesRead);
        bar.update(Math.round(SCALE * (fractionDone(s) ?? 0)), { detail: describeRows(s) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    update(rows, bytesRead = 0) {
      if (now() - last < LINE_EVERY_MS) return;
      last = now();
      const s = state(rows, bytesRead);
      const fraction = fractionDone(s);
      stream.write(
        `${label}: ${fraction === null ? "" : `${Math.floor(100 * fraction)}% | `}${describeRows(s)}\n`,
      );
    },
    stop() {},
  };
}
