// Finds gazetteer phrases in a token stream: longest match first, one pass over the tokens.
import type { Token } from "../extract/document.js";
import { foldToken, phraseTokens } from "../extract/tokenize.js";

interface Entry<T> {
  tokens: string[];
  caseSensitive: boolean;
  payload: T;
}

/** Phrases share their folded leading tokens: a node is reached by the folded tokens of a phrase prefix. */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  /** Phrases that end here, in the order they were added (the first that fits wins). */
  entries: Entry<T>[];
}

export interface PhraseMatch<T> {
  tokenStart: number;
  tokenEnd: number;
  payload: T;
}

/**
 * The folded words that start a phrase, numbered. Matchers that share one look a document's
 * tokens up once between them (seven gazetteers read every document), not once each.
 */
export class FirstWords {
  private readonly ids = new Map<string, number>();
  /** Per token array: each token's word id, or -1; and how many words there were then. */
  private readonly byTokens = new WeakMap<Token[], { ids: Int32Array; words: number }>();

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }

  /** The word id of every token (-1 when no phrase starts with it), computed once per token array. */
  idsOf(tokens: Token[]): Int32Array {
    const known = this.byTokens.get(tokens);
    if (known && known.ids.length === tokens.length && known.words === this.ids.size) return known.ids;
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = this.ids.get(tokens[i]!.lower) ?? -1;
    this.byTokens.set(tokens, { ids, words: this.ids.size });
    return ids;
  }
}

export class PhraseMatcher<T> {
  /** First-level nodes by first-word id; kept dense (holes would make it a slow dictionary). */
  private readonly root: (TrieNode<T> | undefined)[] = [];
  /** The nodes along the current match, reused between calls. */
  private readonly path: TrieNode<T>[] = [];

  constructor(private readonly firstWords = new FirstWords()) {}

  add(phrase: string, payload: T, caseSensitive = true): void {
    const tokens = phraseTokens(phrase);
    if (!tokens.length) return;
    const first = this.firstWords.idOf(foldToken(tokens[0]!));
    while (this.root.length <= first) this.root.push(undefined);
    let node = (this.root[first] ??= { next: null, entries: [] });
    for (const token of tokens.slice(1)) {
      const key = foldToken(token);
      const level = (node.next ??= new Map());
      let child = level.get(key);
      if (!child) level.set(key, (child = { next: null, entries: [] }));
      node = child;
    }
    node.entries.push({ tokens, caseSensitive, payload });
  }

  /** The longest entry starting at token `i` from its first-level node, if any (of equal lengths, the one added first). */
  private matchFrom(node: TrieNode<T> | undefined, tokens: Token[], i: number, limit: number): PhraseMatch<T> | null {
    if (!node) return null;
    const path = this.path;
    path.length = 0;
    path.push(node);
    while (node.next && i + path.length < limit) {
      const child: TrieNode<T> | undefined = node.next.get(tokens[i + path.length]!.lower);
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
    const ids = this.firstWords.idsOf(tokens);
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const id = ids[i]!;
      const m = id < 0 || id >= this.root.length ? null : this.matchFrom(this.root[id], tokens, i, to);
      if (m) { out.push(m); i = m.tokenEnd; } else i++;
    }
    return out;
  }
}
