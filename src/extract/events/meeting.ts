// Officials meeting in person: "met (with)", "held talks", "at a meeting with", "received".
import type { EventRecognizer } from "./eventRecognizer.js";
import type { Doc, Sentence } from "../document.js";
import { sentenceMentions } from "./sentenceMentions.js";
import { aboutShips, keyWordTest, regexTriggers, triggerPatterns } from "./eventRecognizer.js";

const KEY_WORDS = keyWordTest(/\bme[et]|together|jointly|talk|negotiat|consult|exchanged|receiv|sidelines|courtesy/i);

/** "Naval groups of the two fleets met in the East China Sea": ships meeting at sea, no officials. */
function shipsMeeting(doc: Doc, sentence: Sentence, text: string): boolean {
  return aboutShips(doc, sentence, text) && !sentenceMentions(doc, "person", sentence).length;
}

const PATTERNS = triggerPatterns([
  [/\b(?:met|meets|meet)(?: with)?\b/gi, "in_person", 0.9],
  [/\b(?:after|before|while) meeting with\b/gi, "in_person", 0.8],
  [/\b(?:a|the|their|bilateral|his|her) (?:[\w-]+ ){0,2}meeting (?:with|between)\b/gi, "in_person", 0.9],
  [/\b(?:after|following|during|at) (?:a|the|their) (?:[\w-]+ ){0,2}meeting\b/gi, "in_person", 0.7],
  [/\bheld (?:a |the )?(?:[\w-]+ ){0,2}(?:talks?|negotiations|meeting|consultations)\b/gi, "in_person", 0.9],
  [/\b(?:talks|negotiations|consultations) (?:with|between)\b/gi, "in_person", 0.8],
  [/\bexchanged views\b/gi, "in_person", 0.7],
  [/\b(?:received|receives) (?:the )?(?:visiting )?\p{Lu}/gu, "in_person", 0.6],
  [/\bon the sidelines of\b/gi, "in_person", 0.6],
  [/\bcourtesy call\b/gi, "in_person", 0.8],
  // "He Lei and Alexander Fomin together noted ...": officials of two states speaking as one were together.
  [/\b(?:together|jointly) (?:noted|said|stressed|declared|agreed|expressed|pledged|vowed|reviewed|announced)\b/gi, "in_person", 0.6],
]);

export const meetingRecognizer: EventRecognizer = {
  type: "meeting",
  // A cheap look for the key words first: most sentences report nothing.
  find: (doc, sentence, text) => !KEY_WORDS(doc, sentence, text) || shipsMeeting(doc, sentence, text) ? [] : regexTriggers(doc, sentence, text, "meeting", PATTERNS),
};
