// `attache ingest` and `attache reprocess`: fill the store, with progress and a summary.
import { Command } from "commander";
import { countInputs } from "../../ingest/readArticles.js";
import { ingest, type IngestSummary } from "../../store/ingest.js";
import { reprocess } from "../../store/reprocess.js";
import { EXIT_SKIPPED } from "../exitCodes.js";
import { startProgress } from "../progress.js";
import { wholeNumber } from "../options.js";
import { describeProblem } from "../runExtraction.js";
import { DEFAULT_JOB_TIMEOUT_SECONDS, DEFAULT_RETRIES } from "../../queue/enqueue.js";
import { runIngestQueue, type QueueFlags } from "./ingestQueue.js";
import { knowledgeFrom, storeCommand, withStore, type StoreFlags } from "../storeCommand.js";

export function formatSummary(s: IngestSummary): string {
  const lines = [`read ${s.read} · new ${s.new} · unchanged ${s.unchanged} · updated ${s.updated} · skipped ${s.skipped}`];
  for (const p of s.problems) lines.push(`  skipped ${describeProblem(p)}`);
  return lines.join("\n");
}

export interface IngestFlags extends StoreFlags {
  batchSize: number;
  jobs?: number;
}

export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const k = knowledgeFrom(flags.knowledge);
  return withStore(flags, async (db) => {
    const total = await countInputs(paths);
    const progress = startProgress("ingest", total);
    const summary = await ingest(db, paths, k, {
      batchSize: flags.batchSize,
      ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
      stdin: process.stdin,
      onProgress: (c) => progress.update(c.read + c.skipped, `new ${c.new}, unchanged ${c.unchanged}, updated ${c.updated}, skipped ${c.skipped}`),
      onVacuum: () => progress.note("all stored; vacuuming the store"),
    });
    progress.stop();
    process.stderr.write(`${formatSummary(summary)}\ninto ${db.description}\n`);
    return summary.skipped ? EXIT_SKIPPED : 0;
  });
}

export function registerIngest(program: Command): void {
  storeCommand(program, "ingest")
    .description("extract articles into the store; unchanged articles are skipped, changed ones replace their old results")
    .argument("<paths...>", "files, folders (walked recursively) or - for standard input")
    .option("-k, --knowledge <dir...>", "extra knowledge folders (added to the built-in one)")
    .option("--batch-size <n>", "articles stored per transaction", wholeNumber("--batch-size", 1), 200)
    .option("-j, --jobs <n>", "worker threads that extract (default: one per core, less one when the store is on this machine; 0 extracts in the thread that stores)", wholeNumber("--jobs", 0))
    .option("--queue", "put the articles on the queue in the PostgreSQL server for `attache worker`s to extract and store (--batch-size articles a job)")
    .option("--job-timeout <seconds>", `with --queue: seconds a worker may hold a job before another takes it (default ${DEFAULT_JOB_TIMEOUT_SECONDS})`, wholeNumber("--job-timeout", 1))
    .option("--job-retries <n>", `with --queue: times a failed or expired job is tried again (default ${DEFAULT_RETRIES})`, wholeNumber("--job-retries", 0))
    .action(async (paths: string[], opts: IngestFlags & QueueFlags & { queue?: boolean }) => {
      process.exitCode = opts.queue ? await runIngestQueue(paths, opts) : await runIngest(paths, opts);
    });

  storeCommand(program, "reprocess")
    .description("re-extract stored articles that an older extractor or other knowledge produced (--all: every article)")
    .option("-k, --knowledge <dir...>", "extra knowledge folders (added to the built-in one)")
    .option("--all", "re-extract every stored article")
    .option("-j, --jobs <n>", "worker threads that extract (default: one per core, less one when the store is on this machine; 0 extracts in the thread that stores)", wholeNumber("--jobs", 0))
    .action(async (opts: StoreFlags & { all?: boolean; jobs?: number }) => {
      const k = knowledgeFrom(opts.knowledge);
      process.exitCode = await withStore(opts, async (db) => {
        let progress = startProgress("reprocess", null);
        const summary = await reprocess(db, k, {
          all: opts.all ?? false,
          ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
          onStart: (total) => { progress = startProgress("reprocess", total); },
          onProgress: (done, total) => progress.update(done, `${done} of ${total}`),
          onVacuum: () => progress.note("all stored; vacuuming the store"),
        });
        progress.stop();
        process.stderr.write(`reprocessed ${summary.reprocessed} · failed ${summary.failed.length}\n`);
        for (const p of summary.failed) process.stderr.write(`  failed ${describeProblem(p)}\n`);
        return summary.failed.length ? EXIT_SKIPPED : 0;
      });
    });
}
