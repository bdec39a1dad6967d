// Cities, ports, bases, seas and ranges from the gazetteer, with the country they lie in.
import type { Recognizer } from "./recognizer.js";
import { addPhraseMatches } from "./recognizer.js";

export const recognizePlaces: Recognizer = (doc, k) => {
  addPhraseMatches(doc, k.places.findAll(doc.tokens), (hit, base) => ({ kind: "place", ...base, name: hit.name, country: hit.country, placeKind: hit.kind }));
};
