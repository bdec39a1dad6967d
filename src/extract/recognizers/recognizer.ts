// A recognizer reads the document (tokens, sentences, earlier mentions) and adds mentions.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import type { Doc, Mention } from "../document.js";
import type { PhraseMatch } from "../../knowledge/phraseMatcher.js";

export type Recognizer = (doc: Doc, k: CompiledKnowledge) => void;

/** Adds one mention per gazetteer match, built by `make` from the match payload. */
export function addPhraseMatches<T>(
  doc: Doc,
  matches: PhraseMatch<T>[],
  make: (payload: T, base: { start: number; end: number; text: string; tokenStart: number; tokenEnd: number }) => Mention | null,
): void {
  for (const m of matches) {
    const start = doc.tokens[m.tokenStart]!.start;
    const end = doc.tokens[m.tokenEnd - 1]!.end;
    const mention = make(m.payload, { start, end, text: doc.text.slice(start, end), tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });
    if (mention) doc.mentions.push(mention);
  }
}
