// Word and punctuation tokens with offsets, read once per document.
import type { Token } from "./document.js";

/** A token is a run of letters, marks and digits, or any other single non-space character. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_CHAR_AT = /[\p{L}\p{M}\p{N}]/uy;
const SPACE_AT = /\s/uy;

/** Classes of the ASCII characters, so that most of the text is read without a regular expression. */
const ASCII_SPACE = 1;
const ASCII_WORD = 2;
const ASCII_CLASS = new Uint8Array(128);
for (const c of "\t\n\v\f\r ") ASCII_CLASS[c.charCodeAt(0)] = ASCII_SPACE;
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) ASCII_CLASS[c] = ASCII_WORD;

/** Length in UTF-16 units of the word character at `i`, or 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] === ASCII_WORD ? 1 : 0;
  WORD_CHAR_AT.lastIndex = i;
  return WORD_CHAR_AT.test(text) ? WORD_CHAR_AT.lastIndex - i : 0;
}

/** The tokens TOKEN finds, read with a hand-written scanner (the regular expression is the slowest part of extraction's first step). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let word = 0;
    if (c < 128) {
      const cls = ASCII_CLASS[c];
      if (cls === ASCII_SPACE) { i++; continue; }
      word = cls === ASCII_WORD ? 1 : 0;
    } else {
      SPACE_AT.lastIndex = i;
      if (SPACE_AT.test(text)) { i = SPACE_AT.lastIndex; continue; }
      word = wordCharAt(text, i);
    }
    if (!word) {
      const width = c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      const t = text.slice(i, i + width);
      tokens.push({ text: t, lower: foldToken(t), start: i, end: i + width, sentence: -1 });
      i += width;
      continue;
    }
    let end = i + word;
    for (let w; end < n && (w = wordCharAt(text, end)); ) end += w;
    const t = text.slice(i, end);
    // Word characters hold none of the characters foldToken replaces.
    tokens.push({ text: t, lower: t.toLowerCase(), start: i, end, sentence: -1 });
    i = end;
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
