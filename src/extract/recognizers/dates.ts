// Time expressions resolved against the publication day with chrono-node, then refined:
// news reports the past, so a bare weekday or month means the last one, not the next.
import * as chrono from "chrono-node";
import type { Doc, DateMention, Token } from "../document.js";
import type { Recognizer } from "./recognizer.js";

const iso = (y: number, m?: number, d?: number) =>
  [String(y).padStart(4, "0"), m && String(m).padStart(2, "0"), d && String(d).padStart(2, "0")].filter(Boolean).join("-");

const FUTURE = /\b(?:next|coming|will|upcoming|scheduled|due to|plans? to|to be held)\b/i;

type Components = chrono.ParsedComponents;

/** The date a parsed component stands for, moved into the past when the text left the year open. */
export function resolveComponents(c: Components, reference: Date | null, futureContext: boolean): string | null {
  const known = (unit: chrono.Component) => c.isCertain(unit);
  if (!reference && !known("year")) return null;
  if (known("weekday") && !known("day") && reference) return resolveWeekday(c.get("weekday")!, reference, futureContext);
  let y = c.get("year")!;
  const m = c.get("month")!;
  const d = c.get("day")!;
  if (!known("month") && !known("day")) return known("year") ? iso(y) : null;
  if (reference && !known("year") && !futureContext) {
    // "in April" in an article of March 2023 is April 2022; "on June 26" likewise.
    const candidate = Date.UTC(y, m - 1, known("day") ? d : 1);
    if (candidate > reference.getTime()) y -= 1;
  }
  return known("day") ? iso(y, m, d) : iso(y, m);
}

/** The most recent `weekday` (0 = Sunday) on or before the reference day; the next one in future context. */
export function resolveWeekday(weekday: number, reference: Date, futureContext: boolean): string {
  const refDow = reference.getUTCDay();
  const delta = futureContext ? (weekday - refDow + 7) % 7 : -((refDow - weekday + 7) % 7);
  const d = new Date(reference.getTime() + delta * 86400000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Times of day are never kept (see below), so the parsers that read only times do not run. */
const TIME_ONLY_PARSERS = new Set(["ENTimeExpressionParser", "ENCasualTimeParser"]);

/**
 * Durations ("two days ago", "within a week") are read without unit abbreviations: in prose
 * "in the S-400" is not "in the second", nor "lasts" "last second".
 */
const DURATION_PARSERS = new Set(["ENTimeUnitWithinFormatParser", "ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);

type ParserClass = new (strictOrAbbreviations: boolean) => chrono.Parser;

const parser = chrono.casual.clone();
parser.parsers = parser.parsers
  .filter((p) => !TIME_ONLY_PARSERS.has(p.constructor.name))
  .map((p) => {
    const name = p.constructor.name;
    if (DURATION_PARSERS.has(name)) return new (p.constructor as ParserClass)(true);
    if (name === "ENTimeUnitCasualRelativeFormatParser") return new (p.constructor as ParserClass)(false);
    return p;
  });
parser.refiners = parser.refiners.map(onlyAfterOfOrThe);

/**
 * What every date the parsers above can read contains, as a whole word: a month or weekday
 * name, a unit of time or a casual word; or digits joined by a separator (ISO and slashed
 * dates). Sentences without one are not handed to chrono, which saves most of its work.
 */
const DATE_CUE =
  /\d[/.-]\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|week(?:end|day)?s?|days?|months?|years?|quarters?|hours?|minutes?|seconds?|now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night)\b/i;

/**
 * chrono's end-of-period refiner ("end of the month") tests the whole text before every date
 * against /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i; it is handed only the dates whose text
 * before ends with "of" or "the" and a space, the others it would leave as they are.
 */
function onlyAfterOfOrThe(refiner: chrono.Refiner): chrono.Refiner {
  if (refiner.constructor.name !== "ENEndOfPeriodRefiner") return refiner;
  return {
    refine(context, results) {
      refiner.refine(context, results.filter((r) => endsWithOfOrThe(context.text, r.index)));
      return results;
    },
  };
}

function endsWithOfOrThe(text: string, end: number): boolean {
  let j = end;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  if (j === end) return false;
  return text.slice(j - 2, j).toLowerCase() === "of" || text.slice(j - 3, j).toLowerCase() === "the";
}

const MONTH_ABBREVIATION_ALONE = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s*$/i;

export const recognizeDates: Recognizer = (doc) => {
  const ref = doc.reference ?? new Date(Date.UTC(2000, 0, 1, 12));
  for (const { index, result: r } of parseCuedSentences(doc, ref)) {
    const start = index;
    const end = index + r.text.length;
    // A bare number or a time of day is not a date of an event.
    if (!r.start.isCertain("day") && !r.start.isCertain("month") && !r.start.isCertain("year") && !r.start.isCertain("weekday")) continue;
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    // "Earlier in the day": the day of the event just reported, not tomorrow (refiners date it).
    if (/^(?:in|during) the day$/i.test(r.text.trim())) continue;
    // "more than six months ago" gives no month.
    if (/\b(?:more than|over|nearly|almost|about|some)\s*$/i.test(doc.text.slice(Math.max(0, start - 12), start))) continue;
    // A month alone is written out in prose; "Jun" alone is a given name ("Ma Jun").
    if (MONTH_ABBREVIATION_ALONE.test(r.text)) continue;
    // "today", "last month": relative to the publication day, so meaningless without one.
    const relative = !r.start.isCertain("year") || [...r.tags()].some((t) => t.startsWith("casualReference") || t === "result/relativeDate");
    if (relative && !doc.reference) continue;
    const before = doc.text.slice(Math.max(0, start - 40), start);
    const future = FUTURE.test(before) || /^\s*(?:next|coming)\b/i.test(r.text);
    const value = resolveComponents(r.start, doc.reference, future);
    if (!value) continue;
    let endValue: string | null = null;
    if (r.end) {
      endValue = resolveComponents(r.end, doc.reference, true);
      // A range keeps its start's year: "December 21 - 27".
      if (endValue && value.length === endValue.length && endValue < value) endValue = null;
      if (endValue && value.length >= 4 && endValue.slice(0, 4) !== value.slice(0, 4) && !r.end.isCertain("year")) endValue = value.slice(0, 4) + endValue.slice(4);
    }
    doc.mentions.push(dateMention(doc, start, end, value, endValue, relative));
  }
};

/** A chrono result and where it starts in the document's text. */
interface PlacedResult {
  index: number;
  result: chrono.ParsedResult;
}

/** chrono's results over the runs of consecutive sentences that hold a date cue. */
function parseCuedSentences(doc: Doc, ref: Date): PlacedResult[] {
  const results: PlacedResult[] = [];
  const { text, sentences } = doc;
  let i = 0;
  while (i < sentences.length) {
    if (!DATE_CUE.test(text.slice(sentences[i]!.start, sentences[i]!.end))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sentences.length && DATE_CUE.test(text.slice(sentences[j]!.start, sentences[j]!.end))) j++;
    const start = sentences[i]!.start;
    for (const result of parser.parse(text.slice(start, sentences[j - 1]!.end), { instant: ref, timezone: 0 }, { forwardDate: false })) {
      results.push({ index: start + result.index, result });
    }
    i = j;
  }
  return results;
}

export function dateMention(doc: Doc, start: number, end: number, value: string, endValue: string | null, relative: boolean): DateMention {
  const tokenStart = firstTokenEndingAfter(doc.tokens, start);
  let tokenEnd = tokenStart;
  while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd]!.start < end) tokenEnd++;
  return { kind: "date", start, end, text: doc.text.slice(start, end), tokenStart, tokenEnd, value, end_value: endValue, relative };
}

/** The first token that ends after `offset` (tokens.length if none), by binary search: token ends increase. */
function firstTokenEndingAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid; else lo = mid + 1;
  }
  return lo;
}
