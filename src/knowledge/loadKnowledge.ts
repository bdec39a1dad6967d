// Reads and validates the knowledge files. (Being written by the knowledge work.)
import type { Knowledge } from "./schema.js";

export interface LoadKnowledgeOptions {
  /** User folders whose files add to (and, by canonical name, override) the built-in ones. */
  extraDirs?: string[];
}

export function loadKnowledge(_options: LoadKnowledgeOptions = {}): Knowledge {
  throw new Error("not yet written");
}
