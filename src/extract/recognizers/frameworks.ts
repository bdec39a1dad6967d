// Multilateral frameworks: "Shanghai Cooperation Organization" → SCO.
import type { Recognizer } from "./recognizer.js";
import { addPhraseMatches } from "./recognizer.js";

export const recognizeFrameworks: Recognizer = (doc, k) => {
  addPhraseMatches(doc, k.frameworks.findAll(doc.tokens), (name, base) => ({ kind: "framework", ...base, name }));
};
