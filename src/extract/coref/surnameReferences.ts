// In-article coreference, step 2: later references by family name ("Gerasimov", "Gen. He"),
// including misspellings of it ("Medvedve" for Medvedev).
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { editDistance, nameKey } from "../../knowledge/nameKey.js";
import type { Doc, PersonMention, PostMention } from "../document.js";
import { knownPersonAt, postHeldOn } from "../../knowledge/knownPersonAt.js";
import { isNameWordAt } from "../recognizers/nameReader.js";
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

/** The state of a demonym a few words before the name, across words in lower case and titles:
 * "his Chinese counterpart General Chang". */
function stateJustBefore(doc: Doc, tokenStart: number): string | null {
  const country = doc.mentions.find((x) => x.kind === "country" && x.tokenEnd <= tokenStart && x.tokenEnd >= tokenStart - 3);
  if (!country || country.kind !== "country") return null;
  for (let t = country.tokenEnd; t < tokenStart; t++) {
    const titled = doc.mentions.some((x) => (x.kind === "rank" || x.kind === "post") && x.tokenStart <= t && t < x.tokenEnd);
    if (!titled && !/^\p{Ll}+$/u.test(doc.tokens[t]!.text)) return null;
  }
  return country.code;
}

/** "then Indonesian Foreign Minister Wirajuda", "Chinese Defence Minister Li": a family name the
 * article gives no full name for names the known person who bears it and fits the post, the
 * state and the day (of several Lis, the one who was Chinese defence minister that day). */
function knownBySurname(doc: Doc, k: CompiledKnowledge, m: PersonMention): number | null {
  const word = m.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || k.commonWordSurnames.has(word)) return null;
  const postBefore = doc.mentions.find((x): x is PostMention => x.kind === "post" && x.tokenEnd === m.tokenStart);
  const bearers = k.personsBySurname.get(nameKey(word)) ?? [];
  const country = m.country ?? stateJustBefore(doc, m.tokenStart);
  // A family name alone is told apart only with a post before it, or a rank and the state served.
  if (!bearers.length || (!postBefore && !(country && (m.rank || m.title)))) return null;
  const day = doc.reference ? doc.reference.toISOString().slice(0, 10) : null;
  const p = knownPersonAt(bearers, { country, post: postBefore?.post ?? m.title, day });
  if (!p) return null;
  const known = doc.persons.findIndex((e) => e.name === p.name);
  if (known >= 0) return known;
  const title = postBefore ? doc.text.slice(postBefore.start, postBefore.end) : day ? postHeldOn(p, day) : null;
  doc.persons.push({ name: p.name, surname: word, country: p.country, title, rank: m.rank ?? p.rank, mentions: [], credit: false });
  return doc.persons.length - 1;
}

export function resolveSurnameReferences(doc: Doc, k: CompiledKnowledge): void {
  // Mentions the recognizers already found by family name alone ("Gen. He").
  for (const [i, m] of doc.mentions.entries()) {
    if (m.kind !== "person" || m.fullName !== null || m.entity !== null) continue;
    const e = entityBySurname(doc, m.surname, m.start) ?? knownBySurname(doc, k, m);
    if (e !== null) { m.entity = e; m.country ??= doc.persons[e]!.country; doc.persons[e]!.mentions.push(i); }
  }
  if (!doc.persons.length) return;
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) if (m.kind !== "date") covered.fill(1, m.tokenStart, m.tokenEnd);
  const surnames = new Set(doc.persons.map((e) => e.surname));
  doc.tokens.forEach((t, ti) => {
    if (covered[ti]) return;
    let surname: string | null = null;
    if (surnames.has(t.text) && !k.commonWordSurnames.has(t.text)) surname = t.text;
    else if (t.text.length >= 5 && isNameWordAt(doc.tokens, ti, k)) {
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
