// Real-world events: the reports of one cluster with their merged facts, and how many reports
// each cluster of a page has.
import { mergeReports } from "../../cluster/mergeReports.js";
import type { EventResult } from "../../extract/result.js";
import type { Queryable } from "../database.js";
import { findEvents, type StoredEvent } from "./events.js";

export interface RealWorldEvent {
  cluster: string;
  /** The facts of the reports merged: most precise date, every participant, state, framework. */
  merged: EventResult;
  reports: StoredEvent[];
  /** The distinct outlets that reported it. */
  outlets: string[];
}

/** One cluster's event, or null when no report carries that cluster id. */
export async function realWorldEvent(db: Queryable, cluster: string): Promise<RealWorldEvent | null> {
  const reports = await findEvents(db, { cluster, order: "article" });
  if (!reports.length) return null;
  return {
    cluster,
    merged: mergeReports(reports),
    reports,
    outlets: [...new Set(reports.map((r) => r.outlet).filter((o): o is string => o !== null))].sort(),
  };
}

/** Reports per cluster, for the clusters given. */
export async function clusterSizes(db: Queryable, clusters: string[]): Promise<Map<string, number>> {
  if (!clusters.length) return new Map();
  const { rows } = await db.query<{ cluster: string; n: string }>(
    "select cluster, count(*) as n from events where cluster = any($1::text[]) group by cluster", [clusters]);
  return new Map(rows.map((r) => [r.cluster, Number(r.n)]));
}
