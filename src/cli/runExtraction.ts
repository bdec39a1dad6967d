// Reads inputs, cleans and extracts each article: the main job shared by the CLI, eval and demo.
// With several jobs, worker threads extract batches while this thread reads ahead, a bounded
// number of batches at a time (a million-article input never sits in memory), and results come
// out in input order, as with one thread.
import type { InputProblem, RawArticle } from "../article.js";
import type { DocResult } from "../extract/result.js";
import { readArticles } from "../ingest/readArticles.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import { startResultPool } from "../store/extractPool.js";
import { extractResult, type ResultOnly } from "../store/extractInput.js";

export type ExtractionItem = { kind: "result"; result: DocResult } | { kind: "problem"; problem: InputProblem };

export interface ExtractOptions {
  stdin?: NodeJS.ReadableStream;
  /** Threads that extract (default 1: this one). */
  jobs?: number;
}

/** Articles per message to a worker: enough to amortise the hand-over, few enough to keep every worker busy. */
const BATCH = 32;

export async function* extractPaths(paths: string[], k: CompiledKnowledge, options: ExtractOptions = {}): AsyncGenerator<ExtractionItem> {
  const inputs = readArticles(paths, options.stdin ? { stdin: options.stdin } : {});
  const jobs = options.jobs ?? 1;
  if (jobs <= 1) {
    for await (const item of inputs) {
      if (item.kind === "problem") { yield item; continue; }
      yield toItem(extractResult(item.article, k));
    }
    return;
  }
  const pool = startResultPool(k, jobs);
  // Batches in flight, in input order; problems met while reading keep their place.
  const pending: Promise<ExtractionItem[]>[] = [];
  const inFlight = jobs * 2;
  try {
    let batch: RawArticle[] = [];
    let placed: ExtractionItem[] = [];
    const send = () => {
      const before = placed;
      const sent = batch.length ? pool.extract(batch.map((input) => ({ input, hash: "" }))) : Promise.resolve([]);
      pending.push(sent.then((done) => [...before, ...done.map(toItem)]));
      batch = [];
      placed = [];
    };
    for await (const item of inputs) {
      if (item.kind === "problem") {
        // A problem after articles waits for their batch, so the order is the input's.
        if (batch.length) send();
        placed.push(item);
        continue;
      }
      batch.push(item.article);
      if (batch.length >= BATCH) {
        send();
        while (pending.length >= inFlight) yield* await pending.shift()!;
      }
    }
    if (batch.length || placed.length) send();
    while (pending.length) yield* await pending.shift()!;
  } finally {
    for (const p of pending) p.catch(() => undefined);
    await pool.close();
  }
}

function toItem(done: ResultOnly): ExtractionItem {
  return "reason" in done ? { kind: "problem", problem: done } : { kind: "result", result: done.result };
}

export function describeProblem(p: InputProblem): string {
  return `${p.source}${p.line !== undefined && !p.source.endsWith(`:${p.line}`) ? `:${p.line}` : ""}: ${p.reason}`;
}
