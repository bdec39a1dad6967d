// Plans, invitations, hopes, habits and negations are not events: look at the words
// of the clause before the trigger.
import type { Trigger } from "./eventRecognizer.js";

const NOT_HAPPENED = /\b(?:will|would|shall|to be held|plans?(?: to)?|planned|planning|intends?|intended|intention|expected to|expects? to|hopes?|hoped|wish(?:es)?|scheduled|set to|invit(?:e|ed|es|ation)|proposed?|proposal|agreed to \w+|anniversary of|ready to|next|upcoming|future|may|might|could|should|regularly|annually|every year|each year|often|usually|routinely|never|not|didn't|no|prepar(?:e|ing) (?:for|to)|to (?:hold|conduct|visit|sign|meet|deepen|strengthen|expand|boost|enhance|step up|promote|increase|intensify|develop)|efforts? to|ahead of|to attend|(?:un)?likely|probably|aim(?:s|ed)? to|seek(?:s)? to|discuss(?:ed)? (?:the )?(?:possibility|prospects?)|(?:questions?|issues?|matters?|prospects?|possibility|ways?) of \w+ing)\b/i;

/** "Started in 1993, the exercise ...": the history of a series, however the sentence goes on. */
const SERIES_HISTORY = /\b(?:started|began|first held|launched|inaugurated|dating back to|held since) in \d{4}\b/i;

/** ", and organise ...": a comma that does not open a new clause. */
const CONJUNCTION_AFTER = /\s+(?:and|or|but|as well as)\b/y;
function joinsClause(head: string, comma: number): boolean {
  CONJUNCTION_AFTER.lastIndex = comma + 1;
  return CONJUNCTION_AFTER.test(head);
}

/** The clause before the trigger: back to the last semicolon, dash or comma that opens a new clause
 * (not ", and organise ..."), at most 100 characters. */
export function clauseBefore(sentenceText: string, at: number): string {
  const head = sentenceText.slice(Math.max(0, at - 100), at);
  let comma = head.lastIndexOf(",");
  while (comma >= 0 && joinsClause(head, comma)) comma = comma > 0 ? head.lastIndexOf(",", comma - 1) : -1;
  const cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf(" - "), head.lastIndexOf(" – "), head.lastIndexOf("—"), comma);
  return cut >= 0 ? head.slice(cut + 1) : head;
}

export function isIrrealis(trigger: Trigger, sentenceText: string, sentenceStart: number): boolean {
  const at = trigger.start - sentenceStart;
  const clause = clauseBefore(sentenceText, at);
  if (NOT_HAPPENED.test(clause) || SERIES_HISTORY.test(sentenceText.slice(0, at))) return true;
  // "the first meeting of the two will take place" — the modal follows the trigger.
  const after = sentenceText.slice(at, at + 70);
  if (/^\S+(?:\s+\S+){0,4}?\s+(?:will|would|is planned|are planned|is scheduled|are scheduled|is expected|are expected)\b/i.test(after) && !/\bsaid\b/.test(after.slice(0, 20))) return true;
  return /\?\s*$/.test(sentenceText);
}
