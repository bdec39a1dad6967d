// Extraction spread over worker threads: batches go out round-robin and come back in the order
// they were sent. With no workers, extraction runs in this thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { InputProblem, RawArticle } from "../article.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import { extractInput } from "./extractInput.js";
import type { ExtractedArticle } from "./saveArticles.js";

export type Extracted = ExtractedArticle | InputProblem;
export type ExtractionJob = { input: RawArticle; hash: string }[];

/** One core is left to the thread that reads and stores. */
export const defaultWorkers = () => Math.max(1, availableParallelism() - 1);

export interface ExtractPool {
  extract(jobs: ExtractionJob): Promise<Extracted[]>;
  close(): Promise<void>;
}

export function startExtractPool(k: CompiledKnowledge, workers: number): ExtractPool {
  if (workers <= 0) {
    return { extract: async (jobs) => jobs.map(({ input, hash }) => extractInput(input, hash, k)), close: async () => undefined };
  }
  const threads = Array.from({ length: workers }, () => new Worker(new URL("./extractWorker.js", import.meta.url), { workerData: k.raw }));
  const pending = new Map<number, { resolve: (r: Extracted[]) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  for (const t of threads) {
    t.on("message", (m: { id: number; results: Extracted[] }) => { pending.get(m.id)?.resolve(m.results); pending.delete(m.id); });
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
