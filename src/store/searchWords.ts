// The words of an article as PostgreSQL's default text-search parser reads them, with their
// positions, so that the store can build the article's search vector without running that
// parser over the whole text, which was half the cost of storing an article (0.3 ms of a
// server's 0.65, 0.7 ms of PGlite's 1.4). It reads plain prose exactly: words, numbers, words
// joined by hyphens, and the spaces and punctuation between them. A run of text between spaces
// holding anything else ("U.S.", "Xinhua/Li", an address, a letter outside ASCII) is passed on
// by its offsets, for the store to have PostgreSQL read that run alone (searchVector.ts): the
// parser starts afresh after a space. The tests compare the result with to_tsvector.

/** What the parser may read across a space (an HTML tag), or reads by rules of its own
 * (control characters): a text holding them is left to PostgreSQL whole. */
const WHOLE_TEXT_ONLY = /<[A-Za-z/!?]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** Forms read by rules this file does not follow: hosts, files and URLs, e-mail, entities,
 * signed numbers with "+", "U.S.", "..", letters outside ASCII. The run around one is PostgreSQL's. */
const OTHER_FORMS = /[/@~_]|&[A-Za-z#]|\+[0-9]|[A-Za-z0-9]\.[A-Za-z0-9]|(?<!\.)\.\.(?!\.)|(?![\x00-\x7f])[\p{L}\p{N}\p{M}]/gu;

/** A word of letters alone, not part of a hyphenated chain (most tokens); or such a chain of
 * words and numbers. Read in lower case. */
const TOKEN = /(?<!-)([a-z]+)(?![a-z0-9-])|[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Past this, PostgreSQL reads a token by other rules (or drops it): the text is left to it. */
const MAX_TOKEN = 200;
/** Past this position PostgreSQL gives every token the same one: the text is left to it. */
export const MAX_POSITION = 16_383;

/** Marks a run left to PostgreSQL among the entries: "\u0001START:END:K", offsets in the text,
 * K the tokens read before it. */
export const OTHER_RUN = "\u0001";
/** Marks a token for the `simple` dictionary (one with a digit): "#TOKEN:POSITIONS". */
export const SIMPLE = "#";

const hasLetter = (s: string) => /[a-z]/.test(s);
const isDigits = (s: string) => /^[0-9]+$/.test(s);
const startsWithDigit = (s: string) => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;
const hasDigit = (s: string) => /[0-9]/.test(s);

/**
 * Entries joined by spaces: each distinct token with its positions among the tokens read here
 * ("drills:3,17"; a token with a digit, which goes to the `simple` dictionary, marked SIMPLE;
 * any other goes to `english_stem`, the english configuration's mapping), then the runs left
 * to PostgreSQL (OTHER_RUN), whose tokens come between. Null when the text is PostgreSQL's to
 * read whole.
 */
export function searchWords(text: string): string | null {
  if (WHOLE_TEXT_ONLY.test(text)) return null;
  let lower = text.toLowerCase();
  // Lower case keeps every offset unless a letter outside ASCII grows ("İ"): such a text is
  // PostgreSQL's whole.
  if (lower.length !== text.length) return null;
  const others = otherRuns(text);
  const positions = new Map<string, number[]>();
  const runs: string[] = [];
  let count = 0;
  const add = (token: string) => {
    const at = positions.get(token);
    if (at) at.push(++count);
    else positions.set(token, [++count]);
  };
  let next = 0; // the next run left to PostgreSQL
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    while (next < others.length && others[next]![1] <= m.index) runs.push(`${OTHER_RUN}${others[next]![0]}:${others[next]![1]}:${count}`), next++;
    if (next < others.length && others[next]![0] <= m.index) {
      TOKEN.lastIndex = others[next]![1];
      continue;
    }
    if (m[1] !== undefined) { add(m[1]); continue; }
    const chain = m[0];
    if (chain.length > MAX_TOKEN) return null;
    readChain(chain, m.index > 0 && lower.charCodeAt(m.index - 1) === 45 /* - */, add);
  }
  while (next < others.length) runs.push(`${OTHER_RUN}${others[next]![0]}:${others[next]![1]}:${count}`), next++;
  if (count > MAX_POSITION) return null;
  lower = "";
  const entries: string[] = [];
  for (const [token, at] of positions) entries.push(`${hasDigit(token) ? SIMPLE : ""}${token}:${at.join(",")}`);
  for (const r of runs) entries.push(r);
  return entries.join(" ");
}

/** The runs between spaces that hold an OTHER_FORMS form, as [start, end) offsets in order. */
function otherRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  OTHER_FORMS.lastIndex = 0;
  for (let m = OTHER_FORMS.exec(text); m; m = OTHER_FORMS.exec(text)) {
    let start = m.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (runs.length && runs[runs.length - 1]![1] >= start) runs[runs.length - 1]![1] = end;
    else runs.push([start, end]);
    OTHER_FORMS.lastIndex = end;
  }
  return runs;
}

/** The parser ends every token at a space or a line break (the cleaner leaves no other). */
const isSpace = (c: number) => c === 32 || c === 10;

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
