// Engagements per year, by type and by dyad: the figures `attache stats` shows.
import type { Queryable } from "../database.js";
import { eventConditions, type EventFilter } from "./events.js";

export interface YearCount { year: string; key: string; count: number }

export interface Stats {
  articles: number;
  events: number;
  persons: number;
  /** Real-world events: clusters of reports (an unclustered report counts alone). */
  clusters: number;
  /** key: the event type; counts are real-world events. */
  byType: YearCount[];
  /** key: the pair of states, "CN-RU" (codes in alphabetical order). */
  byDyad: YearCount[];
}

/** One per real-world event: its cluster, or the report itself when it has none. */
const EVENT = "count(distinct coalesce(e.cluster, e.id::text))";

/** "undated" for events with no year. */
const YEAR = "coalesce(substr(e.date, 1, 4), 'undated')";

export async function stats(db: Queryable, filter: EventFilter = {}): Promise<Stats> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const clause = where.length ? `where ${where.join(" and ")}` : "";
  const byType = await db.query<{ year: string; key: string; n: string }>(
    `select ${YEAR} as year, e.type as key, ${EVENT} as n from events e ${clause} group by 1, 2 order by 1, 2`, params);
  const byDyad = await db.query<{ year: string; key: string; n: string }>(
    `select ${YEAR} as year, d.dyad as key, ${EVENT} as n
     from events e join event_dyads d on d.event_id = e.id ${clause}
     group by 1, 2 order by 1, 2`, params);
  const totals = await db.query<{ articles: string; events: string; clusters: string; persons: string }>(
    `select (select count(*) from articles) as articles, (select count(*) from events) as events,
       (select ${EVENT} from events e) as clusters, (select count(*) from persons) as persons`);
  const t = totals.rows[0]!;
  const counts = (rows: { year: string; key: string; n: string }[]) => rows.map((r) => ({ year: r.year, key: r.key, count: Number(r.n) }));
  return { articles: Number(t.articles), events: Number(t.events), clusters: Number(t.clusters), persons: Number(t.persons), byType: counts(byType.rows), byDyad: counts(byDyad.rows) };
}
