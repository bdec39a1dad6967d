// Who meets whom: persons (or states) as nodes, an edge between two that took part in one event,
// weighted by their engagements together (real-world events, each cluster once).
import type { Queryable } from "../database.js";
import { eventConditions, onDyadRows, type EventFilter } from "./events.js";

export interface NetworkNode {
  /** A person's store id, or a state's ISO code. */
  id: string;
  label: string;
  country: string | null;
  /** Engagements of the node within the edges kept. */
  weight: number;
}

export interface NetworkEdge { source: string; target: string; weight: number }

export interface Network {
  kind: "persons" | "states";
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Ties (pairs that engaged together) under the filter, of which `edges` are the heaviest. */
  ties: number;
}

/** Edges a network keeps by default: a force layout of more takes the browser too long (150
 * ties join some 160 persons, a third of a second to lay out) and reads no better. */
export const NETWORK_EDGES = 75;

/** The most edges a network gives: beyond, a graph is a hairball that takes seconds to lay out. */
export const NETWORK_EDGES_MAX = 1000;

/** The `limit` heaviest edges among the filtered events, and the nodes they join. */
export async function network(db: Queryable, filter: EventFilter, kind: "persons" | "states", limit = NETWORK_EDGES): Promise<Network> {
  const params: unknown[] = [];
  const { sql } = onDyadRows(filter) ? dyadPairs(filter, kind, params, limit) : eventPairs(filter, kind, params, limit);
  const { rows } = await db.query<{ source: string; target: string; n: string; ties: string }>(sql, params);
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
  return { kind, nodes, edges, ties: Number(rows[0]?.ties ?? 0) };
}

/** Pairs from each filtered event's own lists (participants' names, states' codes, both in its
 * row), not from the participant and dyad tables: the filtered events are read once, nothing per
 * event. Here and below, engagements are told apart by their distinct keys (hashed), as stats()
 * does, rather than by count(distinct), which sorts every pair. */
function eventPairs(filter: EventFilter, kind: "persons" | "states", params: unknown[], limit: number): { sql: string } {
  const where = eventConditions(filter, params);
  const top = `$${params.push(limit)}`;
  const list = kind === "persons" ? "participants" : "countries";
  const pairs = `select a, b, count(*) as n, count(*) over () as ties
    from (select distinct a, b, f.k
      from (select e.${list} as list, coalesce(e.cluster, e.id::text) as k from events e ${where.length ? `where ${where.join(" and ")}` : ""}) f,
        unnest(f.list) a, unnest(f.list) b
      where a < b) x
    group by a, b order by n desc, a, b limit ${top}`;
  return {
    sql: kind === "persons"
      ? `select pa.id::text as source, pb.id::text as target, x.n, x.ties from (${pairs}) x
         join persons pa on pa.name = x.a join persons pb on pb.name = x.b order by x.n desc, x.a, x.b`
      : `select x.a as source, x.b as target, x.n, x.ties from (${pairs}) x order by x.n desc, x.a, x.b`,
  };
}

/** The same pairs when the filter is on the dyad's rows alone (dyad, types, years): from those
 * rows (which carry the cluster) and, per row, the event's participants or dyads through their
 * primary keys, no event read. A dyad's events are a few percent of the store, which the planner
 * would rather find by reading every event (hash join): seconds on 100,000 articles. The lateral
 * aggregate is asked once per dyad row, through the index. */
function dyadPairs(filter: EventFilter, kind: "persons" | "states", params: unknown[], limit: number): { sql: string } {
  const where = eventConditions(filter, params, true).join(" and ");
  const top = `$${params.push(limit)}`;
  if (kind === "states") {
    return {
      sql: `select split_part(x.dyad, '-', 1) as source, split_part(x.dyad, '-', 2) as target, count(*) as n, count(*) over () as ties
        from (select distinct coalesce(d.cluster, d.event_id::text) as k, unnest(s.dyads) as dyad from event_dyads d
          cross join lateral (select array_agg(d2.dyad) as dyads from event_dyads d2 where d2.event_id = d.event_id) s
          where ${where}) x
        group by x.dyad order by n desc, x.dyad limit ${top}`,
    };
  }
  // Ordered by name as eventPairs orders them, so that both keep the same ties at the limit: the
  // heaviest pairs with every pair as heavy as the last (with ties), then their names.
  return {
    sql: `select case when pa.name < pb.name then pa.id else pb.id end::text as source,
        case when pa.name < pb.name then pb.id else pa.id end::text as target, x.n, x.ties
      from (select a, b, count(*) as n, count(*) over () as ties
        from (select distinct a, b, f.k
          from (select coalesce(d.cluster, d.event_id::text) as k, p.ids from event_dyads d
            cross join lateral (select array_agg(ep.person_id) as ids from event_participants ep where ep.event_id = d.event_id) p
            where ${where}) f, unnest(f.ids) a, unnest(f.ids) b
          where a < b) y
        group by a, b order by n desc fetch first ${top} rows with ties) x
      join persons pa on pa.id = x.a join persons pb on pb.id = x.b
      order by x.n desc, least(pa.name, pb.name), greatest(pa.name, pb.name) limit ${top}`,
  };
}
