// Military ranks as written before names: "Colonel-General", "Lt. Gen.", "Rear Adm.".
import type { Recognizer } from "./recognizer.js";
import { addPhraseMatches } from "./recognizer.js";

export const recognizeRanks: Recognizer = (doc, k) => {
  addPhraseMatches(doc, k.ranks.findAll(doc.tokens), (rank, base) => ({ kind: "rank", ...base, rank }));
};
