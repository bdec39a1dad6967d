// Sentence boundaries: ICU's segmenter (Intl.Segmenter), refined for news copy.
import type { Sentence, Token } from "./document.js";
import { sentenceBreaks } from "./sentenceBreaks.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// ICU breaks after every "Gen. " or "Nov. "; these words end with a period without ending a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "gen", "lt", "col", "maj", "adm", "capt", "cdr", "cmdr", "sr", "jr", "sen", "rep", "gov",
  "prof", "brig", "sgt", "cpl", "pvt", "lieut", "vol", "inc", "corp", "co", "vs", "u.s", "u.k", "u.n", "fig", "ft",
]);

export interface SentenceOptions {
  /** Extra abbreviations (lower case, no final period), e.g. from the rank knowledge. */
  abbreviations?: Iterable<string>;
}

// One merged set per extra list (the knowledge's), built once rather than per document.
const merged = new WeakMap<object, Set<string>>();
export function abbreviationSet(extra: Iterable<string> | undefined): Set<string> {
  if (!extra) return ABBREVIATIONS;
  let set = merged.get(extra);
  if (!set) { set = new Set([...ABBREVIATIONS, ...extra]); merged.set(extra, set); }
  return set;
}

/** The sentences of ICU's rules as [start, end) pairs: read in JavaScript when sentenceBreaks can, else by the segmenter itself. */
function icuSentences(text: string): number[] {
  const breaks = sentenceBreaks(text);
  const bounds: number[] = [];
  if (!breaks) {
    for (const seg of segmenter.segment(text)) bounds.push(seg.index, seg.index + seg.segment.length);
    return bounds;
  }
  if (!text.length) return bounds;
  let from = 0;
  for (const b of breaks) { bounds.push(from, b); from = b; }
  bounds.push(from, text.length);
  return bounds;
}

/** Whether the code unit is white space as String.prototype.trim and \s read it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /\n\s*\n/ in text[from, to): a blank line. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let afterNewline = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { if (afterNewline) return true; afterNewline = true; } else if (!isSpace(c)) afterNewline = false;
  }
  return false;
}

/** Three lines in a row of a wrapping width (45 to 100 characters): the copy is wrapped at a fixed width. */
const HARD_WRAPPED = /(?:^|\n)[^\n]{45,100}\n[^\n]{45,100}\n[^\n]{45,100}(?:\n|$)/;

/** Lines wrapped inside a paragraph are one line for the segmenter (same length, so offsets hold).
 * In copy that is not wrapped, a line that ends without punctuation is a headline, a caption or a
 * source line, and the line break ends it, unless the next line goes on in lower case. */
function unwrapLines(text: string): string {
  if (!HARD_WRAPPED.test(text)) return text.replace(/([^\n.!?:;"”)\]])\n(?=\p{Ll})/gu, "$1 ");
  return text.replace(/([^\n.!?:;"”)\]])\n(?=[^\n])/g, "$1 ");
}

export function splitSentences(text: string, tokens: Token[], options: SentenceOptions = {}): Sentence[] {
  const abbreviations = abbreviationSet(options.abbreviations);
  const unwrapped = unwrapLines(text);
  const spans: { start: number; end: number }[] = [];
  let mergeNext = false;
  const bounds = icuSentences(unwrapped);
  for (let b = 0; b < bounds.length; b += 2) {
    // The segment trimmed of white space at both ends.
    let start = bounds[b]!;
    let end = bounds[b + 1]!;
    const segmentEnd = end;
    while (start < end && isSpace(unwrapped.charCodeAt(start))) start++;
    while (end > start && isSpace(unwrapped.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    if (mergeNext && spans.length) spans[spans.length - 1]!.end = end;
    else spans.push({ start, end });
    // Not across a line break after the abbreviation (in the white space the segment ends with).
    mergeNext = endsWithAbbreviation(unwrapped, start, end, abbreviations) && !lineBreakIn(unwrapped, end, segmentEnd);
  }
  // Hard paragraph breaks always end a sentence, whatever the segmenter merged.
  const out: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const s of spans) {
    // The span is trimmed (text and unwrapped differ only in white space).
    if (!lineBreakIn(text, s.start, s.end)) {
      if (hasBlankLine(text, lastEnd, s.start) && out.length) paragraph++;
      out.push({ index: out.length, start: s.start, end: s.end, tokenStart: 0, tokenEnd: 0, paragraph });
      lastEnd = s.end;
      continue;
    }
    const body = text.slice(s.start, s.end);
    const parts = body.split(/\n\s*\n/);
    let offset = s.start;
    for (const part of parts) {
      const at = text.indexOf(part, offset);
      offset = at + part.length;
      const trimmedStart = at + (part.length - part.trimStart().length);
      const trimmedEnd = at + part.trimEnd().length;
      if (trimmedEnd <= trimmedStart) continue;
      if (hasBlankLine(text, lastEnd, trimmedStart) && out.length) paragraph++;
      out.push({ index: out.length, start: trimmedStart, end: trimmedEnd, tokenStart: 0, tokenEnd: 0, paragraph });
      lastEnd = trimmedEnd;
    }
  }
  // Tokens know their sentence; sentences know their token range.
  let t = 0;
  for (const s of out) {
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    s.tokenStart = t;
    while (t < tokens.length && tokens[t]!.start < s.end) tokens[t++]!.sentence = s.index;
    s.tokenEnd = t;
  }
  return out;
}

function lineBreakIn(text: string, from: number, to: number): boolean {
  const at = text.indexOf("\n", from);
  return at >= 0 && at < to;
}

function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: Set<string>): boolean {
  if (text.charCodeAt(end - 1) !== 46) return false; // "."
  const tail = text.slice(Math.max(start, end - 12), end);
  const m = /(?:^|[\s(])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.$/.exec(tail);
  if (!m) return false;
  const word = m[1]!;
  // A lone capital is an initial ("Lloyd J. Austin"), unless it closes a sentence like "... World War I."
  if (/^[A-Z]$/.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
