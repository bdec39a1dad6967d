// How many events a filter keeps, counted up to a cap: past it a list says "10,000+" and its
// count stops early, where an exact count of a broad filter on a large store reads every match.
// A text that many articles match is counted over the events of the first of them: "5,210+".
import type { Queryable } from "../database.js";
import { eventConditions, onDyadRows, type EventFilter } from "./events.js";
import { textArticles, type TextArticles } from "./textArticles.js";

export interface CappedCount {
  total: number;
  /** False when there may be more than `total` (the cap, or what the first matching articles hold). */
  exact: boolean;
}

export async function countEventsUpTo(db: Queryable, filter: EventFilter, cap: number): Promise<CappedCount> {
  return countFoundUpTo(db, await textArticles(db, filter), cap);
}

/** The count of a filter whose text search was looked up already (a list and its total share it). */
export async function countFoundUpTo(db: Queryable, found: TextArticles, cap: number): Promise<CappedCount> {
  if (found.some) {
    // More articles match than are quickly read: the events of the first of them are a lower bound.
    const { text, textCommon, ...rest } = found.filter;
    const some = await countUpTo(db, { ...rest, articleIds: found.some }, cap);
    return { total: some.total, exact: false };
  }
  return countUpTo(db, found.filter, cap);
}

async function countUpTo(db: Queryable, filter: EventFilter, cap: number): Promise<CappedCount> {
  const params: unknown[] = [];
  // A dyad's rows alone answer a filter on the dyad, types and dates: no event row is read.
  const dyadRows = onDyadRows(filter);
  const where = eventConditions(filter, params, dyadRows);
  const { rows } = await db.query<{ n: string }>(
    `select count(*) as n from (select 1 from ${dyadRows ? "event_dyads d" : "events e"} ${where.length ? `where ${where.join(" and ")}` : ""}
     limit $${params.push(cap + 1)}) x`, params);
  const n = Number(rows[0]?.n ?? 0);
  return n > cap ? { total: cap, exact: false } : { total: n, exact: true };
}
