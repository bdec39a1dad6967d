// Time expressions resolved against the publication day with chrono-node, then refined:
// news reports the past, so a bare weekday or month means the last one, not the next.
import * as chrono from "chrono-node";
import type { Doc, DateMention, Token } from "../document.js";
import type { Recognizer } from "./recognizer.js";
import { datesInText } from "../datesInText.js";

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

const MONTH_ABBREVIATION_ALONE = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s*$/i;
const WEEKDAY_ABBREVIATION_ALONE = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*$/i;

const GLUED_UNIT_ABBREVIATION = /^(?:this|last|past|next)(?:s|m|h|d|w|y|mo|mos|mon|sec|min|mins|hr|hrs|yr|qtr)\W*$/i;

export const recognizeDates: Recognizer = (doc) => {
  const ref = doc.reference ?? new Date(Date.UTC(2000, 0, 1, 12));
  for (const { index, result: r } of datesInText(doc, ref)) {
    const start = index;
    const end = index + r.text.length;
    // A bare number or a time of day is not a date of an event.
    if (!r.start.isCertain("day") && !r.start.isCertain("month") && !r.start.isCertain("year") && !r.start.isCertain("weekday")) continue;
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    // "Earlier in the day": the day of the event just reported, not tomorrow (refiners date it).
    if (/^(?:in|during) the day$/i.test(r.text.trim())) continue;
    // "more than six months ago" gives no month.
    if (/\b(?:more than|over|nearly|almost|about|some)\s*$/i.test(doc.text.slice(Math.max(0, start - 12), start))) continue;
    // A month or weekday alone is written out in prose: "Jun" alone is a given name ("Ma Jun"),
    // "Sun" a family name ("Sun Jianguo").
    if (MONTH_ABBREVIATION_ALONE.test(r.text) || WEEKDAY_ABBREVIATION_ALONE.test(r.text)) continue;
    // chrono reads "lasts" as "last s(econd)".
    if (GLUED_UNIT_ABBREVIATION.test(r.text)) continue;
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
