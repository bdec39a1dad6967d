// Ingest: read inputs, skip what the store already holds unchanged (same content hash, same
// extractor), extract the rest on worker threads and store it in bounded batches, one
// transaction each, in input order. A bad input is reported and skipped; it never aborts the
// batch nor touches stored data.
import type { InputProblem } from "../article.js";
import { extractorId } from "../extract/extractorId.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "./database.js";
import { defaultJobs, startExtractPool, type Extracted } from "./extractPool.js";
import { hashedBatches, storedHashes, type HashedInput } from "./inputBatches.js";
import { saveArticles, type ExtractedArticle } from "./saveArticles.js";
import { lexiconOf, readsSearchWords } from "./searchVector.js";
import { keepStatistics } from "./statistics.js";
import { storeInOrder } from "./storeInOrder.js";

export interface IngestCounts {
  read: number;
  new: number;
  unchanged: number;
  updated: number;
  skipped: number;
}

export interface IngestSummary extends IngestCounts {
  problems: InputProblem[];
}

export interface IngestOptions {
  /** Articles per transaction: bounds memory and what a kill can undo. */
  batchSize?: number;
  /** Worker threads that extract while this one reads and stores (default: one per core; 0: this
   * thread extracts too). */
  jobs?: number;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (counts: IngestCounts) => void;
  /** Told when every article is stored and the store's closing vacuum starts. */
  onVacuum?: () => void;
}

export const DEFAULT_BATCH_SIZE = 200;

interface PreparedBatch {
  extracted: Promise<Extracted[]>;
  /** Whether each extracted input replaces a stored article. */
  replaces: boolean[];
  unchanged: number;
}

export async function ingest(db: Database, paths: string[], k: CompiledKnowledge, options: IngestOptions = {}): Promise<IngestSummary> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const threads = options.jobs ?? defaultJobs(db);
  const summary: IngestSummary = { read: 0, new: 0, unchanged: 0, updated: 0, skipped: 0, problems: [] };
  const extractor = extractorId(k);
  const statistics = await keepStatistics(db);
  const pool = startExtractPool(k, threads, readsSearchWords(db));
  // Hashes of articles sent for extraction but not stored yet: a later batch with the same id
  // compares with them, not with the store.
  const inFlight = new Map<string, string>();

  const prepare = async (inputs: HashedInput[]): Promise<PreparedBatch> => {
    const stored = await storedHashes(db, inputs.map((x) => x.input.id), extractor);
    const jobs: HashedInput[] = [];
    const replaces: boolean[] = [];
    let unchanged = 0;
    for (const x of inputs) {
      const before = inFlight.has(x.input.id) ? inFlight.get(x.input.id) : stored.get(x.input.id);
      if (before === x.hash) { unchanged++; continue; }
      jobs.push(x);
      replaces.push(before !== undefined);
      inFlight.set(x.input.id, x.hash);
    }
    return { extracted: pool.extract(jobs), replaces, unchanged };
  };

  const store = async (p: PreparedBatch) => {
    const results = await p.extracted;
    const toSave: ExtractedArticle[] = [];
    results.forEach((r, i) => {
      if ("reason" in r) { summary.skipped++; summary.problems.push(r); return; }
      toSave.push(r);
      if (p.replaces[i]) summary.updated++; else summary.new++;
    });
    summary.unchanged += p.unchanged;
    await db.transaction((tx) => saveArticles(tx, toSave, lexiconOf(db)));
    for (const a of toSave) if (inFlight.get(a.article.id) === a.hash) inFlight.delete(a.article.id);
    await statistics.stored(summary.new + summary.updated);
    options.onProgress?.(summary);
  };

  const batches = storeInOrder(threads, store);
  try {
    for await (const inputs of hashedBatches(paths, size, summary, options.stdin)) await batches.add(await prepare(inputs));
    await batches.drain();
    await statistics.finish(summary.new + summary.updated, options.onVacuum);
  } finally {
    batches.abandon();
    await pool.close();
  }
  return summary;
}
