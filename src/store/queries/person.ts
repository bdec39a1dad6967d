// A person's dossier: the names the articles use, the posts they held over time with the
// articles that state them, their engagements and their counterparts.
import type { Queryable } from "../database.js";
import { findEvents, type StoredEvent } from "./events.js";

export interface PersonMatch {
  id: number;
  name: string;
  country: string | null;
}

export interface PostHeld {
  title: string;
  /** Publication dates of the first and last article stating it. */
  firstSeen: string | null;
  lastSeen: string | null;
  articles: string[];
}

export interface Counterpart {
  name: string;
  country: string | null;
  engagements: number;
}

export interface Dossier extends PersonMatch {
  names: string[];
  posts: PostHeld[];
  engagements: StoredEvent[];
  counterparts: Counterpart[];
}

/** Persons a name may stand for: the exact name or form first, else names and forms containing it. */
export async function matchPersons(db: Queryable, name: string): Promise<PersonMatch[]> {
  const exact = await db.query<PersonMatch>(
    `select distinct p.id, p.name, p.country from persons p left join person_aliases a on a.person_id = p.id
     where lower(p.name) = lower($1) or lower(a.alias) = lower($1) order by p.name`, [name]);
  if (exact.rows.length) return exact.rows;
  const { rows } = await db.query<PersonMatch>(
    `select distinct p.id, p.name, p.country from persons p left join person_aliases a on a.person_id = p.id
     where p.name ilike '%' || $1 || '%' or a.alias ilike '%' || $1 || '%' order by p.name limit 20`, [name]);
  return rows;
}

export async function dossier(db: Queryable, person: PersonMatch): Promise<Dossier> {
  const names = await db.query<{ alias: string }>("select alias from person_aliases where person_id = $1 order by alias", [person.id]);
  const posts = await db.query<{ title: string; first_seen: string | null; last_seen: string | null; articles: string[] }>(
    `select h.title, min(a.published) as first_seen, max(a.published) as last_seen, array_agg(a.id order by a.published nulls last, a.id) as articles
     from posts_held h join articles a on a.id = h.article_id where h.person_id = $1
     group by h.title order by min(a.published) nulls last, h.title`, [person.id]);
  const engagements = await findEvents(db, { personId: person.id });
  const counterparts = await db.query<{ name: string; country: string | null; n: string }>(
    `select p.name, p.country, count(distinct ep2.event_id) as n
     from event_participants ep1 join event_participants ep2 on ep2.event_id = ep1.event_id and ep2.person_id <> ep1.person_id
     join persons p on p.id = ep2.person_id
     where ep1.person_id = $1 group by p.name, p.country order by n desc, p.name`, [person.id]);
  return {
    ...person,
    names: names.rows.map((r) => r.alias),
    posts: posts.rows.map((r) => ({ title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, articles: r.articles })),
    engagements,
    counterparts: counterparts.rows.map((r) => ({ name: r.name, country: r.country, engagements: Number(r.n) })),
  };
}
