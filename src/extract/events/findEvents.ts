// Runs every event recognizer over every sentence and turns real triggers into candidates.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import type { Doc } from "../document.js";
import type { EventRecognizer, Trigger } from "./eventRecognizer.js";
import { fillSlots } from "./fillSlots.js";
import { isIrrealis } from "./irrealis.js";

export function findEvents(doc: Doc, recognizers: EventRecognizer[], k: CompiledKnowledge): void {
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const triggers: Trigger[] = recognizers.flatMap((r) => r.find(doc, sentence, text))
      .filter((t) => !isIrrealis(t, text, sentence.start));
    // Talks by video or phone are a call, not also a meeting.
    const hasCall = triggers.some((t) => t.type === "call");
    const byType = new Map<string, Trigger>();
    for (const t of triggers) {
      if (hasCall && t.type === "meeting") continue;
      const seen = byType.get(t.type);
      if (!seen || t.confidence > seen.confidence) byType.set(t.type, t);
    }
    for (const t of byType.values()) doc.events.push(fillSlots(doc, sentence, t, k));
  }
}
