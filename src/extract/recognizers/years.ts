// Bare years chrono leaves alone: "in 2007 and 2014", "since 2005". A year inside a name
// ("Joint Sea-2021", "Peace Mission 2009") is not a date.
import type { Recognizer } from "./recognizer.js";
import { dateMention } from "./dates.js";

const YEAR_LIST = /\b(?:in|since|during|early|late|mid-?|of)\s+((?:19|20)\d{2})(?:\s*(?:,|and)\s*((?:19|20)\d{2}))*(?:,?\s+and\s+((?:19|20)\d{2}))?\b/gi;

export const recognizeYears: Recognizer = (doc) => {
  const taken = doc.mentions.filter((m) => m.kind === "date");
  for (const m of doc.text.matchAll(YEAR_LIST)) {
    for (const y of m[0].matchAll(/(?:19|20)\d{2}/g)) {
      const start = m.index + y.index;
      const end = start + 4;
      if (doc.text[end] === "-" || doc.text[start - 1] === "-") continue;
      if (taken.some((d) => d.start < end && start < d.end)) continue;
      doc.mentions.push(dateMention(doc, start, end, y[0], null, false));
    }
  }
};
