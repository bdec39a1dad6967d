// An event recognizer finds the words in a sentence that report one kind of engagement.
import type { Doc, Sentence } from "../document.js";
import type { EventMode, EventType } from "../result.js";

export interface Trigger {
  type: EventType;
  mode: EventMode | null;
  start: number;
  end: number;
  confidence: number;
  /** "multilateral": a meeting of a multilateral body, kept apart from the bilateral talks beside it. */
  scope?: "multilateral";
}

export interface EventRecognizer {
  type: EventType;
  find(doc: Doc, sentence: Sentence, text: string): Trigger[];
}

/** Triggers from regular expressions over the sentence text (offsets made absolute). */
export function regexTriggers(sentence: Sentence, text: string, type: EventType, patterns: [RegExp, EventMode | null, number][]): Trigger[] {
  const out: Trigger[] = [];
  for (const [re, mode, confidence] of patterns) {
    for (const m of text.matchAll(re)) {
      out.push({ type, mode, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, confidence });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Ships, fleets and task groups: a sentence about them reports a port call or an exercise, not a visit by a person. */
const SHIP_WORDS = /\b(?:warships?|ships?|vessels?|fleets?|flotillas?|task (?:group|force)|destroyers?|frigates?|corvettes?|cruisers?|naval (?:groups?|detachments?|ships|flotillas?|fleets?)|submarines?|aircraft carriers?|escort (?:groups?|taskforces?))\b/i;
/** A ship by its hull prefix: "USS George Washington", "INS Kolkata". */
const HULL_PREFIX = /\b(?:USS|HMS|HMAS|INS|PNS|RFS|CNS|JS|ROKS) \p{Lu}/u;
export const SHIPS = { test: (text: string): boolean => SHIP_WORDS.test(text) || HULL_PREFIX.test(text) };
