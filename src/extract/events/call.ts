// Talks at a distance: by video link or by telephone.
import type { EventRecognizer } from "./eventRecognizer.js";
import { keyWordTest, regexTriggers, triggerPatterns } from "./eventRecognizer.js";

const KEY_WORDS = keyWordTest(/video|virtual|online|phon/i);

const PATTERNS = triggerPatterns([
  [/\bvideo[ -]?(?:link(?:-up)?|conference|conferencing|call|talks|meeting)\b/gi, "video", 0.95],
  [/\bvia video\b|\bvirtual (?:talks|meeting|conference)\b|\bonline (?:talks|meeting)\b/gi, "video", 0.9],
  [/\b(?:tele)?phon(?:e|ic) (?:call|conversation|talks|link)\b|\b(?:by|over the|on the) (?:tele)?phone\b|\btelephone\b/gi, "phone", 0.9],
]);

export const callRecognizer: EventRecognizer = {
  type: "call",
  // A cheap look for the key words first: most sentences report nothing.
  find: (doc, sentence, text) => !KEY_WORDS(doc, sentence, text) ? [] : regexTriggers(doc, sentence, text, "call", PATTERNS),
};
