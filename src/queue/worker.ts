// `attache worker`: takes jobs from the queue, extracts their articles on worker threads and
// stores each job in one transaction, in the order the jobs were queued (saveJob.ts,
// jobOrder.ts). Several jobs are in hand at once so that extraction goes on while a batch waits
// for its turn or is stored. Any number of workers, on any machine that
// reaches the server, share the queue.
import type PgBoss from "pg-boss";
import { setTimeout as sleep } from "node:timers/promises";
import type { InputProblem } from "../article.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "../store/database.js";
import { defaultJobs, startExtractPool } from "../store/extractPool.js";
import { readsSearchWords } from "../store/searchVector.js";
import { parseJobData } from "./jobData.js";
import { firstJobFree } from "./jobOrder.js";
import { QUEUE } from "./queueName.js";
import { keepStatistics } from "../store/statistics.js";
import { batchesInHand } from "../store/storeInOrder.js";
import { saveJob, StoppedBeforeTurn, type SavedCounts } from "./saveJob.js";

export interface WorkerCounts extends SavedCounts {
  jobs: number;
  /** Attempts that failed (the job is tried again, up to its retries). */
  failed: number;
  /** Jobs given back to the queue on stopping, before their turn to be stored came. */
  released: number;
}

export interface WorkerOptions {
  /** Worker threads that extract (default: one per core; 0: this thread extracts). */
  jobs?: number;
  /** Stop once no job is waiting, running elsewhere or due for a retry. */
  untilEmpty?: boolean;
  /** Stops taking jobs; those in hand are finished. */
  signal?: AbortSignal;
  onProgress?: (counts: WorkerCounts) => void;
  onProblem?: (problem: InputProblem) => void;
  onFailure?: (jobId: string, err: Error) => void;
}

/** How long an idle worker waits before asking for a job again. */
const POLL_MS = 500;

export async function runWorker(db: Database, boss: PgBoss, k: CompiledKnowledge, options: WorkerOptions = {}): Promise<WorkerCounts> {
  const threads = options.jobs ?? defaultJobs(db);
  const inHand = batchesInHand(threads);
  const counts: WorkerCounts = { jobs: 0, new: 0, updated: 0, done: 0, skipped: 0, failed: 0, released: 0 };
  const statistics = await keepStatistics(db);
  const pool = startExtractPool(k, threads, readsSearchWords(db));
  const running = new Set<Promise<void>>();

  const work = async (job: PgBoss.Job<unknown>) => {
    try {
      const data = parseJobData(job.data);
      const saved = await saveJob(db, boss, job.id, data, await pool.extract(data.articles), options.signal);
      counts.jobs++;
      counts.new += saved.new;
      counts.updated += saved.updated;
      counts.done += saved.done;
      counts.skipped += saved.skipped;
      for (const p of saved.problems) options.onProblem?.(p);
      await statistics.stored(counts.new + counts.updated);
    } catch (err) {
      if (err instanceof StoppedBeforeTurn) counts.released++;
      else { counts.failed++; options.onFailure?.(job.id, err as Error); }
      await boss.fail(QUEUE, job.id, { message: (err as Error).message }).catch(() => undefined);
    }
    options.onProgress?.(counts);
  };

  try {
    while (!options.signal?.aborted) {
      // Hands full: wait for a job to be stored, unless the jobs in hand wait for one nobody holds.
      if (running.size >= inHand && !(await firstJobFree(db))) { await Promise.race([...running, sleep(POLL_MS)]); continue; }
      const [job] = await boss.fetch<unknown>(QUEUE);
      if (job) {
        const p = work(job).finally(() => running.delete(p));
        running.add(p);
        continue;
      }
      if (!running.size && options.untilEmpty && (await boss.getQueueSize(QUEUE, { before: "completed" })) === 0) break;
      await Promise.race([...running, sleep(POLL_MS)]);
    }
    await Promise.all(running);
    await statistics.finish(counts.new + counts.updated);
  } finally {
    await pool.close();
  }
  return counts;
}
