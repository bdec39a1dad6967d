// Reads a person's name from the tokens: capitalised words, hyphenated given names
// ("Ju-min"), middle initials ("Lloyd J. Austin") and generational suffixes dropped.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import type { Doc, Token } from "../document.js";

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const SUFFIX = new Set(["Jr", "Sr", "II", "III", "IV"]);

export interface NameRead {
  tokenStart: number;
  tokenEnd: number;
  parts: string[];
}

/** False when the first character is ASCII and not a capital: most tokens, told without a regular expression. */
function mayStartWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** Bits of a token's shape, as the name readers ask about it. */
const NAME_WORD_SHAPE = 1;
/** A capitalised word ("Joint", "Wang") that may be part of a name: what a name inside a longer run follows. */
const CAPITALISED_SHAPE = 2;

function shapeOf(text: string, k: CompiledKnowledge): number {
  if (!mayStartWithCapital(text)) return 0;
  const shape = (NAME_WORD.test(text) ? NAME_WORD_SHAPE : 0) | (/^\p{Lu}\p{Ll}/u.test(text) ? CAPITALISED_SHAPE : 0);
  return shape && !k.notNames.has(text) ? shape : 0;
}

/**
 * The shapes of the tokens read last, each read when first asked: the name readers ask about
 * every token, most several times. (A WeakMap by token array would keep every document's until a
 * full collection.)
 */
let shapes: { tokens: Token[]; k: CompiledKnowledge; read: Uint8Array; shape: Uint8Array } | null = null;

function shapeAt(tokens: Token[], i: number, k: CompiledKnowledge): number {
  let s = shapes;
  if (!s || s.tokens !== tokens || s.k !== k) s = shapes = { tokens, k, read: new Uint8Array(tokens.length), shape: new Uint8Array(tokens.length) };
  if (!s.read[i]) { s.shape[i] = shapeOf(tokens[i]!.text, k); s.read[i] = 1; }
  return s.shape[i]!;
}

/** Token `i` is a capitalised word that can be part of a name ("Wang", "Anne"). */
export function isNameWordAt(tokens: Token[], i: number, k: CompiledKnowledge): boolean {
  return i >= 0 && i < tokens.length && (shapeAt(tokens, i, k) & NAME_WORD_SHAPE) !== 0;
}

/** Token `i` starts with a capital and a lower-case letter and is not a word that names cannot hold. */
export function isCapitalisedAt(tokens: Token[], i: number, k: CompiledKnowledge): boolean {
  return i >= 0 && i < tokens.length && (shapeAt(tokens, i, k) & CAPITALISED_SHAPE) !== 0;
}

const adjacent = (a: Token, b: Token) => a.end === b.start;

export function readName(doc: Doc, i: number, k: CompiledKnowledge, maxParts = 3): NameRead | null {
  const toks = doc.tokens;
  const first = toks[i];
  if (!first || !isNameWordAt(toks, i, k)) return null;
  const sentence = first.sentence;
  const parts: string[] = [];
  let j = i;
  while (j < toks.length && parts.length < maxParts && toks[j]!.sentence === sentence) {
    const t = toks[j]!;
    if (isNameWordAt(toks, j, k) || (parts.length > 0 && SUFFIX.has(t.text))) {
      let word = t.text;
      let next = j + 1;
      // Hyphenated given names: "Ju-min", "Wei-guo".
      while (toks[next]?.text === "-" && toks[next + 1] && adjacent(toks[next - 1]!, toks[next]!) && adjacent(toks[next]!, toks[next + 1]!) && /^\p{L}+$/u.test(toks[next + 1]!.text)) {
        word += "-" + toks[next + 1]!.text;
        next += 2;
      }
      if (!SUFFIX.has(t.text)) parts.push(word);
      j = next;
      continue;
    }
    // A middle initial: "J." between two name words.
    if (parts.length > 0 && /^\p{Lu}$/u.test(t.text) && toks[j + 1]?.text === "." && isNameWordAt(toks, j + 2, k)) {
      j += 2;
      continue;
    }
    break;
  }
  if (!parts.length) return null;
  // Do not end on a dropped suffix or initial: the span ends at the last name word read.
  return { tokenStart: i, tokenEnd: j, parts };
}
