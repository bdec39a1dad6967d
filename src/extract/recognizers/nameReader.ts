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
export function mayStartWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

export function isNameWord(t: Token, k: CompiledKnowledge): boolean {
  return mayStartWithCapital(t.text) && NAME_WORD.test(t.text) && !k.notNames.has(t.text);
}

const adjacent = (a: Token, b: Token) => a.end === b.start;

export function readName(doc: Doc, i: number, k: CompiledKnowledge, maxParts = 3): NameRead | null {
  const toks = doc.tokens;
  const first = toks[i];
  if (!first || !isNameWord(first, k)) return null;
  const sentence = first.sentence;
  const parts: string[] = [];
  let j = i;
  while (j < toks.length && parts.length < maxParts && toks[j]!.sentence === sentence) {
    const t = toks[j]!;
    if (isNameWord(t, k) || (parts.length > 0 && SUFFIX.has(t.text))) {
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
    if (parts.length > 0 && /^\p{Lu}$/u.test(t.text) && toks[j + 1]?.text === "." && toks[j + 2] && isNameWord(toks[j + 2]!, k)) {
      j += 2;
      continue;
    }
    break;
  }
  if (!parts.length) return null;
  // Do not end on a dropped suffix or initial: the span ends at the last name word read.
  return { tokenStart: i, tokenEnd: j, parts };
}
