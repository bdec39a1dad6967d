// An event recognizer finds the words in a sentence that report one kind of engagement.
import type { Doc, Sentence } from "../document.js";
import type { EventMode, EventType } from "../result.js";
import { type KeyWords, keyWordsOf, mayHold } from "./keyWordIndex.js";

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

/** A pattern whose matches are triggers of one mode and confidence. */
export interface TriggerPattern {
  re: RegExp;
  mode: EventMode | null;
  confidence: number;
  keyWords: KeyWords | null;
}

/** Trigger patterns, each with its key words (built once, when the recognizer's module loads). */
export function triggerPatterns(patterns: [RegExp, EventMode | null, number][]): TriggerPattern[] {
  return patterns.map(([re, mode, confidence]) => {
    if (!re.global) throw new Error(`a trigger pattern finds every match: ${re} needs the g flag`);
    return { re, mode, confidence, keyWords: keyWordsOf(re) };
  });
}

/** Past an empty match: the next character, or code point with the u flag. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  const c = text.charCodeAt(at);
  return unicode && c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** Triggers from regular expressions over the sentence text (offsets made absolute). */
export function regexTriggers(doc: Doc, sentence: Sentence, text: string, type: EventType, patterns: TriggerPattern[]): Trigger[] {
  const out: Trigger[] = [];
  for (const { re, mode, confidence, keyWords } of patterns) {
    // Most sentences hold none of the words a pattern needs: skip it without running it.
    if (!mayHold(doc, sentence, keyWords)) continue;
    // exec on the shared pattern, as matchAll would on a copy of it (its lastIndex is 0 between uses).
    for (let m; (m = re.exec(text)); ) {
      out.push({ type, mode, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, confidence });
      if (!m[0]) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A test of a sentence's text that runs only where the key words of its pattern occur. */
export function keyWordTest(re: RegExp): (doc: Doc, sentence: Sentence, text: string) => boolean {
  const keyWords = keyWordsOf(re);
  return (doc, sentence, text) => mayHold(doc, sentence, keyWords) && re.test(text);
}

/** Ships, fleets and task groups: a sentence about them reports a port call or an exercise, not a visit by a person. */
const SHIP_WORDS = keyWordTest(/\b(?:warships?|ships?|vessels?|fleets?|flotillas?|task (?:group|force)|destroyers?|frigates?|corvettes?|cruisers?|naval (?:groups?|detachments?|ships|flotillas?|fleets?)|submarines?|aircraft carriers?|escort (?:groups?|taskforces?))\b/i);
/** A ship by its hull prefix: "USS George Washington", "INS Kolkata". */
const HULL_PREFIX = keyWordTest(/\b(?:USS|HMS|HMAS|INS|PNS|RFS|CNS|JS|ROKS) \p{Lu}/u);
export const aboutShips = (doc: Doc, sentence: Sentence, text: string): boolean => SHIP_WORDS(doc, sentence, text) || HULL_PREFIX(doc, sentence, text);
