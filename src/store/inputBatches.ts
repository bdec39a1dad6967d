// Inputs as ingest and `ingest --queue` take them: read in batches, each input with its content
// hash (the later of two inputs with one id in a batch wins), and the hashes the store holds for
// their ids, by which both skip what is stored unchanged.
import { createHash } from "node:crypto";
import type { InputProblem, RawArticle } from "../article.js";
import { readArticles } from "../ingest/readArticles.js";
import type { Queryable } from "./database.js";

export interface HashedInput { input: RawArticle; hash: string }

/** What reading found so far: inputs read, and those skipped with their problems. */
export interface ReadCounts { read: number; skipped: number; problems: InputProblem[] }

/** The content hash: what was read and the metadata the input gave with it. */
export function contentHash(input: RawArticle): string {
  return createHash("sha256").update(JSON.stringify([input.format, input.raw, input.url ?? null, input.published ?? null, input.outlet ?? null])).digest("hex");
}

/** The inputs of `paths` in batches of up to `size`; problems go into `counts`, not the batches. */
export async function* hashedBatches(paths: string[], size: number, counts: ReadCounts, stdin?: NodeJS.ReadableStream): AsyncGenerator<HashedInput[]> {
  let batch: RawArticle[] = [];
  const hashed = () => {
    const byId = new Map(batch.map((a) => [a.id, a])); // the later of two inputs with one id wins
    batch = [];
    return [...byId.values()].map((input) => ({ input, hash: contentHash(input) }));
  };
  for await (const item of readArticles(paths, stdin ? { stdin } : {})) {
    if (item.kind === "problem") {
      counts.skipped++;
      counts.problems.push(item.problem);
      continue;
    }
    counts.read++;
    batch.push(item.article);
    if (batch.length >= size) yield hashed();
  }
  if (batch.length) yield hashed();
}

/** The stored hash of each of `ids` the store holds: null where another extractor than
 * `extractor` produced it (stored, but due to be extracted again). */
export async function storedHashes(db: Queryable, ids: string[], extractor: string): Promise<Map<string, string | null>> {
  const { rows } = await db.query<{ id: string; hash: string; extractor: string }>(
    "select id, hash, extractor from articles where id = any($1::text[])", [ids]);
  return new Map(rows.map((r) => [r.id, r.extractor === extractor ? r.hash : null]));
}
