// `ingest --queue`: reads inputs as ingest does, skips what is stored unchanged or queued
// already, and puts the rest on the queue in batches, one job each, for `attache worker`s to
// extract and store. Streams: one batch in memory at a time.
import { randomUUID } from "node:crypto";
import type { InputProblem } from "../article.js";
import { extractorId } from "../extract/extractorId.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "../store/database.js";
import { DEFAULT_BATCH_SIZE } from "../store/ingest.js";
import { hashedBatches, storedHashes, type HashedInput } from "../store/inputBatches.js";
import type PgBoss from "pg-boss";
import type { JobData } from "./jobData.js";
import { inTransaction } from "./openQueue.js";
import { queuedHashes, recordQueued } from "./pending.js";
import { QUEUE } from "./queueName.js";

export interface EnqueueCounts {
  read: number;
  /** Articles put on the queue, and the jobs that carry them. */
  queued: number;
  jobs: number;
  /** Stored already, same content and extractor. */
  unchanged: number;
  /** On the queue already (same content), waiting for a worker. */
  alreadyQueued: number;
  skipped: number;
}

export interface EnqueueSummary extends EnqueueCounts {
  problems: InputProblem[];
}

export interface EnqueueOptions {
  /** Articles per job. */
  batchSize?: number;
  /** Seconds a worker may hold a job before it is given to another (a killed worker's jobs come back after this). */
  jobTimeoutSeconds?: number;
  /** Times a failed or expired job is tried again. */
  retries?: number;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (counts: EnqueueCounts) => void;
}

export const DEFAULT_JOB_TIMEOUT_SECONDS = 180;
export const DEFAULT_RETRIES = 3;

export async function enqueue(db: Database, boss: PgBoss, paths: string[], k: CompiledKnowledge, options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const sendOptions = { expireInSeconds: options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS, retryLimit: options.retries ?? DEFAULT_RETRIES };
  const summary: EnqueueSummary = { read: 0, queued: 0, jobs: 0, unchanged: 0, alreadyQueued: 0, skipped: 0, problems: [] };
  const extractor = extractorId(k);

  const send = async (inputs: HashedInput[]) => {
    const ids = inputs.map((x) => x.input.id);
    const queued = await queuedHashes(db, ids);
    const stored = await storedHashes(db, ids, extractor);
    const data: JobData = { articles: [] };
    for (const x of inputs) {
      if (queued.get(x.input.id) === x.hash) summary.alreadyQueued++;
      else if (!queued.has(x.input.id) && stored.get(x.input.id) === x.hash) summary.unchanged++;
      else data.articles.push(x);
    }
    if (data.articles.length) {
      const job = randomUUID();
      // The job and the record of what it carries commit together.
      await db.transaction(async (tx) => {
        await boss.send(QUEUE, data, { id: job, ...sendOptions, ...inTransaction(tx) });
        await recordQueued(tx, job, data.articles.map((x) => ({ id: x.input.id, hash: x.hash })));
      });
      summary.jobs++;
      summary.queued += data.articles.length;
    }
    options.onProgress?.(summary);
  };

  for await (const inputs of hashedBatches(paths, size, summary, options.stdin)) await send(inputs);
  return summary;
}
