// State bodies and their country: "Central Military Commission" → CN.
import type { Recognizer } from "./recognizer.js";
import { addPhraseMatches } from "./recognizer.js";

export const recognizeOrganisations: Recognizer = (doc, k) => {
  addPhraseMatches(doc, k.organisations.findAll(doc.tokens), (hit, base) => ({ kind: "organisation", ...base, name: hit.name, country: hit.country }));
};
