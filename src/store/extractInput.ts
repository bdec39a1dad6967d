// Clean and extract one input for the store; a failure is a problem for that input alone.
import type { InputProblem, RawArticle } from "../article.js";
import { cleanArticle } from "../clean/cleanArticle.js";
import { extractArticle } from "../extract/extractArticle.js";
import { extractorId } from "../extract/extractorId.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { ExtractedArticle } from "./saveArticles.js";

export function extractInput(input: RawArticle, hash: string, k: CompiledKnowledge): ExtractedArticle | InputProblem {
  try {
    const article = cleanArticle(input, k.raw);
    return { input, hash, article, result: extractArticle(article, k), extractor: extractorId(k) };
  } catch (err) {
    return { source: input.source, reason: `extraction failed: ${(err as Error).message}` };
  }
}
