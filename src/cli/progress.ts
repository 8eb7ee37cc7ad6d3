// Progress for long commands: a bar on a terminal, a line every few seconds otherwise.
import cliProgress from "cli-progress";

export interface Progress {
  update(done: number, detail?: string): void;
  stop(): void;
}

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
      if (now - last < 5000) return;
      last = now;
      const pct = total > 0 ? Math.round((100 * done) / total) : 0;
      stream.write(`${label}: ${pct}% ${detail}\n`);
    },
    stop() {},
  };
}
