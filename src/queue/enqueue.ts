// `ingest --queue`: reads inputs as ingest does, skips what is stored unchanged or queued
// already, and puts the rest on the queue in batches, one job each, for `attache worker`s to
// extract and store. Streams: one batch in memory at a time.
import { randomUUID } from "node:crypto";
import type { InputProblem, RawArticle } from "../article.js";
import { extractorId } from "../extract/extractorId.js";
import { readArticles } from "../ingest/readArticles.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "../store/database.js";
import { contentHash, DEFAULT_BATCH_SIZE } from "../store/ingest.js";
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

  const send = async (batch: RawArticle[]) => {
    const byId = new Map(batch.map((a) => [a.id, a])); // the later of two inputs with one id wins
    const inputs = [...byId.values()].map((input) => ({ input, hash: contentHash(input) }));
    const ids = inputs.map((x) => x.input.id);
    const queued = await queuedHashes(db, ids);
    const { rows } = await db.query<{ id: string; hash: string; extractor: string }>(
      "select id, hash, extractor from articles where id = any($1::text[])", [ids]);
    const stored = new Map(rows.map((r) => [r.id, r.extractor === extractor ? r.hash : null]));
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

  let batch: RawArticle[] = [];
  for await (const item of readArticles(paths, options.stdin ? { stdin: options.stdin } : {})) {
    if (item.kind === "problem") {
      summary.skipped++;
      summary.problems.push(item.problem);
      continue;
    }
    summary.read++;
    batch.push(item.article);
    if (batch.length >= size) { await send(batch); batch = []; }
  }
  if (batch.length) await send(batch);
  return summary;
}
