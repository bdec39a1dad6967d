// Page timestamps: the lines of page furniture that carry the page's own date
// ("2009-11-27 08:57 BJT", "By | Jun 04, 2017 12:00 AM EDT", "Published: 10:11, June 10, 2023",
// "Updated: 2013-07-03 09:12", "(Xinhua News Agency Oct 2, 2007)", "01.07.2013").
// A date inside a sentence ("the pact signed on March 3, 2011") is not a timestamp.
import { furnitureRule } from "./boilerplate.js";
import { findFullDates, mayHoldFullDate, normaliseForDates, type FoundDate } from "./dates.js";

/** How many lines from the top and from the bottom of a page can hold its timestamp. */
export const HEAD_LINES = 15;
export const TAIL_LINES = 5;

/** Words that label a timestamp or a byline; they do not make a line prose. */
const LABEL_WORDS = new Set([
  "by", "published", "updated", "posted", "date", "issued", "modified", "last", "created", "at", "on",
  "source", "editor", "time", "am", "pm", "a.m", "p.m", "news", "and", "of", "the",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
/** A label at the start of a line: then the line is a timestamp whatever else it carries. */
const LEADING_LABEL = /^\W*(published|updated|posted|date|issued|last (updated|modified)|release date)\b/i;
/** A date that follows one of these is part of a sentence ("began on July 5, 2013"). */
const PROSE_BEFORE_DATE = /\b(on|in|since|from|until|till|to|before|after|of|between|and|during|through|as)\s*,?\s*$/i;
/** Times and zone names, removed before the rest of the line is weighed. */
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,4}T|GMT|UTC|IST|BJT|MSK|EDT|EST|CET|CEST)\)?)?/gi;
const ZONE_ONLY = /\b(?:GMT|UTC|BJT|MSK|IST|EDT|EST|PDT|PST|CET|CEST|BST)(?:[+-]\d{1,2})?\b/g;

export interface TimestampLine {
  /** ISO date of the first full date in the line. */
  iso: string;
  /** The line starts with the date and prose follows it with no separator ("March 2, 2016Two navies ..."). */
  gluedToProse: boolean;
  /** Nothing but the date and time: a lone timestamp. */
  lone: boolean;
}

/**
 * Reads a line as a page timestamp, or returns null when it has no full date or reads as a sentence.
 * Pass the trimmed line; `fullDates` may be a per-article memo of findFullDates.
 */
export function readTimestampLine(line: string, fullDates: (norm: string) => FoundDate[] = findFullDates): TimestampLine | null {
  if (line.length === 0 || line.length > 200 || !mayHoldFullDate(line)) return null;
  const norm = normaliseForDates(line);
  const dates = fullDates(norm);
  if (dates.length === 0) return null;
  const first = dates[0]!;
  const before = norm.slice(0, first.start);
  let residual = norm;
  for (let i = dates.length - 1; i >= 0; i--) residual = residual.slice(0, dates[i]!.start) + " " + residual.slice(dates[i]!.end);
  residual = residual.replace(TIME, " ").replace(ZONE_ONLY, " ");
  const words = residual.match(/[\p{L}][\p{L}.'’]*/gu) ?? [];
  const startsWithDate = /^\W*$/.test(before) || /^\W*(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*$/i.test(before);
  const labelled = LEADING_LABEL.test(line);
  const proseWords = words.filter((w) => /^\p{Ll}/u.test(w) && !LABEL_WORDS.has(w.toLowerCase().replace(/\.$/, "")));
  const lone = words.every((w) => LABEL_WORDS.has(w.toLowerCase().replace(/\.$/, "")) && !/^(by|source|editor)$/i.test(w));
  if (labelled) return { iso: first.iso, gluedToProse: false, lone };
  if (PROSE_BEFORE_DATE.test(before)) return null;
  if (words.length <= 8 && proseWords.length <= 1) return { iso: first.iso, gluedToProse: false, lone };
  // A date that opens a line of prose ("March 2, 2016Two navies began ..."):
  // the page's date glued to the first paragraph by the crawler.
  if (startsWithDate) return { iso: first.iso, gluedToProse: true, lone: false };
  return null;
}

/** A full date written at the very start of a line and glued to the following word. */
const GLUED_LEADING_DATE = new RegExp(
  "^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?" +
    "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?\\s+\\d{1,2},?\\s+\\d{4}" +
    "|\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4})" +
    "(?=\\p{Lu})",
  "u",
);

/** Removes a date glued to the start of a prose line; returns the line unchanged when there is none. */
export function stripGluedLeadingDate(line: string): string {
  const m = GLUED_LEADING_DATE.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/**
 * Indexes of the page head: its first HEAD_LINES non-empty lines, up to a block of links to other
 * stories after the article's first paragraph ("Top Headlines", "Related:", "Read more: ..."),
 * whose dates are not the page's.
 */
/** A line of article prose has at least this many words. */
const BODY_WORDS = 12;

/** Whether `s` has at least `n` words (stops counting at n). */
export function hasWords(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return false;
}

export function headZone(lines: string[]): number[] {
  const head: number[] = [];
  let inBody = false;
  for (let i = 0; i < lines.length && head.length < HEAD_LINES; i++) {
    const l = lines[i]!;
    if (l.length === 0) continue;
    if (inBody && furnitureRule(l) === "related") break;
    if (!inBody && hasWords(l, BODY_WORDS)) inBody = true;
    head.push(i);
  }
  return head;
}

/** Indexes of the page tail: the last TAIL_LINES non-empty lines after the head. */
export function tailZone(lines: string[], head: number[] = headZone(lines)): number[] {
  const after = head.length > 0 ? head[head.length - 1]! : -1;
  const nonEmpty = lines.map((l, i) => (l.length > 0 && i > after ? i : -1)).filter((i) => i >= 0);
  return nonEmpty.slice(-TAIL_LINES);
}

export interface PageDate {
  iso: string;
  /** Index of the line that carried it. */
  line: number;
}

/**
 * The page's own date from its timestamp lines: the first one in the head of the page,
 * else the last labelled one in its tail ("Published Date: ...", "(Xinhua News Agency Oct 2, 2007)"). `lines` are trimmed; empty lines do not count towards the zones.
 */
export function findPageTimestamp(
  lines: string[],
  head: number[] = headZone(lines),
  tail: number[] = tailZone(lines, head),
  readAt: (i: number) => TimestampLine | null = (i) => readTimestampLine(lines[i]!),
): PageDate | null {
  for (const i of head) {
    const ts = readAt(i);
    if (ts) return { iso: ts.iso, line: i };
  }
  for (const i of [...tail].reverse()) {
    const ts = readAt(i);
    // A lone date at the bottom of a page usually belongs to a list of other stories.
    if (ts && !ts.gluedToProse && !ts.lone) return { iso: ts.iso, line: i };
  }
  return null;
}
