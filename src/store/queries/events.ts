// The events query behind `attache events`, the export and the API: filters by state, dyad,
// person, type, date range and full text, newest last, with each event's evidence and source.
import type { EventMode, EventResult, EventType } from "../../extract/result.js";
import type { Queryable } from "../database.js";
import { textArticles } from "./textArticles.js";

export interface EventFilter {
  /** Events any of these states took part in (ISO codes). */
  country?: string[];
  /** Two states that both took part: "RU-CN". */
  dyad?: string;
  /** A person taking part, by canonical name or a form seen in the articles. */
  person?: string;
  /** A person taking part, by the store's id (a dossier's engagements). */
  personId?: number;
  /** The reports of one real-world event. */
  cluster?: string;
  /** Events of these articles only. */
  articleIds?: string[];
  type?: EventType[];
  /** Calls held this way (in person, video, phone). */
  mode?: EventMode[];
  /** Events under any of these frameworks, by name as stored. */
  framework?: string[];
  /** Events reported by articles of these outlets. */
  outlet?: string[];
  /** Inclusive bounds, YYYY[-MM[-DD]]; an event known to the month is kept when that month overlaps. */
  from?: string;
  to?: string;
  /** Full-text search over the article, whose sentence the evidence is (web-search syntax: words, "phrases", -not, or). */
  text?: string;
  /** Many articles match the text (see textArticles.ts): each event's article is asked in the
   * list's order, which fills a page soon, rather than every matching article read first. */
  textCommon?: boolean;
  limit?: number;
  offset?: number;
  /** By date (undated last; the default), newest first (undated last), or by article and the order
   * the article reports them. */
  order?: "date" | "recent" | "article";
}

export interface StoredEvent extends EventResult {
  id: string;
  articleId: string;
  /** "ARTICLE#N": the article and the event's place in it, from 1 (how corrections name a report). */
  report: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

interface EventRow {
  id: string; article_id: string; type: EventType; mode: EventMode | null; date: string | null; date_end: string | null;
  location: string | null; location_country: string | null; countries: string[]; frameworks: string[]; is_primary: boolean;
  confidence: number; evidence: string; evidence_start: number; evidence_end: number; participants: string[]; cluster: string | null; ordinal: number;
  source: string; url: string | null; outlet: string | null; published: string | null;
}

/** Bounds of a partial date: "2023-04" as a lower bound is 2023-04-01, as an upper bound 2023-04-31. */
const lowerBound = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** New Year's day of the date's year: a partial date ("2023", "2023-04") never spans two years,
 * so an event that ends on or after a day began on or after this. */
const yearStart = (d: string) => `${d.slice(0, 4)}-01-01`;
const upperBound = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** A dyad as event_dyads stores it: "CN-RU", the codes in alphabetical order. */
const dyadKey = (dyad: string) => dyad.toUpperCase().split(/[-,/]/).filter(Boolean).sort().join("-");

/** The WHERE clause and its parameters for a filter (events aliased `e`). With `dyadJoined`, the
 * query reads the dyad's rows as `d` (event_dyads d join events e) and the dyad is a condition on d. */
export function eventConditions(filter: EventFilter, params: unknown[], dyadJoined = false): string[] {
  const where: string[] = [];
  const param = (v: unknown) => { params.push(v); return `$${params.length}`; };
  // Bounds on the indexed first day (of the dyad's rows and of the events), so a scan starts and
  // stops there. Joined, on d only: the same bound again on e makes the planner count too few
  // rows and sort every match rather than walk the index in order.
  const firstDay: string[] = [];
  if (filter.from) firstDay.push(`date_lo >= ${param(yearStart(filter.from))}`);
  if (filter.to) firstDay.push(`date_lo <= ${param(upperBound(filter.to))}`);
  // A dyad's rows carry their event's type, and (dyad, type, date_lo) is an index: with the type
  // there, a dyad and type read only the rows of both.
  const type = filter.type?.length ? `type = any(${param(filter.type)}::text[])` : null;
  if (filter.dyad) {
    const dyad = [`d.dyad = ${param(dyadKey(filter.dyad))}`, ...(type ? [`d.${type}`] : []), ...firstDay.map((c) => `d.${c}`)];
    where.push(dyadJoined ? dyad.join(" and ") : `e.id in (select d.event_id from event_dyads d where ${dyad.join(" and ")})`);
  } else if (type) where.push(`e.${type}`);
  if (!dyadJoined) where.push(...firstDay.map((c) => `e.${c}`));
  if (filter.country?.length) where.push(`e.countries && ${param(filter.country.map((c) => c.toUpperCase()))}::text[]`);
  if (filter.mode?.length) where.push(`e.mode = any(${param(filter.mode)}::text[])`);
  if (filter.framework?.length) where.push(`e.frameworks && ${param(filter.framework)}::text[]`);
  if (filter.outlet?.length) where.push(`e.article_id in (select id from articles where outlet = any(${param(filter.outlet)}::text[]))`);
  // An event known to the month or the year is kept while its last possible day reaches the bound.
  // From a year, the first day's bound above already keeps only those.
  if (filter.from && lowerBound(filter.from) !== yearStart(filter.from)) where.push(`e.date_hi >= ${param(lowerBound(filter.from))}`);
  if (filter.person) {
    const p = param(filter.person);
    where.push(`e.id in (select ep.event_id from event_participants ep join persons p on p.id = ep.person_id
      where p.name ilike '%' || ${p} || '%' or exists (select 1 from person_aliases a where a.person_id = p.id and a.alias ilike '%' || ${p} || '%'))`);
  }
  if (filter.cluster !== undefined) where.push(`e.cluster = ${param(filter.cluster)}`);
  if (filter.articleIds) where.push(`e.article_id = any(${param(filter.articleIds)}::text[])`);
  if (filter.personId !== undefined) where.push(`e.id in (select event_id from event_participants where person_id = ${param(filter.personId)})`);
  // The article's text (the evidence is one of its sentences). As a semi-join the planner may walk
  // events by date while most articles match, or start from the few that do. When many match
  // (textCommon), each event's article is asked as the list is walked: "offset 0" keeps the
  // planner from making that a join, which it would start from the matching articles on an
  // estimate worst for phrases (130 for 10,900). It asks as the function article_matches did,
  // without a function call per event: a page of a word in 4% of 100,000 articles took 47 ms
  // instead of 67.
  if (filter.text) {
    const query = `websearch_to_tsquery('english', ${param(filter.text)})`;
    const matches = `select 1 from articles x where x.id = e.article_id and x.search @@ ${query}`;
    where.push(filter.textCommon ? `exists (${matches} offset 0)` : `exists (${matches})`);
  }
  return where;
}

/** Whether a filter's conditions are all on the dyad's rows (dyad, type, first day), so that
 * counting needs no event row: what eventConditions puts on `d` and not on `e`. */
export function onDyadRows(filter: EventFilter): boolean {
  const { dyad, type, from, to, limit, offset, order, ...rest } = filter;
  return dyad !== undefined && (from === undefined || lowerBound(from) === yearStart(from))
    && Object.values(rest).every((v) => v === undefined);
}

/** The event's own columns of a StoredEvent; the article's are joined to a page once it is cut. */
const EVENT_COLUMNS = `e.id, e.article_id, e.type, e.mode, e.date, e.date_end, e.location, e.location_country, e.countries, e.frameworks,
  e.is_primary, e.confidence, e.evidence, e.evidence_start, e.evidence_end, e.participants, e.cluster, e.ordinal`;

/** The SQL (and its parameters) of one page of the filtered events in the filter's order, reading
 * `columns` of the events `e`; the page's rows are ordered by the outer query's `order`. */
export function eventPage(filter: EventFilter, columns: string): { sql: string; params: unknown[]; order: string } {
  // A dyad timeline walks the dyad's (dyad, type, date_lo) or (dyad, date_lo) index range in order
  // and joins each row's event: a page stops after its last event instead of fetching and sorting
  // every match.
  const dyadJoined = filter.dyad !== undefined;
  const order = (by: string) => (filter.order === "article" ? "e.article_id, e.ordinal"
    : filter.order === "recent" ? `${by}.date_lo desc nulls last, e.article_id desc, e.ordinal desc`
    : `${by}.date_lo nulls last, e.article_id, e.ordinal`);
  const params: unknown[] = [];
  const param = (v: unknown) => { params.push(v); return `$${params.length}`; };
  const where = eventConditions(filter, params, dyadJoined);
  const from = dyadJoined ? "event_dyads d join events e on e.id = d.event_id" : "events e";
  const limit = param(filter.limit ?? null);
  const offset = param(filter.offset ?? 0);
  const sql = `select ${columns}, e.date_lo from ${from} ${where.length ? `where ${where.join(" and ")}` : ""}
    order by ${order(dyadJoined ? "d" : "e")} limit ${limit} offset ${offset}`;
  return { sql, params, order: order("e") };
}

export async function findEvents(db: Queryable, filter: EventFilter = {}): Promise<StoredEvent[]> {
  // Articles are read for the page's events only, not for every match the page is cut from.
  const page = eventPage((await textArticles(db, filter)).filter, EVENT_COLUMNS);
  const { rows } = await db.query<EventRow>(
    `select e.*, a.source, a.url, a.outlet, a.published from (${page.sql}) e join articles a on a.id = e.article_id order by ${page.order}`,
    page.params,
  );
  return rows.map(toStoredEvent);
}

export async function countEvents(db: Queryable, filter: EventFilter = {}): Promise<number> {
  const params: unknown[] = [];
  const where = eventConditions(filter, params);
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from events e ${where.length ? `where ${where.join(" and ")}` : ""}`, params);
  return Number(rows[0]?.n ?? 0);
}

function toStoredEvent(r: EventRow): StoredEvent {
  return {
    id: String(r.id), articleId: r.article_id, type: r.type, mode: r.mode, date: r.date, dateEnd: r.date_end,
    location: r.location, locationCountry: r.location_country, participants: r.participants, countries: r.countries,
    frameworks: r.frameworks, primary: r.is_primary, confidence: Number(r.confidence),
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence }, cluster: r.cluster, report: `${r.article_id}#${r.ordinal + 1}`,
    source: r.source, url: r.url, outlet: r.outlet, published: r.published,
  };
}
