// Persons the knowledge lists, by canonical name or alias ("Sergey Shoygu" → Sergei Shoigu).
import { familyNameOf } from "../../knowledge/compile.js";
import type { Recognizer } from "./recognizer.js";
import { addPhraseMatches } from "./recognizer.js";

export const recognizeKnownPersons: Recognizer = (doc, k) => {
  addPhraseMatches(doc, k.persons.findAll(doc.tokens), (p, base) => ({
    kind: "person", ...base, fullName: p.name, surname: familyNameOf(p.name, k.familyNamesFirst),
    source: "known", rank: null, title: null, country: p.country, entity: null,
  }));
};
