// Forces of two or more states drilling or patrolling together.
import type { EventRecognizer } from "./eventRecognizer.js";
import { keyWordTest, regexTriggers, triggerPatterns } from "./eventRecognizer.js";

const KEY_WORDS = keyWordTest(/exercis|drill|war ?game|maneuv|manoeuv|patrol|operation/i);

const PATTERNS = triggerPatterns([
  [/\b(?:joint|bilateral|combined|trilateral|multinational)\b(?:[\s-]+[\w-]+){0,4}?[\s-]+(?:exercises?|drills?|war ?games|maneuvers|manoeuvres|patrols?|operation)\b/gi, null, 0.9],
  // "dangerous maneuvers", "provocative drills": one side's acts against another, not drills together.
  [/(?<!\b(?:dangerous|provocative|aggressive|unsafe|unprofessional|coercive|hostile|threatening)\s)\b(?:exercises?|drills?|war ?games|maneuvers|manoeuvres)\b/gi, null, 0.6],
  [/\b(?:air|naval|sea|maritime) patrol\b/gi, null, 0.7],
]);

export const exerciseRecognizer: EventRecognizer = {
  type: "exercise",
  // A cheap look for the key words first: most sentences report nothing.
  find: (doc, sentence, text) => !KEY_WORDS(doc, sentence, text) ? [] : regexTriggers(doc, sentence, text, "exercise", PATTERNS),
};
