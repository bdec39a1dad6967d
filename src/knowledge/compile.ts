// Indexes built once from the knowledge files for fast lookup during extraction.
import type { Knowledge } from "./schema.js";

export interface CompiledKnowledge {
  raw: Knowledge;
}

export function compileKnowledge(k: Knowledge): CompiledKnowledge {
  return { raw: k };
}
