// Persons to browse: those whose name or a form seen in the articles contains the query (all
// when none), most engaged first, with how many events each took part in.
import type { Queryable } from "../database.js";
import type { PersonMatch } from "./person.js";

export interface ListedPerson {
  id: number;
  name: string;
  country: string | null;
  /** Reports of events the person took part in. */
  engagements: number;
}

export async function listPersons(db: Queryable, q: string, limit: number, offset: number): Promise<{ total: number; persons: ListedPerson[] }> {
  const match = q
    ? `where p.name ilike '%' || $1 || '%' or exists (select 1 from person_aliases a where a.person_id = p.id and a.alias ilike '%' || $1 || '%')`
    : "where $1 = ''";
  // Engagements are counted for the persons found only (through the index by person), not for
  // every participant of every event and then joined.
  const { rows } = await db.query<{ id: number; name: string; country: string | null; n: string; total: string }>(
    `select p.id, p.name, p.country, (select count(*) from event_participants ep where ep.person_id = p.id) as n, count(*) over () as total
     from persons p ${match} order by n desc, p.name limit $2 offset $3`, [q, limit, offset]);
  return {
    total: Number(rows[0]?.total ?? 0),
    persons: rows.map((r) => ({ id: r.id, name: r.name, country: r.country, engagements: Number(r.n) })),
  };
}

export async function personById(db: Queryable, id: number): Promise<PersonMatch | null> {
  const { rows } = await db.query<PersonMatch>("select id, name, country from persons where id = $1", [id]);
  return rows[0] ?? null;
}
