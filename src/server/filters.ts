// The query parameters of every filtered list, validated with zod and turned into the EventFilter
// the CLI's queries take. Lists come as repeated parameters (?type=call&type=visit); codes and
// types may also be comma-separated.
import { z } from "zod";
import type { EventMode, EventType } from "../extract/result.js";
import type { EventFilter } from "../store/queries/events.js";

export const EVENT_TYPES = ["meeting", "call", "visit", "exercise", "agreement", "port_call"] as const satisfies readonly EventType[];
export const EVENT_MODES = ["in_person", "video", "phone"] as const satisfies readonly EventMode[];

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** One value or several: always a list (split on commas when `split`). */
const list = <T extends z.ZodType>(item: T, split: boolean) =>
  z.preprocess((v) => {
    if (v === undefined || v === "") return undefined;
    const values = (Array.isArray(v) ? v : [v]).map(String);
    return (split ? values.flatMap((s) => s.split(",")) : values).map((s) => s.trim()).filter(Boolean);
  }, z.array(item).optional());

const partialDate = (name: string) => z.string().regex(PARTIAL_DATE, `${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD`).optional();

export const filterQuery = z.object({
  country: list(z.string().regex(/^[A-Za-z]{2}$/, "a country is a two-letter ISO code, e.g. RU").transform((c) => c.toUpperCase()), true)
    .describe("events any of these states took part in"),
  dyad: z.string().regex(/^[A-Za-z]{2}[-,/][A-Za-z]{2}$/, "a dyad is two country codes as AA-BB, e.g. CN-RU").optional()
    .describe("events both states took part in"),
  person: z.string().min(1).optional().describe("a person taking part: a name or part of one"),
  type: list(z.enum(EVENT_TYPES), true).describe("event types"),
  mode: list(z.enum(EVENT_MODES), true).describe("how the engagement was held"),
  framework: list(z.string().min(1), false).describe("frameworks, by name (repeat the parameter for several)"),
  outlet: list(z.string().min(1), false).describe("outlets that reported it, by name (repeat the parameter for several)"),
  year: z.string().regex(/^\d{4}$/, "year takes four digits").optional().describe("one year; overrides from and to"),
  from: partialDate("from").describe("from this date, YYYY[-MM[-DD]]"),
  to: partialDate("to").describe("up to this date, inclusive"),
  text: z.string().min(1).optional().describe('full-text search over the evidence and the article ("phrase", -word, or)'),
});
export type FilterQuery = z.infer<typeof filterQuery>;

export const page = (max: number, fallback: number) => z.object({
  limit: z.coerce.number().int().min(1).max(max).default(fallback).describe(`at most this many (up to ${max})`),
  offset: z.coerce.number().int().min(0).default(0),
});

export function toEventFilter(q: FilterQuery): EventFilter {
  const f: EventFilter = {};
  if (q.country?.length) f.country = q.country;
  if (q.dyad) f.dyad = q.dyad;
  if (q.person) f.person = q.person;
  if (q.type?.length) f.type = q.type;
  if (q.mode?.length) f.mode = q.mode;
  if (q.framework?.length) f.framework = q.framework;
  if (q.outlet?.length) f.outlet = q.outlet;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.year) { f.from = q.year; f.to = q.year; }
  if (q.text) f.text = q.text;
  return f;
}
