// A document signed between states or their agencies.
import type { EventRecognizer } from "./eventRecognizer.js";
import { keyWordTest, regexTriggers, triggerPatterns } from "./eventRecognizer.js";

const DOCUMENT = "(?:agreements?|road ?maps?|memorand(?:um|a)|MoUs?|protocols?|treaty|treaties|documents?|plans?|contracts?|accords?|declarations?)";

const KEY_WORDS = keyWordTest(/sign|initial|inked|conclud|exchanged notes/i);

const PATTERNS = triggerPatterns([
  [new RegExp(`\\b(?:signed|inked|initial(?:l)?ed|concluded)\\b(?:\\s+[\\w’'-]+){0,8}?\\s+${DOCUMENT}\\b`, "gi"), null, 0.9],
  [new RegExp(`\\b${DOCUMENT}(?:\\s+[\\w’'-]+){0,6}?\\s+(?:was|were|had been|has been|have been) signed\\b`, "gi"), null, 0.9],
  [new RegExp(`\\b(?:witnessed|attended|oversaw) the signing\\b|\\bthe signing of (?:[\\w’'-]+\\s+){0,4}${DOCUMENT}\\b`, "gi"), null, 0.85],
  [/\bexchanged notes\b/gi, null, 0.7],
  // A law, decree or ratification signed at home is a domestic act.
  [/\bsigned\b(?!\s+(?:[\w-]+\s+){0,3}(?:laws?|bills?|decrees?|orders?|ratification))/gi, null, 0.5],
]);

export const agreementRecognizer: EventRecognizer = {
  type: "agreement",
  // A cheap look for the key words first: most sentences report nothing.
  find: (doc, sentence, text) => !KEY_WORDS(doc, sentence, text) ? [] : regexTriggers(doc, sentence, text, "agreement", PATTERNS),
};
