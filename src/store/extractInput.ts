// Clean and extract one input; a failure is a problem for that input alone, never the batch's.
import type { Article, InputProblem, RawArticle } from "../article.js";
import { cleanArticle } from "../clean/cleanArticle.js";
import { extractArticle } from "../extract/extractArticle.js";
import { extractorId } from "../extract/extractorId.js";
import type { DocResult } from "../extract/result.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { ExtractedArticle } from "./saveArticles.js";
import { searchWords } from "./searchWords.js";

export function cleanAndExtract(input: RawArticle, k: CompiledKnowledge): { article: Article; result: DocResult } | InputProblem {
  try {
    const article = cleanArticle(input, k.raw);
    return { article, result: extractArticle(article, k) };
  } catch (err) {
    return { source: input.source, reason: `extraction failed: ${(err as Error).message}` };
  }
}

/** The same for the store: with the input's hash, the extractor that produced the result, and,
 * when `withSearchWords`, the words of the article's search vector (read here, on the
 * extraction's thread: readsSearchWords). */
export function extractInput(input: RawArticle, hash: string, k: CompiledKnowledge, withSearchWords: boolean): ExtractedArticle | InputProblem {
  const done = cleanAndExtract(input, k);
  if ("reason" in done) return done;
  return { input, hash, ...done, extractor: extractorId(k), searchWords: withSearchWords ? searchWords(done.article.text) : null };
}

export type ResultOnly = { result: DocResult } | InputProblem;

/** The extraction result alone, for callers that neither store nor show the article. */
export function extractResult(input: RawArticle, k: CompiledKnowledge): ResultOnly {
  const done = cleanAndExtract(input, k);
  return "reason" in done ? done : { result: done.result };
}
