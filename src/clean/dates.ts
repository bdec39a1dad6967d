// Calendar-date helpers for cleaning: full dates found in a line (page timestamps), ISO values
// given by metadata, and a day-and-month (dateline) placed in the year of a reference date.
// A timestamp gives its own calendar date as written: no timezone conversion anywhere here.
import * as chrono from "chrono-node";

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** True for a real calendar day (no 31 April, 29 February only in leap years). */
export function validDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A date value from metadata (JSONL `published`, HTML meta, JSON-LD) → ISO at its own precision.
 * ISO-looking values keep the calendar date as written ("2019-06-13T23:30:00-05:00" → 2019-06-13);
 * anything else goes through chrono and must name a year.
 */
export function isoFromMetadata(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d])/.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (m[2] === undefined) return y >= 1000 ? String(y) : null;
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    if (m[3] === undefined) return `${y}-${pad2(mo)}`;
    const d = Number(m[3]);
    return validDay(y, mo, d) ? isoDay(y, mo, d) : null;
  }
  const found = findFullDates(s);
  return found.length > 0 ? found[0]!.iso : null;
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const MONTH_GLUED = new RegExp(`(?<=[A-Za-z])(?=(?:${MONTHS})\\.?,?\\s*\\d)`, "g");
const MONTH_COMMA_DAY_YEAR = new RegExp(`\\b(${MONTHS})\\.?,\\s*(\\d{1,2})\\s+(\\d{4})\\b`, "gi");
const EURO_DOT_MONTH = new RegExp(`\\b(\\d{1,2})\\.\\s+((?:${MONTHS})\\b)`, "gi");

/**
 * Makes crawled page text readable for the date parser without changing what it says:
 * "2016Two" → "2016 Two", "NewsAGJun, 11 2016" → "NewsAG Jun 11, 2016", "4. april 2016" → "4 april 2016".
 */
export function normaliseForDates(line: string): string {
  // Every rewrite needs a digit next to what it changes.
  if (!/\d/.test(line)) return line;
  return line
    .replace(/(\d{4})(?=[A-Z][a-z])/g, "$1 ")
    .replace(MONTH_GLUED, " ")
    .replace(MONTH_COMMA_DAY_YEAR, "$1 $2, $3")
    .replace(EURO_DOT_MONTH, "$1 $2");
}

/**
 * Whether `s` writes a four-digit year, as every full date does. normaliseForDates keeps every run
 * of digits as it is, so a line without one has no full date before or after it.
 */
export function mayHoldFullDate(s: string): boolean {
  return /(?<!\d)(?:1[6-9]|2\d)\d\d(?!\d)/.test(s);
}

export interface FoundDate {
  /** Range in the string that was searched. */
  start: number;
  end: number;
  iso: string;
}

/** Numeric forms read before chrono: ISO (as written) and European day-first with dots or dashes. */
const NUMERIC_DATES: { re: RegExp; order: "ymd" | "dmy" }[] = [
  // 2009-11-27, 2013/07/03: year first is unambiguous.
  { re: /(?<![\d.\-/])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/]|[.\-]\d)/g, order: "ymd" },
  // 01.07.2013, 28-11-2016: day first (European order); US month-first is written with slashes, which we leave alone.
  { re: /(?<![\d.\-/])(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})(?![\d]|[.\-]\d)/g, order: "dmy" },
];

/**
 * Every full calendar date (year, month and day all written) in `s`, in order of position.
 * Slash dates like 11/05/2010 are skipped: month-first or day-first cannot be told apart.
 */
export function findFullDates(s: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every full date writes a four-digit year: most lines are passed over without parsing.
  if (!mayHoldFullDate(s)) return found;
  let masked = s;
  for (const { re, order } of NUMERIC_DATES) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(s)); ) {
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const [y, mo, d] = order === "ymd" ? [a, b, c] : [c, b, a];
      if (!validDay(y, mo, d)) continue;
      if (masked.slice(m.index, m.index + m[0].length).trim() !== m[0]) continue; // already taken
      found.push({ start: m.index, end: m.index + m[0].length, iso: isoDay(y, mo, d) });
      masked = masked.slice(0, m.index) + " ".repeat(m[0].length) + masked.slice(m.index + m[0].length);
    }
  }
  // Mask slash dates so that chrono does not read them month-first.
  masked = masked.replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, (x) => " ".repeat(x.length));
  if (mayChronoReadFullDate(masked)) found.push(...chronoFullDates(masked));
  return found.sort((x, y) => x.start - y.start);
}

/** The full dates chrono reads in `s` whose year is written in them. */
export function chronoFullDates(s: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const r of chrono.parse(s, new Date(2000, 0, 1), { forwardDate: false })) {
    const st = r.start;
    if (!st.isCertain("year") || !st.isCertain("month") || !st.isCertain("day")) continue;
    // Relative phrases ("last week", "today") come back "certain" against the reference date: the year must be written.
    if (!new RegExp(`(?<!\\d)${st.get("year")}(?!\\d)`).test(r.text)) continue;
    const y = st.get("year")!;
    const mo = st.get("month")!;
    const d = st.get("day")!;
    if (!validDay(y, mo, d)) continue;
    found.push({ start: r.index, end: r.index + r.text.length, iso: isoDay(y, mo, d) });
  }
  return found;
}

// What chrono (2.x, English casual) needs in a text before it can make a day certain. Only these
// set a certain day: a month name with a day next to it ("13 June", "5th of June", "June 13",
// "June first"; "June 2019" leaves the day implied), numeric dates (2019-06-13, 13.06.2019, 2019 6 13), a count of
// days, weeks, hours, minutes or seconds ("3 days ago", "in a few hours", "next week"), a fraction
// of any unit ("half a year", "1.5 months": chrono carries the fraction down to days), the casual
// words today, tonight, now, tomorrow, overmorrow, tmr, yesterday and last night, and "end of" or
// "last day of" a period. Whole months, quarters and years leave the day implied.
const MONTH = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
/** Ordinal words end in st, nd, rd or th; these are how they start. */
const ORDINAL_WORD_START =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty";
const MONTH_AND_DAY = new RegExp(
  `(?:(?<!\\d)\\d{1,2}|st|nd|rd|th)[\\s\\-/]*(?:of)?[\\s\\-/]*(?:${MONTH})|(?:${MONTH})[a-z.]*[\\s\\-/,.]*(?:\\d{1,2}(?!\\d)|${ORDINAL_WORD_START})`,
  "i",
);
const NUMERIC_DATE = /\d[\s\-./]\d/;
const COUNT = "\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s*an?)?|an?\\b|few|several|the|couple|of|this|last|past|next|after";
const FRACTION = "half(?:\\s*an?)?|\\d\\.\\d+";
const DAY_UNIT = "s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?";
const LONG_UNIT = "mo|mon|mos|months?|qtr|quarters?|y|yr|years?";
/** A unit ends the text or is followed by a non-letter, by "ago" and its kin, or by the next count. */
const AFTER_UNIT =
  "(?=[^a-z]|$|ago|before|earlier|later|after|from|henceforth|forward|out|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|an?\\s*few|a?\\s*couple|few|several|the)";
const DAY_COUNT = new RegExp(`(?:(?:${COUNT})\\s*(?:${DAY_UNIT})|(?:${FRACTION})\\s*(?:${LONG_UNIT}))${AFTER_UNIT}`, "i");
const CASUAL_DAY = /(?<!\w)(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?!\w)/i;
const END_OF_PERIOD = /(?:day|end)\s+of/i;

/** False when chrono cannot find a certain day in `s`: then it need not be asked. */
export function mayChronoReadDay(s: string): boolean {
  return MONTH_AND_DAY.test(s) || NUMERIC_DATE.test(s) || DAY_COUNT.test(s) || CASUAL_DAY.test(s) || END_OF_PERIOD.test(s);
}

/**
 * False when chronoFullDates(s) is surely empty: a full date from chrono writes its year (1000-2999)
 * in the text it covers, a part of `s`, and needs a certain day.
 */
export function mayChronoReadFullDate(s: string): boolean {
  return /[12]\d{3}/.test(s) && mayChronoReadDay(s);
}

export interface MonthDay {
  month: number;
  day: number;
  year: number | null;
}

/** parseMonthDay by fragment: datelines write the same few ("June 13", "Nov. 26"). Emptied when it grows large. */
const monthDays = new Map<string, MonthDay | null>();
const MONTH_DAYS_MAX = 10_000;

/** Month and day of a dateline fragment ("June 13", "Nov. 26", "13 June"), or null. */
export function parseMonthDay(fragment: string): MonthDay | null {
  let found = monthDays.get(fragment);
  if (found === undefined) {
    if (monthDays.size >= MONTH_DAYS_MAX) monthDays.clear();
    monthDays.set(fragment, (found = readMonthDay(fragment)));
  }
  return found && { ...found };
}

function readMonthDay(fragment: string): MonthDay | null {
  if (!mayChronoReadDay(fragment)) return null;
  const results = chrono.parse(fragment, new Date(2000, 0, 1), { forwardDate: false });
  for (const r of results) {
    const st = r.start;
    if (!st.isCertain("month") || !st.isCertain("day")) continue;
    const month = st.get("month")!;
    const day = st.get("day")!;
    const year = st.isCertain("year") ? st.get("year")! : null;
    if (year !== null && !validDay(year, month, day)) continue;
    if (year === null && !validDay(2000, month, day)) continue; // 2000 is a leap year: 29 Feb allowed
    return { month, day, year };
  }
  return null;
}

/**
 * The most recent `month`/`day` not after the reference ISO date (day, month or year precision).
 * A reference of lower precision stands for its last day ("2017-06" → up to 2017-06-30).
 */
export function resolveMonthDay(month: number, day: number, reference: string | null): string | null {
  if (!reference) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(reference);
  if (!m) return null;
  const ry = Number(m[1]);
  const rm = m[2] ? Number(m[2]) : 12;
  const rd = m[3] ? Number(m[3]) : 31;
  let y = month < rm || (month === rm && day <= rd) ? ry : ry - 1;
  // 29 February in a year without it: go back to the last leap year.
  for (let i = 0; i < 8 && !validDay(y, month, day); i++) y--;
  return validDay(y, month, day) ? isoDay(y, month, day) : null;
}
