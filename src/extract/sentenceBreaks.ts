// Sentence boundaries by the Unicode rules (UAX #29) that ICU's segmenter applies, read in
// JavaScript for text made of the characters whose classes are listed below. Intl.Segmenter
// costs a few microseconds per sentence in V8's bindings, which made it the largest single cost
// of sentence splitting; text with any other character is left to it (see splitSentences).

// Sentence_Break classes (UAX #29).
const OTHER = 0, SP = 1, LF = 2, CR = 3, SEP = 4, LOWER = 5, UPPER = 6, NUMERIC = 7, ATERM = 8, STERM = 9, CLOSE = 10, SCONTINUE = 11;
const UNLISTED = 255;

/** Classes of the code units below 0x100; UNLISTED for those this reader leaves to ICU. */
const LATIN1 = new Uint8Array(256).fill(UNLISTED);
/** Classes of listed characters above 0xff. */
const OTHERS = new Map<number, number>([
  [0x2018, CLOSE], [0x2019, CLOSE], [0x201c, CLOSE], [0x201d, CLOSE], // ‘ ’ “ ”
  [0x2013, SCONTINUE], [0x2014, SCONTINUE], // – —
  [0x2026, OTHER], [0x2022, OTHER], [0x20ac, OTHER], // … • €
]);
{
  const set = (chars: string, cls: number) => { for (const c of chars) LATIN1[c.charCodeAt(0)] = cls; };
  for (let c = 0x21; c < 0x7f; c++) LATIN1[c] = OTHER;
  set("\u00a3\u00a9\u00ae\u00b0\u00b7", OTHER); // £ © ® ° ·
  set("\t\v\f \u00a0", SP);
  set("\n", LF);
  set("\r", CR);
  set("\u0085", SEP);
  set(".", ATERM);
  set("!?", STERM);
  set("\"'()[]{}\u00ab\u00bb", CLOSE); // and « »
  set(",-:;", SCONTINUE);
  for (let c = 0x30; c <= 0x39; c++) LATIN1[c] = NUMERIC;
  for (let c = 0x41; c <= 0x5a; c++) LATIN1[c] = UPPER;
  for (let c = 0x61; c <= 0x7a; c++) LATIN1[c] = LOWER;
  // Latin-1 letters: À-Ö, Ø-Þ upper; ß-ö, ø-ÿ lower.
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) LATIN1[c] = UPPER;
  for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) LATIN1[c] = LOWER;
}

const isParaSep = (c: number) => c === LF || c === CR || c === SEP;
const isSATerm = (c: number) => c === ATERM || c === STERM;

/**
 * The offsets where sentences start after the first one (each break position), or null when the
 * text has a character this reader does not list.
 */
export function sentenceBreaks(text: string): number[] | null {
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    const c = u < 256 ? LATIN1[u]! : OTHERS.get(u) ?? UNLISTED;
    if (c === UNLISTED) return null;
    cls[i] = c;
  }
  const breaks: number[] = [];
  for (let p = 1; p < n; p++) {
    // Only a paragraph separator or "SATerm Close* Sp*" can come before a break (SB4, SB11).
    const before = cls[p - 1]!;
    if (before !== SP && before !== CLOSE && !isSATerm(before) && !isParaSep(before)) continue;
    if (breaksBefore(cls, p)) breaks.push(p);
  }
  return breaks;
}

/** Whether the rules put a boundary between cls[p - 1] and cls[p]. */
function breaksBefore(cls: Uint8Array, p: number): boolean {
  const before = cls[p - 1]!;
  const after = cls[p]!;
  if (before === CR && after === LF) return false; // SB3
  if (isParaSep(before)) return true; // SB4
  if (before === ATERM && after === NUMERIC) return false; // SB6
  if (before === ATERM && after === UPPER && p >= 2 && (cls[p - 2] === UPPER || cls[p - 2] === LOWER)) return false; // SB7
  // Is there "SATerm Close* Sp*" right before p?
  let j = p - 1;
  while (j >= 0 && cls[j] === SP) j--;
  const spaces = j < p - 1;
  while (j >= 0 && cls[j] === CLOSE) j--;
  if (j < 0 || !isSATerm(cls[j]!)) return false; // SB998
  if (cls[j] === ATERM) {
    // SB8: no break when the next letter-like character is lower case.
    let k = p;
    while (k < cls.length && !isLetterLike(cls[k]!)) k++;
    if (k < cls.length && cls[k] === LOWER) return false;
  }
  if (after === SCONTINUE || isSATerm(after)) return false; // SB8a
  if (!spaces && (after === CLOSE || after === SP || isParaSep(after))) return false; // SB9
  if (after === SP || isParaSep(after)) return false; // SB10
  return true; // SB11
}

/** OLetter, Upper, Lower, ParaSep or SATerm: where SB8's look-ahead stops. */
function isLetterLike(c: number): boolean {
  return c === LOWER || c === UPPER || isParaSep(c) || isSATerm(c);
}
