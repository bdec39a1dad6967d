// Clustering in the store, incremental: the events of newly stored articles join the clusters of
// the reports already stored, found through the dyad index around their dates, or found their
// own. Nothing else is recomputed, and a stored event's cluster never changes. The clusters are
// given before the new events are inserted, so each is written once (an update after the insert
// left a dead row behind for each event, and a new entry in each of its indexes).
import { ClusterIndex, clusterName, statePairs } from "../cluster/clusterIndex.js";
import { eventSignature, exerciseEdition, type EventSignature } from "../cluster/eventSignature.js";
import { joinsThroughParticipants, maxDayGap, namelessNeedsSameDay, personBlocks } from "../cluster/sameEvent.js";
import type { Queryable } from "./database.js";

/** A stored report, as clustering reads it. */
interface EventRow extends NewEvent {
  cluster: string | null;
}

/** A report about to be stored, with its row id. */
export interface NewEvent {
  id: string;
  article_id: string;
  published: string | null;
  type: string;
  date: string | null;
  date_end: string | null;
  location: string | null;
  location_country: string | null;
  countries: string[];
  participants: string[];
  evidence: string;
  /** The cluster this report was in before its article was stored again (a reprocess, a changed
   * file), if it was stored before. */
  previousCluster?: string | null;
}

/** What a signature needs of a stored report. Its article's day matters only when it is undated
 * (a report cannot tell of what came after it), its evidence only for an exercise's edition:
 * reading the article of every candidate would double the rows read. */
const COLUMNS = `e.id, e.article_id, e.type, e.date, e.date_end, e.location, e.location_country, e.countries, e.participants,
  case when e.date is null then (select a.published from articles a where a.id = e.article_id) end as published,
  case when e.type = 'exercise' then e.evidence else '' end as evidence, e.cluster`;

/** How long before a new report's first day a stored report's first day may lie: a month-precise
 * date, or a stay of some weeks, plus the tolerance. Stored reports known only to the year start
 * on New Year's day, out of that reach: they are looked for by it. A window as wide as a year
 * would read a year of the dyad's reports for every new one. Within the window, a stored report
 * is read only when its days, from its first to its last, come within its type's tolerance
 * (maxDayGap) of the new one's. */
const LOOK_BEFORE_DAYS = 62;

/** Each day's ISO form, remembered: a batch's probes ask the same few thousand days again and
 * again, and making each anew was a fifth of the JavaScript time of clustering in the store
 * (0.3 s of 1.6 s for 20,000 generated articles into PGlite). */
const isoDays = new Map<number, string>();
function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) isoDays.set(day, (iso = new Date(day * 86_400_000).toISOString().slice(0, 10)));
  return iso;
}

/** New Year's days ("2019-01-01") of the years the days from `first` to `last` touch. */
function yearStarts(first: number, last: number): string[] {
  const out: string[] = [];
  for (let y = Number(isoDay(first).slice(0, 4)); y <= Number(isoDay(last).slice(0, 4)); y++) out.push(`${y}-01-01`);
  return out;
}

/** What the look-up reads of a dyad row to tell whether its report could be one event with a new one. */
const DYAD_ROW = "d.cluster, d.person_blocks, d.edition, d.date_lo, d.date_hi";

const signatureOf = (r: NewEvent): EventSignature => eventSignature(r.article_id, r.published, r);

/** The day a report of `type` that names nobody must share with one that names somebody (or
 * nobody) to be one event: a meeting, call or agreement needs the same day ("" when its own date
 * is coarser: none), a visit does not (null), nor the types that do not join through
 * participants. */
function sameDayOf(type: string, s: EventSignature): string | null {
  if (!namelessNeedsSameDay(type)) return null;
  return s.date?.length === 10 ? s.date : "";
}

/** A report placed in its cluster, with the signature it was compared by. */
export interface ClusteredEvent {
  cluster: string;
  signature: EventSignature;
  /** Its participants' blocks (personBlocks), which the look-up compared and its dyad rows keep. */
  blocks: string[];
}

/** The cluster of each of the `fresh` reports (in the order given: the order they were read),
 * among the stored reports and those before it in `fresh`. Their participants must be named as
 * the analyst's person corrections name them. */
export async function clusterNewEvents(tx: Queryable, fresh: NewEvent[]): Promise<ClusteredEvent[]> {
  if (!fresh.length) return [];

  // The stored clusters that could hold a new report: same type, a pair of states in common,
  // a first day near its dates (or no date on either side).
  const freshSignatures = fresh.map(signatureOf);
  const freshBlocks = freshSignatures.map((s) => [...new Set(s.persons.flatMap(personBlocks))]);
  const probes = fresh.flatMap((r, i) => {
    const s = freshSignatures[i]!;
    const gap = maxDayGap(r.type);
    const lo = s.first === null ? null : isoDay(s.first - LOOK_BEFORE_DAYS);
    const hi = s.last === null ? null : isoDay(s.last + gap);
    const reach = s.first === null ? null : isoDay(s.first - gap);
    const years = s.first === null ? [] : yearStarts(s.first - gap, s.last! + gap);
    const throughParticipants = joinsThroughParticipants(r.type);
    const blocks = s.persons.length && throughParticipants ? freshBlocks[i]! : null;
    return statePairs(r.countries).map((dyad) => ({
      type: r.type, dyad, lo, hi, reach, years, blocks, edition: s.edition,
      first: s.first === null ? null : isoDay(s.first), last: s.last === null ? null : isoDay(s.last), day: s.first !== null && s.first === s.last,
      nameless: throughParticipants && !s.persons.length, sameDay: sameDayOf(r.type, s),
    }));
  });
  // Each probe walks its (dyad, type, date_lo, date_hi) index range, whose rows carry the cluster
  // of their report, its days, its participants' blocks and an exercise's edition. Rows of
  // reports the new one cannot be one event with (sameEventScore) are skipped: of another
  // edition; with days that neither overlap nor, both single days, lie within the tolerance; of
  // other officials; naming nobody where a meeting, call or agreement then needs the same day.
  // (In one statement the planner, blind to how few probes there are, hashes every event of the
  // type instead.)
  const candidates = (await tx.manyRows<{ cluster: string }>(
    `with p as (select * from jsonb_to_recordset($1::jsonb) as x(type text, dyad text, lo text, hi text, reach text, years text[],
       blocks text[], edition text, first text, last text, day boolean, nameless boolean, "sameDay" text))
     select distinct c.cluster from p cross join lateral (
       select ${DYAD_ROW} from event_dyads d where d.dyad = p.dyad and d.type = p.type and p.lo is not null and d.date_lo between p.lo and p.hi and d.date_hi >= p.reach
       union all
       select ${DYAD_ROW} from event_dyads d where d.dyad = p.dyad and d.type = p.type and d.date_lo = any(p.years) and d.date_lo < p.lo and d.date_hi >= p.reach
       union all
       select ${DYAD_ROW} from event_dyads d where d.dyad = p.dyad and d.type = p.type and d.date_lo is null
       union all
       select ${DYAD_ROW} from event_dyads d where d.dyad = p.dyad and d.type = p.type and p.lo is null
     ) c where c.cluster is not null
       and (p.edition is null or c.edition is null or c.edition = p.edition)
       and (p.type = 'exercise' or p.first is null or c.date_lo is null or (p.day and c.date_lo = c.date_hi) or (c.date_lo <= p.last and c.date_hi >= p.first))
       and (p.blocks is null or c.person_blocks && p.blocks or (c.person_blocks = '{}' and (p."sameDay" is null or c.date_lo = p."sameDay")))
       and (not p.nameless or p."sameDay" is null or c.date_lo = p."sameDay")`,
    [JSON.stringify(probes)],
  )).map((r) => r.cluster);

  // A new cluster is named by its founding report, and numbered by its row: unique in the store.
  const founderId = new Map<EventSignature, string>();
  const founded = new Set<string>();
  const index = new ClusterIndex((founder) => {
    const id = `${clusterName(founder)}-${founderId.get(founder)}`;
    founded.add(id);
    return id;
  });
  if (candidates.length) {
    const members = await tx.manyRows<EventRow>(
      `select ${COLUMNS} from events e where e.cluster = any($1::text[]) order by e.id`,
      [candidates],
    );
    const byCluster = new Map<string, EventSignature[]>();
    for (const m of members) {
      const list = byCluster.get(m.cluster!) ?? [];
      list.push(signatureOf(m));
      byCluster.set(m.cluster!, list);
    }
    for (const [id, sigs] of byCluster) index.load({ id, members: sigs });
  }
  const placed = fresh.map((r, i) => {
    const sig = freshSignatures[i]!;
    founderId.set(sig, r.id);
    return { cluster: index.add(sig), signature: sig, blocks: freshBlocks[i]! };
  });
  await keepPreviousIds(tx, fresh, placed, founded);
  return placed;
}

/** Gives a cluster founded now the id its reports' cluster had before they were stored again,
 * when no stored report holds that id any more: a reprocess, or a changed file stored again,
 * keeps the links to its events. The readable part of such an id tells of the report that
 * founded the cluster first. Where reports of one earlier cluster found several, the one with
 * most of them keeps its id (the first founded, on a tie); the others get new ids. */
async function keepPreviousIds(tx: Queryable, fresh: NewEvent[], placed: ClusteredEvent[], founded: Set<string>): Promise<void> {
  const votes = new Map<string, Map<string, number>>();
  fresh.forEach((r, i) => {
    const cluster = placed[i]!.cluster;
    if (!r.previousCluster || !founded.has(cluster)) return;
    const counts = votes.get(cluster) ?? new Map<string, number>();
    counts.set(r.previousCluster, (counts.get(r.previousCluster) ?? 0) + 1);
    votes.set(cluster, counts);
  });
  if (!votes.size) return;
  const wanted = [...new Set([...votes.values()].flatMap((counts) => [...counts.keys()]))];
  const taken = new Set((await tx.query<{ cluster: string }>(
    "select distinct cluster from events where cluster = any($1::text[])", [wanted])).rows.map((r) => r.cluster));
  // Votes by count, then in the order the clusters were founded (Map order) and the order the reports were read.
  const ranked = [...votes].flatMap(([cluster, counts], order) => [...counts].map(([previous, n]) => ({ cluster, previous, n, order })))
    .sort((a, b) => b.n - a.n || a.order - b.order);
  const renamed = new Map<string, string>();
  for (const { cluster, previous } of ranked) {
    if (renamed.has(cluster) || taken.has(previous)) continue;
    renamed.set(cluster, previous);
    taken.add(previous);
  }
  for (const p of placed) p.cluster = renamed.get(p.cluster) ?? p.cluster;
}

/** Exercises read at a time when their editions are filled in. */
const EDITION_PAGE = 20_000;

/** Fills the edition on the dyad rows of exercises stored before the rows kept it (migration 14). */
export async function fillExerciseEditions(tx: Queryable, page = EDITION_PAGE): Promise<void> {
  for (let after = "0"; ;) {
    const { rows } = await tx.query<{ id: string; evidence: string }>(
      "select e.id::text as id, e.evidence from events e where e.type = 'exercise' and e.id > $1::bigint order by e.id limit $2", [after, page]);
    if (!rows.length) return;
    const editions = rows.map((r) => ({ id: r.id, edition: exerciseEdition(r.evidence) })).filter((r) => r.edition !== null);
    await tx.query(
      "update event_dyads d set edition = x.edition from jsonb_to_recordset($1::jsonb) as x(id bigint, edition text) where d.event_id = x.id",
      [JSON.stringify(editions)],
    );
    after = rows.at(-1)!.id;
  }
}
