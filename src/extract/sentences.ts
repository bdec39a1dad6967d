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
function abbreviationSet(extra: Iterable<string> | undefined): Set<string> {
  if (!extra) return ABBREVIATIONS;
  let set = merged.get(extra);
  if (!set) { set = new Set([...ABBREVIATIONS, ...extra]); merged.set(extra, set); }
  return set;
}

/** The sentences of ICU's rules: read in JavaScript when sentenceBreaks can, else by the segmenter itself. */
function icuSentences(text: string): Iterable<{ index: number; segment: string }> {
  const breaks = sentenceBreaks(text);
  if (!breaks) return segmenter.segment(text);
  const bounds = text.length ? [0, ...breaks, text.length] : [];
  return bounds.slice(1).map((end, i) => ({ index: bounds[i]!, segment: text.slice(bounds[i], end) }));
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
  for (const seg of icuSentences(unwrapped)) {
    const raw = seg.segment;
    const start = seg.index + (raw.length - raw.trimStart().length);
    const end = seg.index + raw.trimEnd().length;
    if (end <= start) continue;
    if (mergeNext && spans.length) spans[spans.length - 1]!.end = end;
    else spans.push({ start, end });
    mergeNext = endsWithAbbreviation(unwrapped, start, end, abbreviations) && !/\n\s*$/.test(raw);
  }
  // Hard paragraph breaks always end a sentence, whatever the segmenter merged.
  const out: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const s of spans) {
    const body = text.slice(s.start, s.end);
    const parts = body.includes("\n") ? body.split(/\n\s*\n/) : [body];
    let offset = s.start;
    for (const part of parts) {
      const at = text.indexOf(part, offset);
      offset = at + part.length;
      const trimmedStart = at + (part.length - part.trimStart().length);
      const trimmedEnd = at + part.trimEnd().length;
      if (trimmedEnd <= trimmedStart) continue;
      if (/\n\s*\n/.test(text.slice(lastEnd, trimmedStart)) && out.length) paragraph++;
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

function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: Set<string>): boolean {
  const tail = text.slice(Math.max(start, end - 12), end);
  const m = /(?:^|[\s(])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.$/.exec(tail);
  if (!m) return false;
  const word = m[1]!;
  // A lone capital is an initial ("Lloyd J. Austin"), unless it closes a sentence like "... World War I."
  if (/^[A-Z]$/.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
