// In-article coreference, step 2: later references by family name ("Gerasimov", "Gen. He"),
// including misspellings of it ("Medvedve" for Medvedev).
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { editDistance, nameKey } from "../../knowledge/nameKey.js";
import type { Doc, PersonMention } from "../document.js";
import { isNameWord } from "../recognizers/nameReader.js";
import { firstMentionAt } from "./mentionOrder.js";

/** The entity with this family name first named most recently before `offset` (else the first one after). */
function entityBySurname(doc: Doc, surname: string, offset: number): number | null {
  let best: number | null = null;
  let bestAt = -Infinity;
  doc.persons.forEach((e, i) => {
    if (e.surname !== surname) return;
    const firstAt = firstMentionAt(doc, i);
    const at = firstAt <= offset ? firstAt : -firstAt;
    if (at > bestAt) { bestAt = at; best = i; }
  });
  return best;
}

/** "then Indonesian Foreign Minister Wirajuda": a post right before the family name of the one
 * known person who bears it names that person, though the article gives no full name. */
function knownByPostAndSurname(doc: Doc, k: CompiledKnowledge, word: string, tokenStart: number): number | null {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || k.commonWordSurnames.has(word)) return null;
  const post = doc.mentions.find((m) => m.kind === "post" && m.tokenEnd === tokenStart);
  const known = post ? k.personsBySurname.get(nameKey(word)) ?? [] : [];
  if (known.length !== 1) return null;
  const p = known[0]!;
  doc.persons.push({ name: p.name, surname: word, country: p.country, title: doc.text.slice(post!.start, post!.end), rank: p.rank, mentions: [], credit: false });
  return doc.persons.length - 1;
}

export function resolveSurnameReferences(doc: Doc, k: CompiledKnowledge): void {
  // Mentions the recognizers already found by family name alone ("Gen. He").
  for (const [i, m] of doc.mentions.entries()) {
    if (m.kind !== "person" || m.fullName !== null || m.entity !== null) continue;
    const e = entityBySurname(doc, m.surname, m.start) ?? knownByPostAndSurname(doc, k, m.text, m.tokenStart);
    if (e !== null) { m.entity = e; m.country ??= doc.persons[e]!.country; doc.persons[e]!.mentions.push(i); }
  }
  if (!doc.persons.length) return;
  const covered = new Set<number>();
  for (const m of doc.mentions) if (m.kind !== "date") for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const surnames = new Set(doc.persons.map((e) => e.surname));
  doc.tokens.forEach((t, ti) => {
    if (covered.has(ti)) return;
    let surname: string | null = null;
    if (surnames.has(t.text) && !k.commonWordSurnames.has(t.text)) surname = t.text;
    else if (t.text.length >= 5 && isNameWord(t, k)) {
      // A misspelt family name: same first letter, one or two edits away.
      for (const s of surnames) {
        if (s.length >= 5 && s[0] === t.text[0] && editDistance(s, t.text, 2) <= (s.length >= 6 ? 2 : 1)) { surname = s; break; }
      }
    }
    if (!surname) return;
    const e = entityBySurname(doc, surname, t.start);
    if (e === null) return;
    const mention: PersonMention = {
      kind: "person", start: t.start, end: t.end, text: t.text, tokenStart: ti, tokenEnd: ti + 1,
      fullName: null, surname, source: "surname", rank: null, title: null, country: doc.persons[e]!.country, entity: e,
    };
    doc.persons[e]!.mentions.push(doc.mentions.length);
    doc.mentions.push(mention);
  });
}
