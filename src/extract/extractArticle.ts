// Extraction: a pure function of one cleaned article and the knowledge.
import type { Article } from "../article.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { DocResult } from "./result.js";

export function extractArticle(article: Article, _k: CompiledKnowledge): DocResult {
  // Placeholder while the pipeline is being written (replaced in this issue).
  return { id: article.id, source: article.source, url: article.url, outlet: article.outlet, published: article.published, persons: [], events: [] };
}
