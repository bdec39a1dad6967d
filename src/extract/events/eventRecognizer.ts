// An event recognizer finds the words in a sentence that report one kind of engagement.
import type { Doc, Sentence } from "../document.js";
import type { EventMode, EventType } from "../result.js";
import { literalPrefilter } from "../../requiredLiterals.js";

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

/**
 * Each pattern's prefilter (the literal strings it cannot match without), by pattern source, for
 * patterns without and with the u flag. Recognizers build their patterns anew for every sentence,
 * so the source is the key; patterns built from varying text could fill the cache, so it is bounded.
 */
const prefilters = [new Map<string, RegExp | null>(), new Map<string, RegExp | null>()] as const;
const MAX_PREFILTERS = 1000;

function prefilterOf(re: RegExp): RegExp | null {
  // The v flag's class syntax is not read by literalPrefilter; such patterns always run.
  if ((re as RegExp & { unicodeSets?: boolean }).unicodeSets) return null;
  const cache = prefilters[re.unicode ? 1 : 0];
  let prefilter = cache.get(re.source);
  if (prefilter === undefined) {
    if (cache.size >= MAX_PREFILTERS) cache.clear();
    prefilter = literalPrefilter(re);
    cache.set(re.source, prefilter);
  }
  return prefilter;
}

/** Triggers from regular expressions over the sentence text (offsets made absolute). */
export function regexTriggers(sentence: Sentence, text: string, type: EventType, patterns: [RegExp, EventMode | null, number][]): Trigger[] {
  const out: Trigger[] = [];
  for (const [re, mode, confidence] of patterns) {
    // Most sentences hold none of the words a pattern needs: skip it without running it.
    if (prefilterOf(re)?.test(text) === false) continue;
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
