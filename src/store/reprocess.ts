// Re-extracts stored articles after the extractor or the knowledge changed, from the raw input
// the store kept, in bounded batches of one transaction each: worker threads extract the next
// batches while this thread stores one (storeInOrder), as in ingest.
import type { InputProblem, RawArticle } from "../article.js";
import { extractorId } from "../extract/extractorId.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "./database.js";
import { defaultJobs, startExtractPool, type Extracted } from "./extractPool.js";
import { DEFAULT_BATCH_SIZE } from "./ingest.js";
import type { ExtractedArticle } from "./saveArticles.js";
import { saveArticles } from "./saveArticles.js";
import { lexiconOf, readsSearchWords } from "./searchVector.js";
import { keepStatistics } from "./statistics.js";
import { storeInOrder } from "./storeInOrder.js";

export interface ReprocessOptions {
  /** Re-extract every article, not only those another extractor produced. */
  all?: boolean;
  batchSize?: number;
  /** Worker threads that extract (default: one per core; 0: this thread extracts). */
  jobs?: number;
  /** Told how many articles will be re-extracted, before the first. */
  onStart?: (total: number) => void;
  onProgress?: (done: number, total: number) => void;
  /** Told when every article is stored and the store's closing vacuum starts. */
  onVacuum?: () => void;
}

export interface ReprocessSummary {
  reprocessed: number;
  failed: InputProblem[];
}

interface StoredInput {
  id: string; source: string; format: RawArticle["format"]; raw: string; hash: string;
  given: { url: string | null; published: string | null; outlet: string | null };
}

export async function reprocess(db: Database, k: CompiledKnowledge, options: ReprocessOptions = {}): Promise<ReprocessSummary> {
  const extractor = extractorId(k);
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const all = options.all ?? false;
  const { rows: [count] } = await db.query<{ n: string }>("select count(*) as n from articles where $2::boolean or extractor <> $1", [extractor, all]);
  const total = Number(count?.n ?? 0);
  options.onStart?.(total);
  const summary: ReprocessSummary = { reprocessed: 0, failed: [] };
  const threads = options.jobs ?? defaultJobs(db);
  const statistics = await keepStatistics(db);
  const pool = startExtractPool(k, threads, readsSearchWords(db));
  const batches = storeInOrder(threads, async ({ extracted }: { extracted: Promise<Extracted[]> }) => {
    const batch: ExtractedArticle[] = [];
    for (const done of await extracted) if ("reason" in done) summary.failed.push(done); else batch.push(done);
    await db.transaction((tx) => saveArticles(tx, batch, lexiconOf(db)));
    summary.reprocessed += batch.length;
    await statistics.stored(summary.reprocessed);
    options.onProgress?.(summary.reprocessed + summary.failed.length, total);
  });
  let after = "";
  try {
    for (;;) {
      const { rows } = await db.query<StoredInput>(
        "select id, source, format, raw, hash, given from articles where ($2::boolean or extractor <> $1) and id > $3 order by id limit $4",
        [extractor, all, after, size]);
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      await batches.add({ extracted: pool.extract(rows.map((r) => ({
        input: { id: r.id, source: r.source, format: r.format, raw: r.raw, url: r.given.url, published: r.given.published, outlet: r.given.outlet } as RawArticle,
        hash: r.hash,
      }))) });
    }
    await batches.drain();
    await statistics.finish(summary.reprocessed, options.onVacuum);
  } finally {
    batches.abandon();
    await pool.close();
  }
  return summary;
}
