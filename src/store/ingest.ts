// Ingest: read inputs, skip what the store already holds unchanged (same content hash, same
// extractor), extract the rest and store it in bounded batches, one transaction each. A bad
// input is reported and skipped; it never aborts the batch nor touches stored data.
import { createHash } from "node:crypto";
import type { InputProblem, RawArticle } from "../article.js";
import { cleanArticle } from "../clean/cleanArticle.js";
import { extractArticle } from "../extract/extractArticle.js";
import { extractorId } from "../extract/extractorId.js";
import { readArticles } from "../ingest/readArticles.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "./database.js";
import { saveArticles, type ExtractedArticle } from "./saveArticles.js";

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
  stdin?: NodeJS.ReadableStream;
  onProgress?: (counts: IngestCounts) => void;
}

export const DEFAULT_BATCH_SIZE = 200;

/** The content hash: what was read and the metadata the input gave with it. */
export function contentHash(input: RawArticle): string {
  return createHash("sha256").update(JSON.stringify([input.format, input.raw, input.url ?? null, input.published ?? null, input.outlet ?? null])).digest("hex");
}

/** Cleans and extracts one input; a failure is a problem for that input alone. */
export function extractInput(input: RawArticle, hash: string, k: CompiledKnowledge): ExtractedArticle | InputProblem {
  try {
    const article = cleanArticle(input, k.raw);
    return { input, hash, article, result: extractArticle(article, k), extractor: extractorId(k) };
  } catch (err) {
    return { source: input.source, reason: `extraction failed: ${(err as Error).message}` };
  }
}

export async function ingest(db: Database, paths: string[], k: CompiledKnowledge, options: IngestOptions = {}): Promise<IngestSummary> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: IngestSummary = { read: 0, new: 0, unchanged: 0, updated: 0, skipped: 0, problems: [] };
  const extractor = extractorId(k);
  let batch: RawArticle[] = [];

  const flush = async () => {
    if (!batch.length) return;
    // Two inputs with one id in a batch: the later one is what the store keeps.
    const byId = new Map(batch.map((a) => [a.id, a]));
    batch = [];
    const inputs = [...byId.values()].map((input) => ({ input, hash: contentHash(input) }));
    const { rows } = await db.query<{ id: string; hash: string; extractor: string }>(
      "select id, hash, extractor from articles where id = any($1::text[])", [inputs.map((x) => x.input.id)]);
    const stored = new Map(rows.map((r) => [r.id, r]));
    const toSave: ExtractedArticle[] = [];
    for (const { input, hash } of inputs) {
      const before = stored.get(input.id);
      if (before && before.hash === hash && before.extractor === extractor) { summary.unchanged++; continue; }
      const done = extractInput(input, hash, k);
      if ("reason" in done) { summary.skipped++; summary.problems.push(done); continue; }
      toSave.push(done);
      if (before) summary.updated++; else summary.new++;
    }
    await db.transaction((tx) => saveArticles(tx, toSave));
    options.onProgress?.(summary);
  };

  for await (const item of readArticles(paths, options.stdin ? { stdin: options.stdin } : {})) {
    if (item.kind === "problem") {
      summary.skipped++;
      summary.problems.push(item.problem);
      continue;
    }
    summary.read++;
    batch.push(item.article);
    if (batch.length >= size) await flush();
  }
  await flush();
  return summary;
}
