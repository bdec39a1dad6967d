// Fills an event's slots from the mentions of its sentence (and, failing that, its context):
// participants, states, date, place and frameworks.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import type { DateMention, Doc, EventCandidate, PlaceMention, Sentence } from "../document.js";
import { sentenceMentions } from "./sentenceMentions.js";
import type { Trigger } from "./eventRecognizer.js";
import { exerciseNameIn } from "./exerciseName.js";

/** Participants: officials named in the sentence, not a speaker quoted "according to", not a possessive. */
function participantsOf(doc: Doc, sentence: Sentence, trigger: Trigger): number[] {
  const out: number[] = [];
  const persons = sentenceMentions(doc, "person", sentence);
  for (const m of persons) {
    if (m.entity === null) continue;
    const e = doc.persons[m.entity]!;
    if (e.credit || e.country === null) continue;
    const before = doc.text.slice(Math.max(sentence.start, m.start - 16), m.start);
    const after = doc.text.slice(m.end, Math.min(sentence.end, m.end + 24));
    // A source quoted ("according to X", ", said X", ", Putin's spokesman X said on Sunday") or a
    // possessive ("Xi's administration") takes no part; "said Li, who is in Russia for a visit" does.
    if (/(?:according to|\bsaid)\s*(?:\S+\s+){0,4}$/i.test(before) && !/^,\s+who\b/.test(after)) continue;
    if (/^['’]s\b/.test(after)) continue;
    // The speaker closes the report: the event and its actors come between the trigger and them.
    if (/^\s+(?:said|says|told|added|noted|stressed|announced)\b/.test(after) && /,\s*(?:[\p{L}’'.-]+\s+){0,5}$/u.test(doc.text.slice(Math.max(sentence.start, m.start - 60), m.start))
      && persons.some((x) => x.start >= trigger.end && x.end <= m.start && x.entity !== m.entity)) continue;
    if (!out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}

/** The date nearest the trigger in its sentence; dates after "since"/"in the past" are ignored. */
function dateOf(doc: Doc, sentence: Sentence, trigger: Trigger): DateMention | null {
  // Dates of something else in the sentence: "appointed to this post in March", "since 2005".
  const dl = doc.article.dateline;
  const dates = sentenceMentions(doc, "date", sentence).filter((d) => !(dl && d.start < dl.end && dl.start < d.end) && !/\b(?:since|until|by|before)\s*$/i.test(doc.text.slice(Math.max(sentence.start, d.start - 8), d.start))
    && !/\b(?:appointed|took office|taking office|elected|re-elected|since being)\b[^,;]*$/i.test(doc.text.slice(Math.max(sentence.start, d.start - 45), d.start)));
  if (!dates.length) return null;
  return dates.reduce((best, d) => (Math.abs(d.start - trigger.start) < Math.abs(best.start - trigger.start) ? d : best));
}

const PLACE_PREPOSITION = /\b(?:in|at|to|near|off|over|into|from|inside|across|aboard|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}$/u;

function placeOf(doc: Doc, sentence: Sentence, trigger: Trigger): PlaceMention | null {
  const places = sentenceMentions(doc, "place", sentence).filter((p) => PLACE_PREPOSITION.test(doc.text.slice(Math.max(sentence.start, p.start - 40), p.start)));
  if (!places.length) return null;
  const after = places.filter((p) => p.start >= trigger.start);
  return after[0] ?? places[places.length - 1]!;
}

/** The dateline's place stands for "here" in a wire report. */
function herePlace(doc: Doc, sentence: Sentence, k: CompiledKnowledge): { name: string; country: string | null } | null {
  const dl = doc.article.dateline;
  if (!dl || !/\bhere\b/i.test(doc.text.slice(sentence.start, sentence.end))) return null;
  return placeByName(dl.place, k);
}

export function placeByName(name: string, k: CompiledKnowledge): { name: string; country: string | null } | null {
  const toks = name.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
  const c = k.raw.countries.find((x) => x.capitals.some((cap) => cap.toLowerCase() === name.toLowerCase()));
  if (c) return { name: toks, country: c.code };
  const p = k.raw.places.find((x) => [x.name, ...x.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
  return p ? { name: p.name, country: p.country } : null;
}

/** "X and Y", "X and US Defense Secretary Y": the gap between travellers named together. */
const TRAVELLING_WITH = /^\s*(?:,|and|,\s*and)\s+(?:\p{Lu}[\p{L}.]*\s+){0,5}$/u;

/** The traveller of a visit: "Hu's visit", "the visit by X", else the person named last before the trigger. */
function travellerOf(doc: Doc, sentence: Sentence, trigger: Trigger, candidates: number[]): number[] {
  const all = sentenceMentions(doc, "person", sentence).filter((m) => m.entity !== null && doc.persons[m.entity]!.country !== null);
  const owner = all.find((m) => m.end <= trigger.start && /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.test(doc.text.slice(m.end, trigger.start)));
  if (owner) return [owner.entity!];
  const persons = all.filter((m) => candidates.includes(m.entity!));
  const guest = /^visiting\b/i.test(doc.text.slice(trigger.start, trigger.end)) ? persons.find((m) => m.start >= trigger.end) : undefined;
  if (guest) return [guest.entity!];
  const by = persons.find((m) => m.start >= trigger.end && /^\s*(?:by|of)\s+(?:[\p{L}.’'-]+\s+){0,12}$/u.test(doc.text.slice(trigger.end, m.start)));
  if (by) return [by.entity!];
  const before = persons.filter((m) => m.end <= trigger.start);
  if (before.length) {
    // "Blinken and Austin embarked on a trip": travellers joined by "and" travel together.
    const travellers = [before[before.length - 1]!];
    for (let i = before.length - 2; i >= 0 && TRAVELLING_WITH.test(doc.text.slice(before[i]!.end, travellers[0]!.start)); i--) travellers.unshift(before[i]!);
    return [...new Set(travellers.map((m) => m.entity!))];
  }
  return persons.length ? [persons[0]!.entity!] : [];
}

export function fillSlots(doc: Doc, sentence: Sentence, trigger: Trigger, k: CompiledKnowledge): EventCandidate {
  let participants = participantsOf(doc, sentence, trigger);
  if (trigger.type === "visit") participants = travellerOf(doc, sentence, trigger, participants);
  const date = dateOf(doc, sentence, trigger);
  const place = placeOf(doc, sentence, trigger);
  const here = place ? null : herePlace(doc, sentence, k);
  // A state named as a place or a target ("near the border with Armenia", "drills around Taiwan") takes no part.
  const countryMentions = sentenceMentions(doc, "country", sentence).filter((c) => c.form !== "capital"
    && !/\b(?:borders?\s+(?:with|of)|around|near|off|against|towards?)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, c.start - 20), c.start)));
  // A visit goes to the state named after "to"/"in": "a five-day visit to Russia".
  let destination: string | null = null;
  if (trigger.type === "visit") {
    const dest = countryMentions.find((c) => c.start >= trigger.start && /\b(?:to|in)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, c.start - 12), c.start)))
      ?? countryMentions.find((c) => /\b(?:to|in)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, c.start - 12), c.start)));
    destination = dest?.code ?? place?.country ?? null;
  }
  const exercise = trigger.type === "exercise" ? exerciseNameIn(doc.text.slice(sentence.start, sentence.end)) : null;
  const frameworks = [...new Set(sentenceMentions(doc, "framework", sentence).map((f) => f.name))];
  const first = countryMentions[0];
  const partner = countryMentions.find((c) => c.start > trigger.end && /\bwith\s+(?:(?:its|their|the)\s+)?(?:(?:ally|allies|partners?|counterparts?)\s+)?$/i.test(doc.text.slice(Math.max(trigger.end, c.start - 30), c.start)));
  const sides = first && partner && first.code !== partner.code ? [first.code, partner.code] : [];
  return {
    type: trigger.type,
    mode: trigger.mode ?? (trigger.type === "meeting" ? "in_person" : null),
    sentence: sentence.index,
    trigger: { start: trigger.start, end: trigger.end },
    date: date?.value ?? exercise?.year ?? null,
    dateEnd: date?.end_value ?? null,
    location: place?.name ?? here?.name ?? null,
    locationCountry: place?.country ?? here?.country ?? destination,
    participants,
    countries: [...new Set(countryMentions.map((c) => c.code))],
    frameworks,
    primary: true,
    confidence: trigger.confidence,
    anchored: date !== null || exercise !== null,
    destination,
    name: exercise?.name ?? (trigger.scope ? doc.text.slice(trigger.start, trigger.end) : null),
    sides,
  };
}
