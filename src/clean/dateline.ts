// Datelines: the place (and often the day and agency) that opens a news story.
//   "MOSCOW, June 13. /TASS/."          "BEIJING, Nov. 26 (Xinhua) --"     "TEHRAN, Aug. 10 (MNA) –"
//   "NEW DELHI, June 11 (PTI)"          "WASHINGTON (Reuters) -"           "MOSCOW, July 1 (Interfax) -"
//   "NEW DELHI (UrduPoint News / Sputnik - 14th March, 2022)"              "BEIJING, June 24 --"
//   "Moscow, 13 June:"                  "SHANGHAI - ..."  "RAWALPINDI: ..."  "New Delhi: ..."
import { isoDay, parseMonthDay } from "./dates.js";

export interface FoundDateline {
  place: string;
  /** Month and day as written; `year` only when the dateline itself writes one. */
  monthDay: { month: number; day: number; year: number | null } | null;
  /** The agency tag as written, without its brackets or slashes ("TASS", "Xinhua", "UrduPoint News / Sputnik - 14th March, 2022"). */
  tag: string | null;
  /** Range in the searched text (the dateline with its closing dash or colon, not the space after it). */
  start: number;
  end: number;
}

const MONTH_WORD =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
const DAY_MONTH = `(?:${MONTH_WORD}\\s+\\d{1,2}(?!\\d)|\\d{1,2}\\s+${MONTH_WORD}(?![a-z]))`;
/** A place in capitals: "MOSCOW", "NEW DELHI", "ST. PETERSBURG", "ABOARD FRIGATE NAME", "ABOARD THE USS SHIP NAME". */
const CAPS_PLACE = "[A-Z][A-Z'’.\\-]*[A-Z](?:\\s+[A-Z][A-Z'’.\\-]*)*";
/** A place as a name: "Moscow", "New Delhi". */
const NAME_PLACE = "[A-Z][a-z'’\\-]+(?:\\s+[A-Z][a-z'’\\-]+){0,2}";
/** ", Russia" after a capitals place: "VLADIVOSTOK, Russia --". */
const REGION = "(?:,\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?";
const DASH = "(?:--|—|–|-)";

/** Strong forms: a date or an agency tag follows the place. */
const STRONG: RegExp[] = [
  // MOSCOW, June 13. /TASS/.
  new RegExp(`^(${CAPS_PLACE}|${NAME_PLACE})${REGION},\\s+(${DAY_MONTH})\\.?\\s*/\\s*([A-Za-z\\-]{2,20})\\s*/\\.?`),
  // BEIJING, Nov. 26 (Xinhua) --     NEW DELHI, June 11 (PTI)
  new RegExp(`^(${CAPS_PLACE})${REGION},\\s+(${DAY_MONTH})\\.?\\s*\\(([^()]{2,80})\\)\\s*(?:${DASH}|:)?`),
  // WASHINGTON (Reuters) -     NEW DELHI (UrduPoint News / Sputnik - 14th March, 2022)
  new RegExp(`^(${CAPS_PLACE})${REGION}()\\s*\\(([^()]{2,80})\\)\\s*(?:${DASH}|:)?`),
  // BEIJING, June 24 --     Moscow, 13 June:
  new RegExp(`^(${CAPS_PLACE})${REGION},\\s+(${DAY_MONTH})\\.?()\\s*(?:${DASH}|:)`),
  new RegExp(`^(${NAME_PLACE}),\\s+(${DAY_MONTH})\\.?()\\s*(?:${DASH}|:)`),
];

/** Weak forms, only at the start of the opening paragraph: "SHANGHAI - ...", "BEIJING: ...", "New Delhi: ...". */
const WEAK_CAPS = new RegExp(`^(${CAPS_PLACE})${REGION}()()\\s*(?:\\s${DASH}|${DASH}(?=\\p{Lu})|:)`, "u");
/** "New Delhi: ..." reads like "Exercise Falcon: two air forces ..." (a headline); taken for a known place or a long paragraph. */
const WEAK_NAME = new RegExp(`^(${NAME_PLACE})()():`);
const WEAK_NAME_MIN_WORDS = 15;

/** Capitalised words that open headlines and labels, not places. */
const NOT_PLACES = new Set([
  "UPDATE", "UPDATED", "EXCLUSIVE", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "ANALYSIS", "OPINION",
  "EDITORIAL", "NOTE", "FACTBOX", "TIMELINE", "LIVE", "COMMENT", "INTERVIEW", "CORRECTED", "URGENT", "FLASH",
  "Source", "Sources", "Editor", "Quote", "Details", "Update", "Photo", "Note", "Read", "Related", "Tags", "By",
  "Background", "Context", "Comment", "Image", "Video", "Watch", "Also", "Summary", "Translation",
]);

function isPlace(place: string): boolean {
  const first = place.split(/\s+/)[0]!;
  if (NOT_PLACES.has(place) || NOT_PLACES.has(first)) return false;
  // Acronyms that are names of forces or bodies, not places ("PLA (Navy) ships", "NATO:").
  if (/^[A-Z]{2,5}$/.test(place) && !/[AEIOUY]/.test(place.slice(1))) return false;
  return true;
}

function tryForms(line: string, forms: RegExp[]): FoundDateline | null {
  for (const re of forms) {
    const m = re.exec(line);
    if (!m) continue;
    const place = m[1]!.replace(/[.\s]+$/, "");
    if (!isPlace(place)) continue;
    // The text must go on after the dateline: it opens a paragraph, not a title.
    const rest = line.slice(m[0].length);
    if (!/\p{L}/u.test(rest)) continue;
    const monthDay = m[2] ? parseMonthDay(m[2]) : null;
    let tag = m[3] ? m[3].trim() : null;
    let md = monthDay;
    if (tag && !md) {
      // "(UrduPoint News / Sputnik - 14th March, 2022)": the tag carries the full date.
      const inTag = parseMonthDay(tag);
      if (inTag && inTag.year !== null) md = inTag;
    }
    if (tag === "") tag = null;
    return { place, monthDay: md, tag, start: 0, end: m[0].replace(/\s+$/, "").length };
  }
  return null;
}

/** The number of words (runs of non-space) in `s`, counted up to `max`. */
function countWords(s: string, max: number): number {
  const word = /\S+/g;
  let count = 0;
  while (count < max && word.exec(s)) count++;
  return count;
}

/** How many opening paragraphs (lines with at least this many words) can carry a strong dateline. */
const STRONG_PARAGRAPHS = 3;
/** How many opening prose paragraphs can carry a weak one. */
const WEAK_PARAGRAPHS = 2;
const PARAGRAPH_WORDS = 8;
/** Prose ends like a sentence; headlines usually do not. */
const SENTENCE_END = /[.!?"”’'\])]$/;

/**
 * Finds the dateline in `text` (cleaned, lines separated by "\n").
 * Strong forms are looked for at the start of the first few paragraphs; weak ones only at the start
 * of the first prose paragraphs (after the headline and a caption), so that a dateline quoted
 * further down a blog post is not taken.
 */
export function findDateline(text: string, isKnownPlace: (place: string) => boolean = () => false): FoundDateline | null {
  let paragraphs = 0;
  let prose = 0;
  let lineNo = 0;
  for (let start = 0, end = 0; start <= text.length; start = end + 1) {
    end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() === "") continue;
    lineNo++;
    const words = countWords(line, WEAK_NAME_MIN_WORDS);
    const long = words >= PARAGRAPH_WORDS;
    const strong = tryForms(line, STRONG);
    if (strong && (long || lineNo <= 8)) return { ...strong, start: start + strong.start, end: start + strong.end };
    if (long && prose < WEAK_PARAGRAPHS) {
      let weak = tryForms(line, [WEAK_CAPS]);
      if (!weak) {
        weak = tryForms(line, [WEAK_NAME]);
        if (weak && !isKnownPlace(weak.place) && words < WEAK_NAME_MIN_WORDS) weak = null;
      }
      if (weak) return { ...weak, start: start + weak.start, end: start + weak.end };
    }
    if (long) {
      paragraphs++;
      if (SENTENCE_END.test(line.trimEnd())) prose++;
      if (paragraphs >= STRONG_PARAGRAPHS) break;
    }
    if (lineNo > 20) break;
  }
  return null;
}

/** The ISO date a dateline's own year gives, when it writes one. */
export function datelineFullDate(d: FoundDateline): string | null {
  const md = d.monthDay;
  return md && md.year !== null ? isoDay(md.year, md.month, md.day) : null;
}
