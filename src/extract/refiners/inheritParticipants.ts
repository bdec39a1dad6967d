// "The two ministers discussed ... during their telephonic conversation": an event whose
// sentence names nobody but refers to the sides as a pair takes the pair named just before.
import type { Doc, EventCandidate } from "../document.js";
import { mentionsIn } from "../document.js";

const PAIR_REFERENCE = /\b(?:the|both|two)\s+(?:two\s+)?(?:defen[cs]e\s+)?(?:ministers|sides|parties|generals|chiefs|leaders|commanders|admirals|presidents|secretaries|counterparts|officials|delegations)\b|\btheir\s+(?:[\w-]+\s+){0,2}(?:talks|conversation|meeting|call|discussions?)\b/i;

/** How many sentences back the pair may have been named. */
const LOOK_BACK = 3;

/** The last-named person of each of two states in the sentences before `sentence`. */
function pairBefore(doc: Doc, sentence: number): number[] {
  const byState = new Map<string, number>();
  for (let i = sentence - 1; i >= Math.max(0, sentence - LOOK_BACK) && byState.size < 2; i--) {
    const found = mentionsIn(doc, "person", doc.sentences[i]!);
    for (let j = found.length - 1; j >= 0; j--) {
      const e = found[j]!.entity;
      if (e === null) continue;
      const p = doc.persons[e]!;
      if (p.credit || !p.country || byState.has(p.country)) continue;
      byState.set(p.country, e);
    }
  }
  return byState.size === 2 ? [...byState.values()] : [];
}

/** The participants of the nearest earlier event with two sides, else the pair named just before. */
function pairFor(doc: Doc, e: EventCandidate): number[] {
  const earlier = doc.events.filter((x) => x.sentence < e.sentence && x.participants.length >= 2 && x.sentence >= e.sentence - LOOK_BACK);
  const last = earlier[earlier.length - 1];
  return last ? [...last.participants] : pairBefore(doc, e.sentence);
}

export function inheritParticipants(doc: Doc): void {
  for (const e of doc.events) {
    if (e.participants.length || e.type === "visit" || e.type === "port_call") continue;
    const s = doc.sentences[e.sentence]!;
    if (!PAIR_REFERENCE.test(doc.text.slice(s.start, s.end))) continue;
    e.participants = pairFor(doc, e);
  }
}
