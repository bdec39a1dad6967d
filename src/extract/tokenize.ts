// Word and punctuation tokens with offsets, read once per document.
import type { Token } from "./document.js";

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    tokens.push({ text: m[0], lower: foldToken(m[0]), start, end: start + m[0].length, sentence: -1 });
  }
  return tokens;
}

/** Tokens of a phrase as the gazetteers compare them (same rules as the text). */
export function phraseTokens(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => m[0]);
}

/** Lower case, with typographic apostrophes and dashes folded to their plain forms. */
export function foldToken(t: string): string {
  return t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[–—]/g, "-");
}
