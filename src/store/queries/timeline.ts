// The timeline: real-world events (reports merged by cluster) by date, the first `max` reports
// under a filter, and engagements per year by type. Only the columns a merged event needs are
// read, and no article; when the reports read are all there are, the years are counted from them.
import { mergeReports } from "../../cluster/mergeReports.js";
import type { EventMode, EventResult, EventType } from "../../extract/result.js";
import type { Queryable } from "../database.js";
import { eventPage, type EventFilter } from "./events.js";
import type { YearCount } from "./stats.js";
import { yearsByType } from "./years.js";

export interface TimelineEvent {
  cluster: string | null;
  date: string | null;
  dateEnd: string | null;
  type: EventType;
  mode: EventMode | null;
  countries: string[];
  participants: string[];
  location: string | null;
  frameworks: string[];
  /** Reports of the event under the filter. */
  reports: number;
  /** The first report's evidence. */
  evidence: string;
}

export interface Timeline {
  /** More reports match than were read: the events end before the filter's last. */
  truncated: boolean;
  events: TimelineEvent[];
  /** Engagements per year by type, of every report under the filter. */
  years: YearCount[];
}

/** A report as the timeline reads it: a JSON array, in the order of REPORT, all of them in one
 * JSON value. Drivers parse a JSON value at native speed; read as 16 columns (arrays among them),
 * 2,000 reports of a dyad took PGlite 50–60 ms to hand over, as an array a row about 27, as one
 * array of them all about 21. */
type Row = [
  id: number, cluster: string | null, type: EventType, mode: EventMode | null, date: string | null, dateEnd: string | null,
  location: string | null, locationCountry: string | null, countries: string[], frameworks: string[], participants: string[],
  primary: boolean, confidence: number, evidence: string, evidenceStart: number, evidenceEnd: number,
];

const REPORT = `json_build_array(e.id, e.cluster, e.type, e.mode, e.date, e.date_end, e.location, e.location_country, e.countries,
  e.frameworks, e.participants, e.is_primary, e.confidence, e.evidence, e.evidence_start, e.evidence_end) as report, e.article_id, e.ordinal`;

export async function timeline(db: Queryable, filter: EventFilter, max: number): Promise<Timeline> {
  // One more than shown tells whether there are more.
  const page = eventPage({ ...filter, limit: max + 1, offset: 0, order: "date" }, REPORT);
  const { rows: [all] } = await db.query<{ reports: Row[] }>(
    `select coalesce(json_agg(e.report order by ${page.order}), '[]') as reports from (${page.sql}) e`, page.params);
  const rows = all!.reports;
  const groups = new Map<string, EventResult[]>();
  for (const [id, cluster, type, mode, date, dateEnd, location, locationCountry, countries, frameworks, participants, primary, confidence, evidence, start, end] of rows.slice(0, max)) {
    const key = cluster ?? `#${id}`;
    const report: EventResult = {
      type, mode, date, dateEnd, location, locationCountry, participants, countries, frameworks, primary, confidence,
      evidence: { start, end, text: evidence },
    };
    const group = groups.get(key);
    if (group) group.push(report); else groups.set(key, [report]);
  }
  const events = [...groups].map(([key, group]) => {
    const m = mergeReports(group);
    return { cluster: key.startsWith("#") ? null : key, date: m.date, dateEnd: m.dateEnd, type: m.type, mode: m.mode, countries: m.countries,
      participants: m.participants, location: m.location, frameworks: m.frameworks, reports: group.length, evidence: group[0]!.evidence.text };
  });
  const truncated = rows.length > max;
  return { truncated, events, years: truncated ? await yearsByType(db, filter) : yearsOf(rows) };
}

/** yearsByType's figures from the reports themselves: real-world events (a cluster, or a report
 * of none) per year of the report's date ("undated") and type. */
function yearsOf(rows: Row[]): YearCount[] {
  const events = new Map<string, Set<string>>();
  for (const [id, cluster, type, , date] of rows) {
    const key = `${date?.slice(0, 4) ?? "undated"}\u0000${type}`;
    const seen = events.get(key) ?? new Set<string>();
    seen.add(cluster ?? `#${id}`);
    events.set(key, seen);
  }
  return [...events].map(([key, seen]) => {
    const [year, type] = key.split("\u0000") as [string, string];
    return { year, key: type, count: seen.size };
  }).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
