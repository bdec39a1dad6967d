// The words of an article as PostgreSQL's default text-search parser reads them, with their
// positions, so that PGlite can store the article's search vector without running that parser
// over the whole text on the thread that stores, about half the cost of storing an article
// (0.7 ms of 1.4; readsSearchWords says where it is used). It reads plain prose exactly: words, numbers, words
// joined by hyphens, and the spaces and punctuation between them. A run of text between spaces
// holding anything else ("U.S.", "Xinhua/Li", an address, a letter outside ASCII) is passed on
// by its offsets, for the store to have PostgreSQL read that run alone (searchVector.ts): the
// parser starts afresh after a space. The tests compare the result with to_tsvector.

/** The tokens of a text, each distinct one once, in the order first read. */
export interface SearchWords {
  /** The tokens, lower case, joined by spaces; a token with a digit, which the english
   * configuration sends to the `simple` dictionary, is marked SIMPLE; any other goes to
   * `english_stem`. */
  words: string;
  /** Each token's positions among the tokens read here ("3,17"), joined by spaces. */
  positions: string;
  /** The runs left to PostgreSQL, "START:END:K" (offsets in the text, K the tokens read before
   * the run, whose own tokens come after those), joined by spaces. */
  runs: string;
  /** How many tokens were read here. */
  count: number;
}

/** Marks a token for the `simple` dictionary (one with a digit). */
export const SIMPLE = "#";

/** What the parser may read across a space (an HTML tag), or reads by rules of its own
 * (control characters): a text holding them is left to PostgreSQL whole. */
const WHOLE_TEXT_ONLY = /<[A-Za-z/!?]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** Past this, PostgreSQL reads a token by other rules (or drops it): the text is left to it. */
const MAX_TOKEN = 200;
/** Past this position PostgreSQL gives every token the same one: the text is left to it. */
export const MAX_POSITION = 16_383;

const SPACE = 32, NEWLINE = 10, HYPHEN = 45, DOT = 46;

/** Classes of ASCII characters. */
const LETTER = 1, DIGIT = 2, OTHER = 3;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[a-z]/i.test(ch) ? LETTER : /[0-9]/.test(ch) ? DIGIT : "/@~_".includes(ch) ? OTHER : 0;
}
const isAlnum = (c: number) => c < 128 && (ASCII[c] === LETTER || ASCII[c] === DIGIT);

/** Whether a character outside ASCII is a letter, digit or mark (by UTF-16 unit: 1 yes, 2 no). */
const WORD_UNIT = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) return false; // read with the unit before it
  if (!WORD_UNIT[c]) WORD_UNIT[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return WORD_UNIT[c] === 1;
}

/**
 * Whether the run [start, end) holds a form read by rules this file does not follow: hosts,
 * files and URLs ("/", "@", "~", "_", "U.S.", a dot between letters or digits), entities
 * ("&amp;"), numbers signed with "+", "..", letters outside ASCII.
 */
function isOtherRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) { if (isWordUnit(text, i)) return true; continue; }
    if (ASCII[c] === OTHER) return true;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (c === DOT) {
      if (i > start && isAlnum(text.charCodeAt(i - 1)) && isAlnum(next)) return true;
      if (next === DOT && (i === start || text.charCodeAt(i - 1) !== DOT) && (i + 2 >= end || text.charCodeAt(i + 2) !== DOT)) return true;
    } else if (c === 38 /* & */) {
      if ((next < 128 && ASCII[next] === LETTER) || next === 35 /* # */) return true;
    } else if (c === 43 /* + */) {
      if (next < 128 && ASCII[next] === DIGIT) return true;
    }
  }
  return false;
}

/** The text's tokens, or null when the text is PostgreSQL's to read whole. */
export function searchWords(text: string): SearchWords | null {
  if (WHOLE_TEXT_ONLY.test(text)) return null;
  const lower = text.toLowerCase();
  // Lower case keeps every offset unless a letter outside ASCII grows ("İ"): such a text is
  // PostgreSQL's whole.
  if (lower.length !== text.length) return null;
  const positions = new Map<string, number[]>();
  const runs: string[] = [];
  let count = 0;
  const add = (token: string) => {
    const at = positions.get(token);
    if (at) at.push(++count);
    else positions.set(token, [++count]);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === NEWLINE) { i++; continue; }
    let end = i + 1;
    while (end < n && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== NEWLINE) end++;
    if (isOtherRun(text, i, end)) runs.push(`${i}:${end}:${count}`);
    else if (!readRun(lower, i, end, add)) return null;
    i = end;
  }
  if (count > MAX_POSITION) return null;
  let words = "", at = "";
  for (const [token, p] of positions) {
    words += `${words ? " " : ""}${hasDigit(token) ? SIMPLE : ""}${token}`;
    at += `${at ? " " : ""}${p.join(",")}`;
  }
  return { words, positions: at, runs: runs.join(" "), count };
}

const hasDigit = (s: string) => /[0-9]/.test(s);

/** Adds the tokens of the run [start, end) of `lower`; false when one is too long. */
function readRun(lower: string, start: number, end: number, add: (token: string) => void): boolean {
  let i = start;
  while (i < end) {
    if (!isAlnum(lower.charCodeAt(i))) { i++; continue; }
    // A chain: words and numbers joined by single hyphens.
    let j = i + 1, hyphens = false;
    for (;;) {
      while (j < end && isAlnum(lower.charCodeAt(j))) j++;
      if (j + 1 < end && lower.charCodeAt(j) === HYPHEN && isAlnum(lower.charCodeAt(j + 1))) { hyphens = true; j += 2; continue; }
      break;
    }
    if (j - i > MAX_TOKEN) return false;
    const afterHyphen = i > start && lower.charCodeAt(i - 1) === HYPHEN;
    if (!hyphens && !afterHyphen) add(lower.slice(i, j));
    else readChain(lower.slice(i, j), afterHyphen, add);
    i = j;
  }
  return true;
}

const hasLetter = (s: string) => /[a-z]/.test(s);
const isDigits = (s: string) => /^[0-9]+$/.test(s);
const startsWithDigit = (s: string) => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;

/**
 * The tokens of a chain of words and numbers joined by hyphens ("40-year-old"). After a number,
 * or at a chain's start right after a hyphen, a hyphen before digits is a sign ("2008-2009",
 * "2019-07-23"); after one word it is too ("Sea-2019"), but not after a hyphenated word
 * ("co-op-2019"). Pieces with a letter join the word before them: the hyphenated word, then
 * each part ("colonel-general", "colonel", "general").
 */
function readChain(chain: string, afterHyphen: boolean, add: (token: string) => void): void {
  const pieces = chain.split("-");
  let prev: "fresh" | "number" | "word" | "compound" = afterHyphen ? "number" : "fresh";
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    if (prev === "number" && startsWithDigit(piece)) {
      const digits = /^[0-9]+/.exec(piece)![0];
      add(`-${digits}`);
      const whole = digits.length === piece.length;
      if (whole) i++;
      else pieces[i] = piece.slice(digits.length); // "07-2019drills": "-2019", then "drills"
      prev = whole ? "number" : "fresh";
      continue;
    }
    if ((prev === "word" || prev === "compound") && isDigits(piece)) {
      add(prev === "word" ? `-${piece}` : piece);
      prev = "number";
      i++;
      continue;
    }
    let j = i;
    if (hasLetter(piece)) while (j + 1 < pieces.length && hasLetter(pieces[j + 1]!)) j++;
    if (j > i) {
      add(pieces.slice(i, j + 1).join("-"));
      for (let p = i; p <= j; p++) add(pieces[p]!);
      prev = "compound";
    } else {
      add(piece);
      prev = isDigits(piece) ? "number" : "word";
    }
    i = j + 1;
  }
}
