// Which sentences of a document may hold a match of a pattern, for all patterns at once. Testing
// every pattern's literal prefilter on every sentence was most of the time spent finding events,
// though most sentences report nothing. Each literal a pattern needs (requiredLiterals) holds a run
// of ASCII letters and digits, and wherever the literal occurs that run lies inside one word token;
// so one look at the words of a document tells, per sentence, which patterns may match there.
// The answer may be yes where the pattern fails, never no where it matches: the pattern still runs.
import type { Doc, Sentence } from "../document.js";
import { requiredLiterals } from "../../requiredLiterals.js";

/** The key words of a pattern: runs of letters and digits, one of which some word holds wherever it matches. */
export interface KeyWords {
  readonly id: number;
  /** Lower case; none holds another. */
  readonly pieces: string[];
}

const registered: KeyWords[] = [];

/** The key words of `re`, or null when a sentence without some word cannot be ruled out. */
export function keyWordsOf(re: RegExp): KeyWords | null {
  const literals = requiredLiterals(re);
  if (!literals) return null;
  const pieces = new Set<string>();
  for (const literal of literals) {
    // The longest run is the rarest. Ignoring case, an ASCII letter matches itself in either case,
    // or (with the u flag) "ſ" for s and the Kelvin sign for k: gatesOf reads words so.
    const runs = literal.toLowerCase().match(/[a-z0-9]+/g);
    if (!runs) return null;
    pieces.add(runs.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  const minimal = [...pieces].filter((p) => ![...pieces].some((q) => q !== p && p.includes(q)));
  const keyWords = { id: registered.length, pieces: minimal };
  registered.push(keyWords);
  gatesOfWord.clear();
  return keyWords;
}

/** Per lower-cased word, the ids of the key words it holds (shared across documents, bounded). */
const gatesOfWord = new Map<string, readonly number[]>();
const MAX_WORDS = 100_000;
const NONE: readonly number[] = [];

function gatesOf(lower: string): readonly number[] {
  let ids = gatesOfWord.get(lower);
  if (ids === undefined) {
    // toLowerCase leaves "ſ", which a pattern with the u flag matches for s.
    const word = lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
    const found = registered.filter((k) => k.pieces.some((p) => word.includes(p))).map((k) => k.id);
    ids = found.length ? found : NONE;
    if (gatesOfWord.size >= MAX_WORDS) gatesOfWord.clear();
    gatesOfWord.set(lower, ids);
  }
  return ids;
}

// The document read last and its table: per sentence and key words, 1 when a word of the sentence
// holds them. (Events are found one document after another.)
let last: { doc: Doc; count: number; table: Uint8Array } | null = null;

function tableOf(doc: Doc): Uint8Array {
  const count = registered.length;
  if (last?.doc === doc && last.count === count) return last.table;
  const table = new Uint8Array(doc.sentences.length * count);
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    // A word a sentence break cuts in two belongs to both sentences.
    let t = s.tokenStart;
    while (t > 0 && tokens[t - 1]!.end > s.start) t--;
    const row = s.index * count;
    for (; t < s.tokenEnd; t++) for (const id of gatesOf(tokens[t]!.lower)) table[row + id] = 1;
  }
  last = { doc, count, table };
  return table;
}

/** False when `sentence` cannot hold a match of the pattern with these key words (null: any sentence may). */
export function mayHold(doc: Doc, sentence: Sentence, keyWords: KeyWords | null): boolean {
  return keyWords === null || tableOf(doc)[sentence.index * registered.length + keyWords.id] === 1;
}
