// A rank or post right before a name: "Colonel-General Han Weiguo", "Defense Minister Li Shangfu",
// "his Chinese counterpart Liu Zhenli", and surname-only "Gen. He".
import type { Recognizer } from "./recognizer.js";
import { readName } from "./nameReader.js";
import { appositionAfter, titleBefore } from "./personContext.js";
import { insideOtherName, overlapsPerson, personMentionFromName } from "./personMention.js";

export const recognizeTitledPersons: Recognizer = (doc, k) => {
  const anchors = doc.mentions.filter((m) => m.kind === "rank" || m.kind === "post").map((m) => m.tokenEnd);
  doc.tokens.forEach((t, i) => { if (t.lower === "counterpart") anchors.push(i + 1); });
  for (const at of anchors) {
    const name = readName(doc, at, k);
    if (!name || overlapsPerson(doc, name.tokenStart, name.tokenEnd) || insideOtherName(doc, name.tokenStart, name.tokenEnd)) continue;
    // The apposition after the name is the more specific ("Lt. Gen. X, Deputy Minister of Defense of Russia").
    const before = titleBefore(doc, name.tokenStart);
    const after = appositionAfter(doc, name.tokenEnd);
    const context = before && after ? { ...before, country: after.country ?? before.country, title: before.title ?? after.title } : before ?? after;
    doc.mentions.push(personMentionFromName(doc, name, "titled", context, k));
  }
};
