// How many events a filter keeps, counted up to a cap: past it a list says "10,000+" and its
// count stops early, where an exact count of a broad filter on a large store reads every match.
import type { Queryable } from "../database.js";
import { eventConditions, type EventFilter } from "./events.js";

export interface CappedCount {
  total: number;
  /** False when there are more than `total` (the cap). */
  exact: boolean;
}

export async function countEventsUpTo(db: Queryable, filter: EventFilter, cap: number): Promise<CappedCount> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const { rows } = await db.query<{ n: string }>(
    `select count(*) as n from (select 1 from events e ${where.length ? `where ${where.join(" and ")}` : ""} limit $${params.push(cap + 1)}) x`, params);
  const n = Number(rows[0]?.n ?? 0);
  return n > cap ? { total: cap, exact: false } : { total: n, exact: true };
}
