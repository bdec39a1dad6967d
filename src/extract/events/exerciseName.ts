// The name an exercise series gives each edition, with its year: "Joint Sea-2021",
// "Peace Mission 2005", "ZAPAD/INTERACTION-2021". The year dates an edition the text does not.
const EXERCISE_NAME = /\b(?:\p{Lu}\p{L}*[\s/-]+){1,3}?((?:19|20)\d{2})\b/gu;

/** A word before a year that makes it a date, not a name: "In 2012", "May 2014". */
const DATE_WORD = /(?:^|\s)(?:In|Since|By|From|Until|Of|During|Early|Late|Mid|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[\s/-]+(?:19|20)\d{2}$/i;

export interface ExerciseName { name: string; year: string }

export function exerciseNameIn(text: string): ExerciseName | null {
  for (const m of text.matchAll(EXERCISE_NAME)) {
    if (DATE_WORD.test(m[0])) continue;
    return { name: m[0].replace(/^The\s+/, "").replace(/\s+/g, " "), year: m[1]! };
  }
  return null;
}
