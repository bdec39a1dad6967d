// An official or delegation travelling to another state: "a five-day visit to Russia",
// "paid a state visit", "is in Russia for an official visit", "leads a delegation to",
// "embarked on a trip", "met visiting Defense Minister Li".
import type { EventRecognizer } from "./eventRecognizer.js";
import { aboutShips, regexTriggers, triggerPatterns } from "./eventRecognizer.js";

const PATTERNS = triggerPatterns([
  [/\b(?:official|state|working|first|\w+-day|goodwill|friendly|foreign|(?:his|her|the|a|an|this) (?:[\w-]+ ){0,2})visit(?:s)?\b(?! (?:by|of) (?:the )?(?:ships?|warships?))/gi, null, 0.8],
  [/\bvisit(?:ed|s|ing)? (?:to )?(?:Russia|China|Moscow|Beijing)\b/g, null, 0.8],
  [/\b(?:trip|tour) to\b|\bembark(?:ed|s)? on (?:[\w-]+ ){0,5}(?:trip|tour)\b/gi, null, 0.7],
  // "met visiting Defense Minister Li": the meeting's guest is on a visit that day.
  [/\bvisiting (?=\p{Lu})/gu, null, 0.5],
  [/\bleads? (?:a |an )?(?:[\w-]+ ){0,3}delegation\b/gi, null, 0.7],
  [/\barrived in\b/gi, null, 0.6],
]);

export const visitRecognizer: EventRecognizer = {
  type: "visit",
  find: (doc, sentence, text) => aboutShips(doc, sentence, text) ? [] : regexTriggers(doc, sentence, text, "visit", PATTERNS),
};
