// Finds gazetteer phrases in a token stream: longest match first, one pass over the tokens.
import type { Token } from "../extract/document.js";
import { foldToken, phraseTokens } from "../extract/tokenize.js";

interface Entry<T> {
  tokens: string[];
  lower: string[];
  caseSensitive: boolean;
  payload: T;
}

export interface PhraseMatch<T> {
  tokenStart: number;
  tokenEnd: number;
  payload: T;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, payload: T, caseSensitive = true): void {
    const tokens = phraseTokens(phrase);
    if (!tokens.length) return;
    const entry: Entry<T> = { tokens, lower: tokens.map(foldToken), caseSensitive, payload };
    const key = entry.lower[0]!;
    const list = this.byFirst.get(key) ?? [];
    list.push(entry);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(key, list);
  }

  /** The longest entry starting at token `i`, if any. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    const list = this.byFirst.get(tokens[i]!.lower);
    if (!list) return null;
    for (const e of list) {
      if (i + e.tokens.length > limit) continue;
      let ok = true;
      for (let k = 0; k < e.tokens.length && ok; k++) {
        const t = tokens[i + k]!;
        // Punctuation compares folded ("’" = "'") even in case-sensitive entries.
        ok = e.caseSensitive && t.text.length > 1 ? t.text === e.tokens[k] : t.lower === e.lower[k];
      }
      if (ok) return { tokenStart: i, tokenEnd: i + e.tokens.length, payload: e.payload };
    }
    return null;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i, to);
      if (m) { out.push(m); i = m.tokenEnd; } else i++;
    }
    return out;
  }

  has(firstLower: string): boolean {
    return this.byFirst.has(firstLower);
  }
}
