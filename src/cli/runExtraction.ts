// Reads inputs, cleans and extracts each article: the main job shared by the CLI, eval and demo.
import type { InputProblem } from "../article.js";
import { cleanArticle } from "../clean/cleanArticle.js";
import { extractArticle } from "../extract/extractArticle.js";
import type { DocResult } from "../extract/result.js";
import { readArticles } from "../ingest/readArticles.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";

export type ExtractionItem = { kind: "result"; result: DocResult } | { kind: "problem"; problem: InputProblem };

export async function* extractPaths(paths: string[], k: CompiledKnowledge, stdin?: NodeJS.ReadableStream): AsyncGenerator<ExtractionItem> {
  for await (const item of readArticles(paths, stdin ? { stdin } : {})) {
    if (item.kind === "problem") { yield item; continue; }
    try {
      const article = cleanArticle(item.article, k.raw);
      yield { kind: "result", result: extractArticle(article, k) };
    } catch (err) {
      // One article the extractor cannot handle is reported and skipped, never the whole batch.
      yield { kind: "problem", problem: { source: item.article.source, reason: `extraction failed: ${(err as Error).message}` } };
    }
  }
}

export function describeProblem(p: InputProblem): string {
  return `${p.source}${p.line !== undefined && !p.source.endsWith(`:${p.line}`) ? `:${p.line}` : ""}: ${p.reason}`;
}
