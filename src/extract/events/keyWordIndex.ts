// Which sentences of a document may hold a match of a pattern, for all patterns at once. Testing
// every pattern's literal prefilter on every sentence was most of the time spent finding events,
// though most sentences report nothing. Each literal a pattern needs (requiredLiterals) holds a run
// of ASCII letters and digits, a key word; one pass of an automaton over each sentence finds the key
// words of all patterns. The answer may be yes where the pattern fails, never no where it matches:
// the pattern still runs.
import type { Doc, Sentence } from "../document.js";
import { requiredLiterals } from "../../requiredLiterals.js";

/** The key words of a pattern: one of them occurs (ignoring case) wherever the pattern matches. */
export interface KeyWords {
  readonly id: number;
  /** Lower case; none holds another. */
  readonly pieces: string[];
}

const registered: KeyWords[] = [];

/** The key words of `re`, or null when no sentence can be ruled out. */
export function keyWordsOf(re: RegExp): KeyWords | null {
  const literals = requiredLiterals(re);
  if (!literals) return null;
  const pieces = new Set<string>();
  for (const literal of literals) {
    // The longest run of a literal is the rarest.
    const runs = literal.toLowerCase().match(/[a-z0-9]+/g);
    if (!runs) return null;
    pieces.add(runs.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  const minimal = [...pieces].filter((p) => ![...pieces].some((q) => q !== p && p.includes(q)));
  const keyWords = { id: registered.length, pieces: minimal };
  registered.push(keyWords);
  return keyWords;
}

// The automaton reads symbols: 0 for a character no key word holds, then a-z and 0-9. Ignoring
// case, a pattern's ASCII letter matches itself in either case, and with the u flag "ſ" matches s
// and the Kelvin sign k: they read as those letters.
const SYMBOLS = 37;
const ASCII_SYMBOL = new Uint8Array(128);
for (let c = 0; c < 26; c++) ASCII_SYMBOL[97 + c] = ASCII_SYMBOL[65 + c] = 1 + c;
for (let c = 0; c < 10; c++) ASCII_SYMBOL[48 + c] = 27 + c;
const LONG_S = 0x17f;
const KELVIN = 0x212a;

function symbolOf(c: number): number {
  return c < 128 ? ASCII_SYMBOL[c]! : c === LONG_S ? ASCII_SYMBOL[115]! : c === KELVIN ? ASCII_SYMBOL[107]! : 0;
}

/** An Aho-Corasick automaton of all key words. A state is its number times SYMBOLS, negative when key
 * words end there: next[|state| + symbol] is the state after reading the symbol, and found[|state| / SYMBOLS]
 * the ids of the key words that end there. */
interface Automaton { count: number; next: Int32Array; found: number[][] }

let automaton: Automaton | null = null;

function automatonOf(): Automaton {
  if (automaton?.count === registered.length) return automaton;
  // The trie of the pieces.
  const children: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
  const ids: Set<number>[] = [new Set()];
  for (const k of registered) {
    for (const piece of k.pieces) {
      let state = 0;
      for (let i = 0; i < piece.length; i++) {
        const sym = symbolOf(piece.charCodeAt(i));
        if (children[state]![sym]! < 0) {
          children[state]![sym] = children.length;
          children.push(new Array<number>(SYMBOLS).fill(-1));
          ids.push(new Set());
        }
        state = children[state]![sym]!;
      }
      ids[state]!.add(k.id);
    }
  }
  // Breadth first: each state falls back to its longest proper suffix in the trie, and finds what that finds.
  const next = new Int32Array(children.length * SYMBOLS);
  const fallback = new Int32Array(children.length);
  const queue: number[] = [];
  for (let sym = 1; sym < SYMBOLS; sym++) {
    const child = children[0]![sym]!;
    if (child > 0) { next[sym] = child; queue.push(child); }
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    for (const id of ids[fallback[state]!]!) ids[state]!.add(id);
    for (let sym = 1; sym < SYMBOLS; sym++) {
      const child = children[state]![sym]!;
      if (child > 0) {
        fallback[child] = next[fallback[state]! * SYMBOLS + sym]!;
        next[state * SYMBOLS + sym] = child;
        queue.push(child);
      } else next[state * SYMBOLS + sym] = next[fallback[state]! * SYMBOLS + sym]!;
    }
  }
  for (let i = 0; i < next.length; i++) next[i] = ids[next[i]!]!.size ? -next[i]! * SYMBOLS : next[i]! * SYMBOLS;
  automaton = { count: registered.length, next, found: ids.map((s) => [...s]) };
  return automaton;
}

// The document read last and its table: per sentence and key words, 1 when the sentence holds
// them. (Events are found one document after another.)
let last: { doc: Doc; count: number; table: Uint8Array } | null = null;

function tableOf(doc: Doc): Uint8Array {
  if (last?.doc === doc && last.count === registered.length) return last.table;
  const { count, next, found } = automatonOf();
  const table = new Uint8Array(doc.sentences.length * count);
  const text = doc.text;
  for (const s of doc.sentences) {
    const row = s.index * count;
    let state = 0;
    for (let i = s.start; i < s.end; i++) {
      state = next[state + symbolOf(text.charCodeAt(i))]!;
      if (state < 0) {
        state = -state;
        for (const id of found[state / SYMBOLS]!) table[row + id] = 1;
      }
    }
  }
  last = { doc, count, table };
  return table;
}

/** False when `sentence` cannot hold a match of the pattern with these key words (null: any sentence may). */
export function mayHold(doc: Doc, sentence: Sentence, keyWords: KeyWords | null): boolean {
  return keyWords === null || tableOf(doc)[sentence.index * registered.length + keyWords.id] === 1;
}
