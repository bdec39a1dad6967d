// Facets of a filtered list of events: for each dimension an analyst narrows by (state, dyad,
// type, mode, framework, year, outlet), its most frequent values and how many reports have them.
import type { Queryable } from "../database.js";
import { eventConditions, type EventFilter } from "./events.js";

export const FACETS = ["country", "dyad", "type", "mode", "framework", "year", "outlet"] as const;
export type FacetName = (typeof FACETS)[number];

export interface FacetValue { value: string; count: number }
export type Facets = Record<FacetName, FacetValue[]>;

/** The value expression and the source rows of each facet, over the filtered events `f`. */
const FACET_SQL: Record<FacetName, string> = {
  country: "select c as value, count(*) as n from f, unnest(f.countries) c group by c",
  // Each pair of the event's states, as event_dyads stores them (codes in order), from the row.
  dyad: "select c1 || '-' || c2 as value, count(*) as n from f, unnest(f.countries) c1, unnest(f.countries) c2 where c1 < c2 group by 1",
  type: "select f.type as value, count(*) as n from f group by f.type",
  mode: "select f.mode as value, count(*) as n from f where f.mode is not null group by f.mode",
  framework: "select x as value, count(*) as n from f, unnest(f.frameworks) x group by x",
  year: "select substr(f.date, 1, 4) as value, count(*) as n from f where f.date is not null group by 1",
  outlet: "select a.outlet as value, count(*) as n from f join articles a on a.id = f.article_id where a.outlet is not null group by a.outlet",
};

/** Each facet's top `limit` values (years: every year, in order) under the filter, in one query:
 * the filtered events are read once and every facet counts from them. */
export async function facets(db: Queryable, filter: EventFilter, limit = 12): Promise<Facets> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const top = params.push(limit);
  const parts = FACETS.map((name) => `(select '${name}' as facet, value, n from (${FACET_SQL[name]}) x
    ${name === "year" ? "order by value" : `order by n desc, value limit $${top}`})`);
  const { rows } = await db.query<{ facet: FacetName; value: string; n: string }>(
    `with f as materialized (select e.id, e.article_id, e.type, e.mode, e.date, e.countries, e.frameworks from events e
       ${where.length ? `where ${where.join(" and ")}` : ""})
     ${parts.join(" union all ")}`, params);
  const out = Object.fromEntries(FACETS.map((name) => [name, [] as FacetValue[]])) as Facets;
  for (const r of rows) out[r.facet].push({ value: r.value, count: Number(r.n) });
  return out;
}
