// Extraction spread over worker threads: batches go out round-robin and come back in the order
// they were sent. With no workers, extraction runs in this thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { InputProblem, RawArticle } from "../article.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import { extractInput, extractResult, type ResultOnly } from "./extractInput.js";
import type { ExtractedArticle } from "./saveArticles.js";

export type Extracted = ExtractedArticle | InputProblem;
export type ExtractionJob = { input: RawArticle; hash: string }[];

/** Extraction threads when none are asked for: one per core, less one when the store works on
 * this machine too (PGlite in this process, or a server at a loopback address). The thread that
 * stores and the server's process then need a core between them, and one more extraction thread
 * only takes turns with them: on 2 cores, 10,000 generated articles went into a local server in
 * 10.7 s with one thread and 11.5–12.1 s with two, into PGlite in 17.9 and 18.5 s. */
export const defaultJobs = (store?: { onThisMachine: boolean }) => Math.max(1, availableParallelism() - (store?.onThisMachine ? 1 : 0));

export interface ExtractPool<T = Extracted> {
  extract(jobs: ExtractionJob): Promise<T[]>;
  close(): Promise<void>;
}

/** What a worker sends back: all the store keeps ("stored"), or the extraction result alone
 * ("result"), which spares copying the article's text between threads. */
export type WorkerTask = "stored" | "result";

/** A pool whose results the store can save, with the words of the articles' search vectors when
 * `searchWords` (readsSearchWords). */
export function startExtractPool(k: CompiledKnowledge, workers: number, searchWords: boolean): ExtractPool {
  return startPool<Extracted>(k, workers, { task: "stored", searchWords }, ({ input, hash }) => extractInput(input, hash, k, searchWords));
}

/** A pool that returns the extraction results alone. */
export function startResultPool(k: CompiledKnowledge, workers: number): ExtractPool<ResultOnly> {
  return startPool<ResultOnly>(k, workers, { task: "result", searchWords: false }, ({ input }) => extractResult(input, k));
}

/** What a worker thread is started with besides the knowledge. */
export interface WorkerSetup {
  task: WorkerTask;
  searchWords: boolean;
}

function startPool<T>(k: CompiledKnowledge, workers: number, setup: WorkerSetup, inThread: (job: ExtractionJob[number]) => T): ExtractPool<T> {
  if (workers <= 0) return { extract: async (jobs) => jobs.map(inThread), close: async () => undefined };
  const threads = Array.from({ length: workers }, () => new Worker(new URL("./extractWorker.js", import.meta.url), { workerData: { knowledge: k.raw, ...setup } }));
  const pending = new Map<number, { resolve: (r: T[]) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  for (const t of threads) {
    t.on("message", (m: { id: number; results: T[] }) => { pending.get(m.id)?.resolve(m.results); pending.delete(m.id); });
    t.on("error", (err) => { failure = err; for (const p of pending.values()) p.reject(err); pending.clear(); });
  }
  let next = 0;
  return {
    extract: (jobs) => new Promise((resolve, reject) => {
      if (failure) { reject(failure); return; }
      const id = next++;
      pending.set(id, { resolve, reject });
      threads[id % threads.length]!.postMessage({ id, inputs: jobs });
    }),
    close: async () => { await Promise.all(threads.map((t) => t.terminate())); },
  };
}
