// `attache worker`: extracts and stores the articles that `ingest --queue` put on the queue in
// the PostgreSQL server. Run any number of them, on any machine that reaches the server.
import { Command } from "commander";
import { openQueue } from "../../queue/openQueue.js";
import { runWorker, type WorkerCounts } from "../../queue/worker.js";
import { openStore } from "../../store/openStore.js";
import { EXIT_SKIPPED } from "../exitCodes.js";
import { startProgress } from "../progress.js";
import { describeProblem } from "../runExtraction.js";
import { knowledgeFrom, tellMigration } from "../storeCommand.js";
import { wholeNumber } from "../options.js";
import { requireServer } from "./ingestQueue.js";

interface WorkerFlags {
  databaseUrl?: string;
  knowledge?: string[];
  jobs?: number;
  untilEmpty?: boolean;
  expiryCheck: number;
}

const describe = (c: WorkerCounts) =>
  `jobs ${c.jobs} · new ${c.new} · updated ${c.updated} · already stored ${c.done} · skipped ${c.skipped} · failed attempts ${c.failed}${c.released ? ` · given back ${c.released}` : ""}`;

async function runWorkerCommand(flags: WorkerFlags): Promise<number> {
  const url = requireServer("worker", flags.databaseUrl);
  const k = knowledgeFrom(flags.knowledge);
  const db = await openStore({ url, onMigration: tellMigration });
  try {
    const boss = await openQueue(url, { expiryCheckSeconds: flags.expiryCheck });
    // The first signal stops taking jobs and finishes those in hand; a second one leaves at
    // once, and the jobs in hand go to another worker when they expire.
    const stop = new AbortController();
    const onSignal = () => {
      if (stop.signal.aborted) process.exit(130);
      process.stderr.write("worker: stopping after the jobs in hand (again to stop now)\n");
      stop.abort();
    };
    process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
    try {
      const progress = startProgress("worker", null);
      const counts = await runWorker(db, boss, k, {
        ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
        untilEmpty: flags.untilEmpty ?? false,
        signal: stop.signal,
        onProgress: (c) => progress.update(c.new + c.updated + c.done + c.skipped, describe(c)),
        onProblem: (p) => process.stderr.write(`  skipped ${describeProblem(p)}\n`),
        onFailure: (id, err) => process.stderr.write(`worker: job ${id} failed (it will be tried again if it has retries left): ${err.message}\n`),
      });
      progress.stop();
      process.stderr.write(`${describe(counts)}\ninto ${db.description}\n`);
      return counts.skipped ? EXIT_SKIPPED : 0;
    } finally {
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      await boss.stop({ graceful: false });
    }
  } finally {
    await db.close();
  }
}

export function registerWorker(program: Command): void {
  program.command("worker")
    .description("extract and store the articles queued by `ingest --queue` (any number of workers, on any machine reaching the server)")
    .option("--database-url <url>", "the PostgreSQL server that keeps the store and the queue (default: $DATABASE_URL)")
    .option("-k, --knowledge <dir...>", "extra knowledge folders (added to the built-in one)")
    .option("-j, --jobs <n>", "worker threads that extract (default: one per core, less one when the store is on this machine; 0 extracts in the thread that stores)", wholeNumber("--jobs", 0))
    .option("--until-empty", "exit once no job is waiting, running or due for a retry (default: wait for more)")
    .option("--expiry-check <seconds>", "how often jobs held past their timeout (a killed worker's) are given back to the queue",
      wholeNumber("--expiry-check", 1), 10)
    .action(async (opts: WorkerFlags) => {
      process.exitCode = await runWorkerCommand(opts);
    });
}
