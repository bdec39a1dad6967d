// `attache events`: the stored engagements, filtered, as a timeline, JSON or CSV.
import { Command, Option } from "commander";
import type { EventType } from "../../extract/result.js";
import { findEvents, type EventFilter, type StoredEvent } from "../../store/queries/events.js";
import { eventsCsv } from "../../store/queries/exportRecords.js";
import { storeCommand, withStore, type StoreFlags } from "../storeCommand.js";
import { formatTimeline } from "../timeline.js";

export const EVENT_TYPES: EventType[] = ["meeting", "call", "visit", "exercise", "agreement", "port_call"];

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const isoDate = (flag: string) => (v: string) => {
  if (!PARTIAL_DATE.test(v)) throw new Error(`${flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  return v;
};
const dyad = (v: string) => {
  if (!/^[A-Za-z]{2}[-,/][A-Za-z]{2}$/.test(v)) throw new Error(`--dyad takes two country codes as AA-BB (e.g. RU-CN), not "${v}"`);
  return v;
};

export function formatEvents(events: StoredEvent[], format: "table" | "json" | "csv"): string {
  if (format === "json") return JSON.stringify(events, null, 2);
  if (format === "csv") {
    return eventsCsv(events, true).trimEnd();
  }
  const articles = new Set(events.map((e) => e.articleId)).size;
  // Each report is shown by its reference (ARTICLE#N), the name corrections give it.
  return formatTimeline(events.map((event) => ({ event, articleId: event.report, outlet: event.outlet })), articles);
}

interface EventsFlags extends StoreFlags {
  country?: string[]; dyad?: string; person?: string; type?: EventType[]; from?: string; to?: string; text?: string;
  limit?: number; format: "table" | "json" | "csv";
}

export function registerEvents(program: Command): void {
  storeCommand(program, "events")
    .description("list stored engagements by date, with their evidence")
    .option("-c, --country <code...>", "events these states took part in (ISO codes)")
    .option("--dyad <AA-BB>", "events both states took part in, e.g. RU-CN", dyad)
    .option("-p, --person <name>", "events a person took part in (a name or a form seen in the articles)")
    .addOption(new Option("-t, --type <type...>", "event types").choices(EVENT_TYPES))
    .option("--from <date>", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)", isoDate("--from"))
    .option("--to <date>", "up to this date, inclusive", isoDate("--to"))
    .option("--text <query>", "full-text search over the evidence and the article (\"phrase\", -word, or)")
    .option("-n, --limit <n>", "at most this many events", (v) => Number(v))
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
    .action(async (opts: EventsFlags) => {
      const filter: EventFilter = {};
      if (opts.country) filter.country = opts.country;
      if (opts.dyad) filter.dyad = opts.dyad;
      if (opts.person) filter.person = opts.person;
      if (opts.type) filter.type = opts.type;
      if (opts.from) filter.from = opts.from;
      if (opts.to) filter.to = opts.to;
      if (opts.text) filter.text = opts.text;
      if (opts.limit) filter.limit = opts.limit;
      const events = await withStore(opts, (db) => findEvents(db, filter));
      process.stdout.write(formatEvents(events, opts.format) + "\n");
    });
}
