// Names no title introduces, recognised by their shape: a known given name before a family
// name ("Anne Sewell"), or a Chinese family name before a given name ("Ding Yiping").
import type { Recognizer } from "./recognizer.js";
import { isCapitalisedAt, readName } from "./nameReader.js";
import { appositionAfter } from "./personContext.js";
import { insideOtherName, overlapsPerson, personMentionFromName } from "./personMention.js";

const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}{1,9}(?:-\p{Ll}{1,6})?$/u;

export const recognizePatternPersons: Recognizer = (doc, k) => {
  for (let i = 0; i < doc.tokens.length; i++) {
    // Inside a longer capitalised run ("Joint Sea Wang"), the run is something else.
    if (i > 0 && doc.tokens[i - 1]!.sentence === doc.tokens[i]!.sentence && isCapitalisedAt(doc.tokens, i - 1, k)) continue;
    const name = readName(doc, i, k, 3);
    if (!name || name.parts.length < 2) continue;
    const [first, second] = name.parts as [string, string];
    const familyFirst = k.familyNamesFirst.has(first) && name.parts.length === 2 && GIVEN_NAME_SHAPE.test(second) && !k.givenNames.has(second);
    const givenFirst = k.givenNames.has(first);
    if (!familyFirst && !givenFirst) continue;
    if (overlapsPerson(doc, name.tokenStart, name.tokenEnd) || insideOtherName(doc, name.tokenStart, name.tokenEnd)) { i = name.tokenEnd - 1; continue; }
    doc.mentions.push(personMentionFromName(doc, name, "pattern", appositionAfter(doc, name.tokenEnd), k));
    i = name.tokenEnd - 1;
  }
};
