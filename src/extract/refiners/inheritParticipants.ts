// "The two ministers discussed ... during their telephonic conversation": an event whose
// sentence names nobody but refers to the sides as a pair takes the pair named just before
// (and, when the pair comes from an event, that event's day).
import type { Doc, EventCandidate } from "../document.js";
import { sentenceMentions } from "../events/sentenceMentions.js";

/** The pair as the subject, before the trigger: "The two ministers discussed", "the parties signed". */
const PAIR_SUBJECT = /\b(?:the|both|two)\s+(?:two\s+)?(?:defen[cs]e\s+)?(?:ministers|sides|parties|generals|chiefs|leaders|commanders|admirals|presidents|secretaries|counterparts|officials|delegations)\b/gi;
/** The pair's own event or act, anywhere: "during their telephonic conversation", "signed by the two sides". */
const PAIR_EVENT = /\btheir\s+(?:[\w-]+\s+){0,2}(?:talks|conversation|meeting|call|discussions?)\b|\bby (?:the|both) (?:two )?(?:sides|parties)\b/i;

/** How many sentences back the pair may have been named, and an event of theirs reported. */
const LOOK_BACK = 3;
const EVENT_LOOK_BACK = 8;

/** The last-named person of each of two states in the sentences before `sentence`. */
function pairBefore(doc: Doc, sentence: number): number[] {
  const byState = new Map<string, number>();
  for (let i = sentence - 1; i >= Math.max(0, sentence - LOOK_BACK) && byState.size < 2; i--) {
    const found = sentenceMentions(doc, "person", doc.sentences[i]!);
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

/** The nearest earlier event with two sides, named at most LOOK_BACK sentences before. */
function eventBefore(doc: Doc, e: EventCandidate): EventCandidate | undefined {
  return doc.events.filter((x) => x.sentence < e.sentence && x.participants.length >= 2 && x.sentence >= e.sentence - EVENT_LOOK_BACK).pop();
}

export function inheritParticipants(doc: Doc): void {
  for (const e of doc.events) {
    // The article's officials at a multilateral meeting it names without them (or with one of them).
    if (e.type === "meeting" && e.name && e.participants.length <= 1) {
      const talks = doc.events.find((x) => (x.type === "meeting" || x.type === "call") && !x.name && x.participants.length >= 2
        && e.participants.every((p) => x.participants.includes(p)));
      if (talks) e.participants = [...talks.participants];
      continue;
    }
    // Exercises, visits and port calls are not acts of "the two ministers" the way talks and signings are.
    if (e.participants.length || (e.type !== "meeting" && e.type !== "call" && e.type !== "agreement")) continue;
    const s = doc.sentences[e.sentence]!;
    const text = doc.text.slice(s.start, s.end);
    const subject = [...text.matchAll(PAIR_SUBJECT)].some((m) => s.start + m.index < e.trigger.start);
    if (!subject && !PAIR_EVENT.test(text)) continue;
    const source = eventBefore(doc, e);
    e.participants = source ? [...source.participants] : pairBefore(doc, e.sentence);
    // "The parties also signed a roadmap": the same occasion, so the same day.
    if (source && !e.date && source.date) { e.date = source.date; e.anchored ||= source.anchored; }
  }
}
