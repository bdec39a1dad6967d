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

/** One per real-world event: its cluster, or the report itself when it has none. */
const EVENT = "count(distinct coalesce(e.cluster, e.id::text))";

/** The `limit` heaviest edges among the filtered events, and the nodes they join. */
export async function network(db: Queryable, filter: EventFilter, kind: "persons" | "states", limit = 150): Promise<Network> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const clause = where.length ? `and ${where.join(" and ")}` : "";
  const top = `$${params.push(limit)}`;
  const sql = kind === "persons"
    ? `select a.person_id::text as source, b.person_id::text as target, ${EVENT} as n
       from event_participants a join event_participants b on b.event_id = a.event_id and b.person_id > a.person_id
       join events e on e.id = a.event_id where true ${clause}
       group by a.person_id, b.person_id order by n desc, 1, 2 limit ${top}`
    : `select split_part(d.dyad, '-', 1) as source, split_part(d.dyad, '-', 2) as target, ${EVENT} as n
       from event_dyads d join events e on e.id = d.event_id where true ${clause}
       group by d.dyad order by n desc, d.dyad limit ${top}`;
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
