// Stores what a worker extracted from one job, in one transaction that also removes the job:
// the batch lands and the job is done, or neither (a killed worker leaves the job to expire and
// be taken by another). The job is deleted rather than marked completed: its data is the
// articles' raw text, now in the store, and a completed job would keep a second copy of the
// corpus until pg-boss archives and drops it, days later.
//
// Workers extract in parallel but store one at a time: clustering joins a new report to the
// clusters already stored and persons are joined by identity across articles, so two saves at
// once could each found a cluster for one event, or each name one person differently. An
// advisory lock held to the end of the transaction serialises the saves of every worker.
import type PgBoss from "pg-boss";
import { setTimeout as sleep } from "node:timers/promises";
import type { InputProblem } from "../article.js";
import type { Database } from "../store/database.js";
import type { Extracted } from "../store/extractPool.js";
import { storedHashes } from "../store/inputBatches.js";
import { saveArticles, type ExtractedArticle } from "../store/saveArticles.js";
import { lexiconOf } from "../store/searchVector.js";
import type { JobData } from "./jobData.js";
import { earlierJobPending } from "./jobOrder.js";
import { inTransaction } from "./openQueue.js";
import { claimQueued } from "./pending.js";
import { QUEUE } from "./queueName.js";

/** Any 64-bit number unique to attache (the migrations hold 7_417_313_001). */
const SAVE_LOCK = 7_417_313_003;
/** How often a job whose turn has not come looks again. */
const TURN_POLL_MS = 50;

export interface SavedCounts {
  new: number;
  updated: number;
  /** Stored already with this content, or overtaken by a newer version queued since. */
  done: number;
  skipped: number;
}

/** A job given up before its turn came because its worker is stopping. */
export class StoppedBeforeTurn extends Error {}

/** Saves `results` (the extraction of `data`'s articles, in order) and deletes the job, once
 * the jobs queued before it are stored (jobOrder.ts). When `stop` fires first, throws
 * StoppedBeforeTurn: waiting on could last as long as a killed worker's job takes to expire. */
export async function saveJob(db: Database, boss: PgBoss, jobId: string, data: JobData, results: Extracted[], stop?: AbortSignal): Promise<SavedCounts & { problems: InputProblem[] }> {
  for (;;) {
    // Looked at first without the lock, so that waiting jobs do not queue up behind the save
    // in progress; looked at again under it.
    const saved = !(await earlierJobPending(db, jobId)) && await saveInTurn(db, boss, jobId, data, results);
    if (saved) return saved;
    if (stop?.aborted) throw new StoppedBeforeTurn("the worker stopped before the job's turn came: it goes back to the queue");
    await sleep(TURN_POLL_MS);
  }
}

/** The save, or null (and nothing done) when an earlier job is still pending. */
function saveInTurn(db: Database, boss: PgBoss, jobId: string, data: JobData, results: Extracted[]): Promise<(SavedCounts & { problems: InputProblem[] }) | null> {
  return db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [SAVE_LOCK]);
    if (await earlierJobPending(tx, jobId)) return null;
    const counts = { new: 0, updated: 0, done: 0, skipped: 0, problems: [] as InputProblem[] };
    // Only versions still pending are stored: another job may have stored this one, or a newer
    // version may have been queued after it.
    const claimed = await claimQueued(tx, data.articles.map((x) => ({ id: x.input.id, hash: x.hash })));
    const extracted = results.filter((r): r is ExtractedArticle => !("reason" in r));
    // One worker extracted the whole job, with one extractor.
    const stored = extracted.length ? await storedHashes(tx, [...claimed], extracted[0]!.extractor) : new Map<string, string | null>();
    const toSave: ExtractedArticle[] = [];
    for (const r of results) {
      if ("reason" in r) { counts.skipped++; counts.problems.push(r); continue; }
      if (!claimed.has(r.input.id) || stored.get(r.input.id) === r.hash) { counts.done++; continue; }
      toSave.push(r);
      if (stored.has(r.input.id)) counts.updated++; else counts.new++;
    }
    await saveArticles(tx, toSave, lexiconOf(db));
    await boss.deleteJob(QUEUE, jobId, inTransaction(tx));
    return counts;
  });
}
