// Runs every event recognizer over every sentence and turns real triggers into candidates.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import type { Doc, Sentence } from "../document.js";
import { sentenceMentions } from "./sentenceMentions.js";
import type { EventRecognizer, Trigger } from "./eventRecognizer.js";
import { fillSlots } from "./fillSlots.js";
import { isIrrealis } from "./irrealis.js";

/** The other dates listed with the event's own: "in 2007 and 2014" → 2007 for 2014, 2014 for 2007. */
function coordinatedDates(doc: Doc, sentence: Sentence, date: string | null): string[] {
  if (!date) return [];
  const dates = sentenceMentions(doc, "date", sentence);
  const at = dates.findIndex((d) => d.value === date);
  if (at < 0) return [];
  const listed = (i: number) => /^\s*(?:,|and|,\s*and)\s*(?:in\s+)?$/.test(doc.text.slice(dates[i - 1]!.end, dates[i]!.start)) && dates[i]!.value.length === dates[i - 1]!.value.length;
  let first = at;
  while (first > 0 && listed(first)) first--;
  let last = at;
  while (last + 1 < dates.length && listed(last + 1)) last++;
  return dates.slice(first, last + 1).map((d) => d.value).filter((v) => v !== date);
}

export function findEvents(doc: Doc, recognizers: EventRecognizer[], k: CompiledKnowledge): void {
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const triggers: Trigger[] = [];
    for (const r of recognizers) for (const t of r.find(doc, sentence, text)) if (!isIrrealis(t, text, sentence.start)) triggers.push(t);
    // Talks by video or phone are a call, not also a meeting.
    const hasCall = triggers.some((t) => t.type === "call");
    const byType = new Map<string, Trigger>();
    for (const t of triggers) {
      if (hasCall && t.type === "meeting" && !t.scope) continue;
      const key = t.scope ? `${t.type}/${t.scope}` : t.type;
      const seen = byType.get(key);
      if (!seen || t.confidence > seen.confidence) byType.set(key, t);
    }
    for (const t of byType.values()) {
      const event = fillSlots(doc, sentence, t, k);
      doc.events.push(event);
      // "held in 2012 and 2013": one event per date of a coordinated list.
      for (const date of coordinatedDates(doc, sentence, event.date)) doc.events.push({ ...event, date, dateEnd: null, participants: [...event.participants] });
    }
  }
}
