// Forces of two or more states drilling or patrolling together.
import type { EventRecognizer } from "./eventRecognizer.js";
import { regexTriggers } from "./eventRecognizer.js";

export const exerciseRecognizer: EventRecognizer = {
  type: "exercise",
  find: (_doc, sentence, text) => regexTriggers(sentence, text, "exercise", [
    [/\b(?:joint|bilateral|combined|trilateral|multinational)\b(?:[\s-]+[\w-]+){0,4}?[\s-]+(?:exercises?|drills?|war ?games|maneuvers|manoeuvres|patrols?|operation)\b/gi, null, 0.9],
    [/\b(?:exercises?|drills?|war ?games|maneuvers|manoeuvres)\b/gi, null, 0.6],
    [/\b(?:air|naval|sea|maritime) patrol\b/gi, null, 0.7],
  ]),
};
