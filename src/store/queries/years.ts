// Engagements per year by type under a filter: the chart beside a timeline. The same figures as
// stats().byType without the store's totals, which a filtered view does not need.
import type { Queryable } from "../database.js";
import { eventConditions, type EventFilter } from "./events.js";
import type { YearCount } from "./stats.js";

export async function yearsByType(db: Queryable, filter: EventFilter): Promise<YearCount[]> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const { rows } = await db.query<{ year: string; key: string; n: string }>(
    `select coalesce(substr(e.date, 1, 4), 'undated') as year, e.type as key, count(distinct coalesce(e.cluster, e.id::text)) as n
     from events e ${where.length ? `where ${where.join(" and ")}` : ""} group by 1, 2 order by 1, 2`, params);
  return rows.map((r) => ({ year: r.year, key: r.key, count: Number(r.n) }));
}
