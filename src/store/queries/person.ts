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
  /** By date; when limited, the latest, newest first. */
  engagements: StoredEvent[];
  /** Reports of events the person took part in, shown or not. */
  engagementsTotal: number;
  /** Most engagements together first. */
  counterparts: Counterpart[];
  counterpartsTotal: number;
}

/** How many engagements and counterparts a dossier lists at most (all when absent). */
export interface DossierLimits { engagements?: number; counterparts?: number }

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

export async function dossier(db: Queryable, person: PersonMatch, limits: DossierLimits = {}): Promise<Dossier> {
  const names = await db.query<{ alias: string }>("select alias from person_aliases where person_id = $1 order by alias", [person.id]);
  const posts = await db.query<{ title: string; first_seen: string | null; last_seen: string | null; articles: string[] }>(
    `select h.title, min(a.published) as first_seen, max(a.published) as last_seen, array_agg(a.id order by a.published nulls last, a.id) as articles
     from posts_held h join articles a on a.id = h.article_id where h.person_id = $1
     group by h.title order by min(a.published) nulls last, h.title`, [person.id]);
  const engagements = await findEvents(db, limits.engagements === undefined
    ? { personId: person.id }
    : { personId: person.id, order: "recent", limit: limits.engagements });
  const engagementsTotal = limits.engagements === undefined || engagements.length < limits.engagements ? engagements.length
    : Number((await db.query<{ n: string }>("select count(*) as n from event_participants where person_id = $1", [person.id])).rows[0]!.n);
  const counterparts = await db.query<{ name: string; country: string | null; n: string; total: string }>(
    `select p.name, p.country, count(distinct ep2.event_id) as n, count(*) over () as total
     from event_participants ep1 join event_participants ep2 on ep2.event_id = ep1.event_id and ep2.person_id <> ep1.person_id
     join persons p on p.id = ep2.person_id
     where ep1.person_id = $1 group by p.name, p.country order by n desc, p.name limit $2`, [person.id, limits.counterparts ?? null]);
  return {
    ...person,
    names: names.rows.map((r) => r.alias),
    posts: posts.rows.map((r) => ({ title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, articles: r.articles })),
    engagements,
    engagementsTotal,
    counterparts: counterparts.rows.map((r) => ({ name: r.name, country: r.country, engagements: Number(r.n) })),
    counterpartsTotal: Number(counterparts.rows[0]?.total ?? 0),
  };
}
