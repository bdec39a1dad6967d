// Progress of long work: a bar on a terminal, a plain line now and then otherwise (a log file,
// a pipe, CI), so both a person watching and a log reader can follow.
import cliProgress from "cli-progress";

export interface Progress {
  update(done: number, detail: string): void;
  /** Says what the work is doing now that the count does not show (a closing step), at once. */
  note(detail: string): void;
  stop(): void;
}

/** Seconds between two plain progress lines. */
const PLAIN_INTERVAL_MS = 5000;

export function startProgress(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && total !== null) {
    const bar = new cliProgress.SingleBar({
      stream, format: `${label} [{bar}] {value}/{total} · {detail} · {eta_formatted} left`, hideCursor: true, clearOnComplete: false,
      etaBuffer: 200,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { detail: "" });
    return { update: (done, detail) => bar.update(Math.min(done, total), { detail }), note: (detail) => bar.update({ detail }), stop: () => bar.stop() };
  }
  let last = Date.now();
  return {
    update: (done, detail) => {
      if (Date.now() - last < PLAIN_INTERVAL_MS) return;
      last = Date.now();
      stream.write(`${label}: ${done}${total !== null ? `/${total}` : ""} · ${detail}\n`);
    },
    note: (detail) => { stream.write(`${label}: ${detail}\n`); },
    stop: () => undefined,
  };
}
