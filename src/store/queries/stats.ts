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

/** Each filtered event once, with what the figures count by: its year ("undated" for none), its
 * type, its states, and its real-world event (its cluster, or the report itself when it has none). */
const FILTERED = (clause: string) => `select coalesce(substr(e.date, 1, 4), 'undated') as year, e.type, e.countries,
  coalesce(e.cluster, e.id::text) as k from events e ${clause}`;

export async function stats(db: Queryable, filter: EventFilter = {}): Promise<Stats> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const clause = where.length ? `where ${where.join(" and ")}` : "";
  // The events are read once for both figures; real-world events are told apart by their distinct
  // keys (hashed) rather than by count(distinct), which sorts every report. A dyad is each pair of
  // the event's states, codes in order, as event_dyads holds them.
  const { rows } = await db.query<{ figure: "type" | "dyad"; year: string; key: string; n: string }>(
    `with f as materialized (${FILTERED(clause)})
     select 'type' as figure, year, type as key, count(*) as n from (select distinct year, type, k from f) x group by year, type
     union all
     select 'dyad', year, dyad, count(*) from (select distinct f.year, c1 || '-' || c2 as dyad, f.k
       from f, unnest(f.countries) c1, unnest(f.countries) c2 where c1 < c2) x group by year, dyad
     order by 1, 2, 3`, params);
  const totals = await db.query<{ articles: string; events: string; clusters: string; persons: string }>(
    `select (select count(*) from articles) as articles, (select count(*) from events) as events,
       (select count(*) from (select distinct coalesce(cluster, id::text) from events) x) as clusters, (select count(*) from persons) as persons`);
  const t = totals.rows[0]!;
  const counts = (figure: "type" | "dyad") => rows.filter((r) => r.figure === figure).map((r) => ({ year: r.year, key: r.key, count: Number(r.n) }));
  return { articles: Number(t.articles), events: Number(t.events), clusters: Number(t.clusters), persons: Number(t.persons), byType: counts("type"), byDyad: counts("dyad") };
}
