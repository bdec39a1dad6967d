// Reads inputs, cleans and extracts each article: the main job shared by the CLI, eval and demo.
import type { InputProblem } from "../article.js";
import type { DocResult } from "../extract/result.js";
import { readArticles } from "../ingest/readArticles.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import { cleanAndExtract } from "../store/extractInput.js";

export type ExtractionItem = { kind: "result"; result: DocResult } | { kind: "problem"; problem: InputProblem };

export async function* extractPaths(paths: string[], k: CompiledKnowledge, stdin?: NodeJS.ReadableStream): AsyncGenerator<ExtractionItem> {
  for await (const item of readArticles(paths, stdin ? { stdin } : {})) {
    if (item.kind === "problem") { yield item; continue; }
    const done = cleanAndExtract(item.article, k);
    yield "reason" in done ? { kind: "problem", problem: done } : { kind: "result", result: done.result };
  }
}

export function describeProblem(p: InputProblem): string {
  return `${p.source}${p.line !== undefined && !p.source.endsWith(`:${p.line}`) ? `:${p.line}` : ""}: ${p.reason}`;
}
