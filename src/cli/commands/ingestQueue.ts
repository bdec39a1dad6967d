// `attache ingest --queue`: puts articles on the queue in the PostgreSQL server for `attache
// worker`s to extract and store, with progress and a summary.
import { countInputs } from "../../ingest/readArticles.js";
import { enqueue, type EnqueueSummary } from "../../queue/enqueue.js";
import { openQueue } from "../../queue/openQueue.js";
import { EXIT_SKIPPED } from "../exitCodes.js";
import { startProgress } from "../progress.js";
import { describeProblem } from "../runExtraction.js";
import { knowledgeFrom, withStore, type StoreFlags } from "../storeCommand.js";

export interface QueueFlags extends StoreFlags {
  batchSize: number;
  jobTimeout?: number;
  jobRetries?: number;
}

/** The server URL of the option or DATABASE_URL; the queue cannot live in the embedded store. */
export function requireServer(command: string, flag: string | undefined): string {
  const url = flag ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(`${command} needs a PostgreSQL server (--database-url or DATABASE_URL): the queue is kept in the server, ` +
      "where workers on any machine reach it; the embedded store (--data) serves one process");
  }
  return url;
}

export function formatQueueSummary(s: EnqueueSummary): string {
  const lines = [`read ${s.read} · queued ${s.queued} in ${s.jobs} jobs · unchanged ${s.unchanged} · already queued ${s.alreadyQueued} · skipped ${s.skipped}`];
  for (const p of s.problems) lines.push(`  skipped ${describeProblem(p)}`);
  return lines.join("\n");
}

export async function runIngestQueue(paths: string[], flags: QueueFlags): Promise<number> {
  const url = requireServer("ingest --queue", flags.databaseUrl);
  const k = knowledgeFrom(flags.knowledge);
  return withStore({ ...flags, databaseUrl: url }, async (db) => {
    const boss = await openQueue(url);
    try {
      const progress = startProgress("queue", await countInputs(paths));
      const summary = await enqueue(db, boss, paths, k, {
        batchSize: flags.batchSize,
        ...(flags.jobTimeout !== undefined ? { jobTimeoutSeconds: flags.jobTimeout } : {}),
        ...(flags.jobRetries !== undefined ? { retries: flags.jobRetries } : {}),
        stdin: process.stdin,
        onProgress: (c) => progress.update(c.read + c.skipped, `queued ${c.queued}, unchanged ${c.unchanged}, already queued ${c.alreadyQueued}, skipped ${c.skipped}`),
      });
      progress.stop();
      process.stderr.write(`${formatQueueSummary(summary)}\nonto the queue of ${db.description}\n`);
      return summary.skipped ? EXIT_SKIPPED : 0;
    } finally {
      await boss.stop({ graceful: false });
    }
  });
}
