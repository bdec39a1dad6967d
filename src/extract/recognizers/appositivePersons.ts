// A name followed by its role: "Wang Chao, head of a Chinese navy coordinating team".
import type { Recognizer } from "./recognizer.js";
import { readName } from "./nameReader.js";
import { appositionAfter } from "./personContext.js";
import { insideOtherName, overlapsPerson, personMentionFromName } from "./personMention.js";

export const recognizeAppositivePersons: Recognizer = (doc, k) => {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i]!.text !== ",") continue;
    // Look back for a two- or three-word name ending right before the comma.
    for (const len of [3, 2]) {
      const from = i - len;
      if (from < 0) continue;
      const name = readName(doc, from, k, len);
      if (!name || name.tokenEnd !== i || name.parts.length < 2) continue;
      if (overlapsPerson(doc, name.tokenStart, name.tokenEnd) || insideOtherName(doc, name.tokenStart, name.tokenEnd)) break;
      const context = appositionAfter(doc, i);
      if (context) doc.mentions.push(personMentionFromName(doc, name, "appositive", context, k));
      break;
    }
  }
};
