// Finds gazetteer phrases in a token stream: longest match first, one pass over the tokens.
import type { Token } from "../extract/document.js";
import { foldToken, phraseTokens } from "../extract/tokenize.js";

interface Entry<T> {
  tokens: string[];
  caseSensitive: boolean;
  payload: T;
}

/** Phrases share their folded leading tokens: a node is reached by the word ids of a phrase prefix. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  /** Phrases that end here, in the order they were added (the first that fits wins). */
  entries: Entry<T>[];
}

export interface PhraseMatch<T> {
  tokenStart: number;
  tokenEnd: number;
  payload: T;
}

/** Each token's word id, and where in the token array each matcher's phrases may start. */
interface Starts {
  ids: Int32Array;
  byMatcher: number[][];
  /** FirstWords.version when these were read. */
  version: number;
}

/** A hash of a folded word, the same for the knowledge's words and the text's. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The folded words of the phrases, numbered, with the matchers that have phrases starting with
 * each. Matchers that share one look a document's tokens up once between them (seven gazetteers
 * read every document), and each then visits only the tokens its phrases start with and follows
 * its phrases by word id. Words are found in a table of hashes computed here: a Map would hash
 * every fresh token string in V8's runtime and reach its entries and keys through scattered memory.
 */
export class FirstWords {
  private readonly words: string[] = [];
  /** Open addressing, two ints a slot (hash, word id + 1; 0 when empty), at most half full. */
  private slots = new Int32Array(2 * 1024);
  private mask = 1023;
  /** Per word id: the matchers (by number) with phrases starting with it. */
  private readonly users: number[][] = [];
  private matchers = 0;
  /** Bumped by every new word or user, so that positions read before are read again. */
  private version = 0;
  /**
   * The token array read last and its starts: the gazetteers read one document after another.
   * (A WeakMap by token array would keep every document's starts until a full collection.)
   */
  private last: { tokens: Token[]; starts: Starts } | null = null;

  /** A number for a new matcher. */
  register(): number {
    return this.matchers++;
  }

  /** The id of `word`, or -1 when no phrase has it. */
  find(word: string): number {
    const h = hashOf(word);
    const slots = this.slots;
    for (let s = (h ^ (h >>> 16)) & this.mask; ; s = (s + 1) & this.mask) {
      const id = slots[2 * s + 1]! - 1;
      if (id < 0) return -1;
      if (slots[2 * s] === h && this.words[id] === word) return id;
    }
  }

  /** The id of `word`, numbering it if it is new. */
  wordId(word: string): number {
    const known = this.find(word);
    if (known >= 0) return known;
    const id = this.words.length;
    this.words.push(word);
    this.users.push([]);
    this.version++;
    if (2 * this.words.length > this.mask + 1) this.grow();
    else this.place(word, id);
    return id;
  }

  /** The id of `word`, noting that `matcher` has a phrase starting with it. */
  idOf(word: string, matcher: number): number {
    const id = this.wordId(word);
    const users = this.users[id]!;
    if (!users.includes(matcher)) { users.push(matcher); this.version++; }
    return id;
  }

  private place(word: string, id: number): void {
    const h = hashOf(word);
    let s = (h ^ (h >>> 16)) & this.mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = id + 1;
  }

  private grow(): void {
    this.mask = 2 * this.mask + 1;
    this.slots = new Int32Array(2 * (this.mask + 1));
    this.words.forEach((w, id) => this.place(w, id));
  }

  /** The word ids of the tokens and the positions where each matcher's phrases may start, read once per token array. */
  startsOf(tokens: Token[]): Starts {
    const known = this.last?.tokens === tokens ? this.last.starts : null;
    if (known && known.ids.length === tokens.length && known.version === this.version) return known;
    const ids = new Int32Array(tokens.length);
    const byMatcher = Array.from({ length: this.matchers }, (): number[] => []);
    for (let i = 0; i < tokens.length; i++) {
      const id = this.find(tokens[i]!.lower);
      ids[i] = id;
      if (id >= 0) for (const m of this.users[id]!) byMatcher[m]!.push(i);
    }
    const starts = { ids, byMatcher, version: this.version };
    this.last = { tokens, starts };
    return starts;
  }
}

export class PhraseMatcher<T> {
  /** First-level nodes by the id of their word; kept dense (holes would make it a slow dictionary). */
  private readonly root: (TrieNode<T> | undefined)[] = [];

  private readonly number: number;

  constructor(private readonly firstWords = new FirstWords()) {
    this.number = firstWords.register();
  }

  add(phrase: string, payload: T, caseSensitive = true): void {
    const tokens = phraseTokens(phrase);
    if (!tokens.length) return;
    const first = this.firstWords.idOf(foldToken(tokens[0]!), this.number);
    while (this.root.length <= first) this.root.push(undefined);
    let node = (this.root[first] ??= { next: null, entries: [] });
    for (const token of tokens.slice(1)) {
      const key = this.firstWords.wordId(foldToken(token));
      const level = (node.next ??= new Map());
      let child = level.get(key);
      if (!child) level.set(key, (child = { next: null, entries: [] }));
      node = child;
    }
    node.entries.push({ tokens, caseSensitive, payload });
  }

  /** The longest entry starting at token `i` from its first-level node, if any (of equal lengths, the one added first). */
  private matchFrom(node: TrieNode<T> | undefined, tokens: Token[], ids: Int32Array, i: number, limit: number): PhraseMatch<T> | null {
    if (!node) return null;
    // The nodes along the match. (An array kept on the matcher and refilled would be
    // reallocated young under an old object and promoted on every call.)
    const path = [node];
    while (node.next && i + path.length < limit) {
      const child: TrieNode<T> | undefined = node.next.get(ids[i + path.length]!);
      if (!child) break;
      path.push((node = child));
    }
    for (let length = path.length; length > 0; length--) {
      for (const e of path[length - 1]!.entries) {
        if (this.caseFits(e, tokens, i)) return { tokenStart: i, tokenEnd: i + length, payload: e.payload };
      }
    }
    return null;
  }

  /** The folded tokens are equal along the path; a case-sensitive entry also needs the words as written. */
  private caseFits(e: Entry<T>, tokens: Token[], i: number): boolean {
    if (!e.caseSensitive) return true;
    for (let k = 0; k < e.tokens.length; k++) {
      const t = tokens[i + k]!;
      // Punctuation compares folded ("’" = "'") even in case-sensitive entries.
      if (t.text.length > 1 && t.text !== e.tokens[k]) return false;
    }
    return true;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const { ids, byMatcher } = this.firstWords.startsOf(tokens);
    const out: PhraseMatch<T>[] = [];
    // Only tokens some phrase starts with can start a match; a match's tokens start none.
    let next = from;
    for (const i of byMatcher[this.number]!) {
      if (i < next) continue;
      if (i >= to) break;
      const m = this.matchFrom(this.root[ids[i]!], tokens, ids, i, to);
      if (m) { out.push(m); next = m.tokenEnd; }
    }
    return out;
  }
}
