// Output of the commands that write a whole corpus or store to stdout (extract, export).
import { once } from "node:events";

/** Text is written in chunks of about this many characters: one write per record would cost a
 * system call each (a file as stdout is written synchronously). */
const WRITE_CHUNK = 1 << 16;

/** Writes text to stdout in chunks, waiting whenever a slow reader (a pipe) has not taken the
 * last one, so that output never piles up in memory. `end` writes what is left. */
export function chunkedStdout(): { write(text: string): Promise<void>; end(): Promise<void> } {
  let pending = "";
  const flush = async () => {
    const chunk = pending;
    pending = "";
    if (chunk && !process.stdout.write(chunk)) await once(process.stdout, "drain");
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= WRITE_CHUNK) await flush();
    },
    end: flush,
  };
}
