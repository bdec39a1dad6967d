// Who meets whom: persons (or states) as nodes, an edge between two that took part in one event,
// weighted by their engagements together (real-world events, each cluster once).
import type { Queryable } from "../database.js";
import { eventConditions, type EventFilter } from "./events.js";

export interface NetworkNode {
  /** A person's store id, or a state's ISO code. */
  id: string;
  label: string;
  country: string | null;
  /** Engagements of the node within the edges kept. */
  weight: number;
}

export interface NetworkEdge { source: string; target: string; weight: number }

export interface Network { kind: "persons" | "states"; nodes: NetworkNode[]; edges: NetworkEdge[] }

/** The `limit` heaviest edges among the filtered events, and the nodes they join. */
export async function network(db: Queryable, filter: EventFilter, kind: "persons" | "states", limit = 150): Promise<Network> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const top = `$${params.push(limit)}`;
  // Pairs come from each event's own lists (participants' names, states' codes, both in its row),
  // not from the participant and dyad tables: the filtered events are read once, nothing per event.
  const list = kind === "persons" ? "participants" : "countries";
  const pairs = `select a, b, count(distinct f.k) as n
    from (select e.${list} as list, coalesce(e.cluster, e.id::text) as k from events e ${where.length ? `where ${where.join(" and ")}` : ""}) f,
      unnest(f.list) a, unnest(f.list) b
    where a < b group by a, b order by n desc, a, b limit ${top}`;
  const sql = kind === "persons"
    ? `select pa.id::text as source, pb.id::text as target, x.n from (${pairs}) x
       join persons pa on pa.name = x.a join persons pb on pb.name = x.b order by x.n desc, x.a, x.b`
    : `select x.a as source, x.b as target, x.n from (${pairs}) x order by x.n desc, x.a, x.b`;
  const { rows } = await db.query<{ source: string; target: string; n: string }>(sql, params);
  const edges = rows.map((r) => ({ source: r.source, target: r.target, weight: Number(r.n) }));
  const weights = new Map<string, number>();
  for (const e of edges) for (const id of [e.source, e.target]) weights.set(id, (weights.get(id) ?? 0) + e.weight);
  const ids = [...weights.keys()];
  let labels = new Map<string, { label: string; country: string | null }>(ids.map((id) => [id, { label: id, country: id }]));
  if (kind === "persons" && ids.length) {
    const persons = await db.query<{ id: number; name: string; country: string | null }>(
      "select id, name, country from persons where id = any($1::int[])", [ids.map(Number)]);
    labels = new Map(persons.rows.map((p) => [String(p.id), { label: p.name, country: p.country }]));
  }
  const nodes = ids.map((id) => ({ id, label: labels.get(id)?.label ?? id, country: labels.get(id)?.country ?? null, weight: weights.get(id)! }));
  return { kind, nodes, edges };
}
