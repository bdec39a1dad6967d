// States named in the text: "Russia", "Chinese", "PLA Navy", and the capital as the government ("Moscow says").
import type { Recognizer } from "./recognizer.js";
import { addPhraseMatches } from "./recognizer.js";

export const recognizeCountries: Recognizer = (doc, k) => {
  addPhraseMatches(doc, k.countries.findAll(doc.tokens), (hit, base) => ({ kind: "country", ...base, code: hit.code, form: hit.form }));
};
