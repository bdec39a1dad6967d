// An analyst's corrections: decisions about persons and events that extraction and clustering
// got wrong, stored with their time and reason and applied again whenever articles are stored
// (a reprocess re-extracts, then the decisions hold again). A report of an event is named by its
// article and its position there, "ARTICLE#N" (N from 1, as `attache events` shows it).
import { z } from "zod";
import { personKey } from "../knowledge/nameKey.js";
import type { Queryable } from "./database.js";

const reportRef = z.string().regex(/^.+#\d+$/, "a report is ARTICLE#N");

export const correctionSchema = z.discriminatedUnion("kind", [
  /** `merge` is the same person as `keep`: its names, posts and engagements become keep's. */
  z.object({ kind: z.literal("person-merge"), keep: z.string().min(1), merge: z.string().min(1) }),
  /** In `articles`, `name` is another person, known from now on as `as`. */
  z.object({ kind: z.literal("person-split"), name: z.string().min(1), articles: z.array(z.string().min(1)).min(1), as: z.string().min(1) }),
  /** `report` tells of the same real-world event as `into`. */
  z.object({ kind: z.literal("event-merge"), report: reportRef, into: reportRef }),
  /** `report` is a real-world event of its own. */
  z.object({ kind: z.literal("event-split"), report: reportRef }),
  /** `report` is not an engagement at all. */
  z.object({ kind: z.literal("event-reject"), report: reportRef }),
]);
export type Correction = z.infer<typeof correctionSchema>;

export interface StoredCorrection {
  id: number;
  at: string;
  reason: string;
  correction: Correction;
  /** False when what it names is not (or no longer) in the store. */
  applies: boolean;
}

function parseReport(ref: string): { article: string; ordinal: number } {
  const at = ref.lastIndexOf("#");
  return { article: ref.slice(0, at), ordinal: Number(ref.slice(at + 1)) - 1 };
}

async function personId(tx: Queryable, name: string, create: boolean): Promise<number | null> {
  const known = await tx.query<{ id: number }>("select id from persons where name = $1", [name]);
  if (known.rows[0]) return known.rows[0].id;
  if (!create) return null;
  return (await tx.query<{ id: number }>("insert into persons (name, key) values ($1, $2) returning id", [name, personKey(name)])).rows[0]!.id;
}

/** Moves the references of person `from` to person `to` (in `articles` only, when given). */
async function movePerson(tx: Queryable, from: { id: number; name: string }, to: { id: number; name: string }, articles: string[] | null): Promise<void> {
  const scope = (column: string) => (articles ? `and ${column} = any($3::text[])` : "");
  const params = (extra: unknown[] = []) => (articles ? [from.id, to.id, articles, ...extra] : [from.id, to.id, ...extra]);
  // Where both are named in one article (or event), the moved row is the one that goes.
  await tx.query(`delete from article_persons x where person_id = $1 ${scope("x.article_id")}
    and exists (select 1 from article_persons y where y.article_id = x.article_id and y.person_id = $2)`, params());
  await tx.query(`update article_persons set person_id = $2 where person_id = $1 ${scope("article_id")}`, params());
  await tx.query(`delete from posts_held x where person_id = $1 ${scope("x.article_id")}
    and exists (select 1 from posts_held y where y.article_id = x.article_id and y.person_id = $2 and y.title = x.title)`, params());
  await tx.query(`update posts_held set person_id = $2 where person_id = $1 ${scope("article_id")}`, params());
  const events = `(select id from events where ${articles ? "article_id = any($3::text[])" : "true"})`;
  await tx.query(`delete from event_participants x where person_id = $1 and event_id in ${events}
    and exists (select 1 from event_participants y where y.event_id = x.event_id and y.person_id = $2)`, params());
  await tx.query(`update event_participants set person_id = $2 where person_id = $1 and event_id in ${events}`, params());
  // The names on the events: the merged name replaced, each name once, in first-seen order; and
  // their blocks on the events' dyad rows, which clustering reads.
  await tx.query(
    `with renamed as (
       update events set participants = array(select n from unnest(array_replace(participants, $1, $2)) with ordinality u(n, i) group by n order by min(i))
       where $1 = any(participants) ${articles ? "and article_id = any($3::text[])" : ""}
       returning id, participants)
     update event_dyads d set person_blocks = person_blocks(r.participants) from renamed r where d.event_id = r.id`,
    articles ? [from.name, to.name, articles] : [from.name, to.name],
  );
  if (!articles) {
    await tx.query("insert into person_aliases (person_id, alias) select $2, alias from person_aliases where person_id = $1 on conflict do nothing", params());
    await tx.query("insert into person_aliases (person_id, alias) values ($1, $2) on conflict do nothing", [to.id, from.name]);
    await tx.query("delete from person_aliases where person_id = $1", [from.id]);
    await tx.query("delete from persons where id = $1", [from.id]);
  }
}

/** An update of events' clusters (`update events set cluster ... where ...`) that gives their
 * dyad rows the new cluster too (clustering reads it there), in one statement; returns the ids changed. */
const withDyads = (updateEvents: string) => `with moved as (${updateEvents} returning id, cluster),
  dyads as (update event_dyads d set cluster = m.cluster from moved m where d.event_id = m.id)
  select id from moved`;

/** Applies one correction to what is stored now; false when what it names is not there. */
async function applyOne(tx: Queryable, c: Correction, label: string): Promise<boolean> {
  switch (c.kind) {
    case "person-merge": {
      const from = await personId(tx, c.merge, false);
      if (from === null) return false;
      const to = (await personId(tx, c.keep, true))!;
      if (from !== to) await movePerson(tx, { id: from, name: c.merge }, { id: to, name: c.keep }, null);
      return true;
    }
    case "person-split": {
      const from = await personId(tx, c.name, false);
      if (from === null) return false;
      const to = (await personId(tx, c.as, true))!;
      await movePerson(tx, { id: from, name: c.name }, { id: to, name: c.as }, c.articles);
      return true;
    }
    case "event-merge": {
      const r = parseReport(c.report);
      const into = parseReport(c.into);
      const { rows } = await tx.query(withDyads(
        `update events set cluster = (select cluster from events where article_id = $3 and ordinal = $4)
         where article_id = $1 and ordinal = $2 and exists (select 1 from events where article_id = $3 and ordinal = $4)`),
        [r.article, r.ordinal, into.article, into.ordinal]);
      return rows.length > 0;
    }
    case "event-split": {
      const r = parseReport(c.report);
      const { rows } = await tx.query(withDyads("update events set cluster = $3 where article_id = $1 and ordinal = $2"), [r.article, r.ordinal, label]);
      return rows.length > 0;
    }
    case "event-reject": {
      const r = parseReport(c.report);
      const { rows } = await tx.query("delete from events where article_id = $1 and ordinal = $2 returning id", [r.article, r.ordinal]);
      return rows.length > 0;
    }
  }
}

type Side = "persons" | "events";
type StoredOf<S extends Side> = { id: number; correction: Extract<Correction, { kind: S extends "persons" ? `person-${string}` : `event-${string}` }> };
export type PersonCorrection = StoredOf<"persons">;

/** The stored corrections of one side, in the order they were made. */
export async function correctionsOf<S extends Side>(tx: Queryable, side: S): Promise<StoredOf<S>[]> {
  const { rows } = await tx.query<StoredOf<S>>(
    `select id, correction from corrections where correction->>'kind' like $1 order by id`, [side === "persons" ? "person-%" : "event-%"]);
  return rows;
}

/** Applies stored corrections (correctionsOf one side) again, in the order they were made:
 * events' after clustering, which they correct. */
export async function applyCorrections(tx: Queryable, stored: StoredOf<Side>[]): Promise<void> {
  for (const r of stored) await applyOne(tx, r.correction, `split-${r.id}`);
}

/** The participants of an event of `article` as the person corrections name them: what applying
 * them to the stored event gives (movePerson), for an event not stored yet (clustering compares
 * participants before the event is inserted). */
export function correctedParticipants(names: string[], article: string, corrections: PersonCorrection[]): string[] {
  let out = names;
  for (const { correction: c } of corrections) {
    const [from, to] = c.kind === "person-merge" ? [c.merge, c.keep] : c.articles.includes(article) ? [c.name, c.as] : [null, null];
    if (from !== null && out.includes(from)) out = out.map((n) => (n === from ? to! : n));
  }
  return out === names ? names : [...new Set(out)];
}

/** Stores a correction and applies it at once; fails, storing nothing, when it names nothing stored. */
export async function addCorrection(tx: Queryable, correction: Correction, reason: string): Promise<StoredCorrection> {
  const c = correctionSchema.parse(correction);
  const { rows } = await tx.query<{ id: number; at: Date }>(
    "insert into corrections (correction, reason) values ($1::jsonb, $2) returning id, at", [JSON.stringify(c), reason]);
  const row = rows[0]!;
  if (!(await applyOne(tx, c, `split-${row.id}`))) throw new CorrectionError(`nothing stored matches ${describeCorrection(c)}`);
  return { id: row.id, at: new Date(row.at).toISOString(), reason, correction: c, applies: true };
}

export class CorrectionError extends Error {}

export async function listCorrections(db: Queryable): Promise<StoredCorrection[]> {
  const { rows } = await db.query<{ id: number; at: Date; reason: string; correction: Correction }>(
    "select id, at, reason, correction from corrections order by id");
  const out: StoredCorrection[] = [];
  for (const r of rows) out.push({ id: r.id, at: new Date(r.at).toISOString(), reason: r.reason, correction: r.correction, applies: await stillNamed(db, r.correction) });
  return out;
}

/** Whether what a correction names is in the store now. */
async function stillNamed(db: Queryable, c: Correction): Promise<boolean> {
  const report = async (ref: string) => {
    const r = parseReport(ref);
    return (await db.query("select 1 from events where article_id = $1 and ordinal = $2", [r.article, r.ordinal])).rows.length > 0;
  };
  switch (c.kind) {
    case "person-merge": return (await personId(db, c.keep, false)) !== null;
    case "person-split": return (await personId(db, c.as, false)) !== null;
    case "event-merge": return (await report(c.report)) && (await report(c.into));
    case "event-split": return report(c.report);
    case "event-reject": return !(await report(c.report));
  }
}

export function describeCorrection(c: Correction): string {
  switch (c.kind) {
    case "person-merge": return `person merge: "${c.merge}" is "${c.keep}"`;
    case "person-split": return `person split: "${c.name}" in ${c.articles.join(", ")} is "${c.as}"`;
    case "event-merge": return `event merge: ${c.report} reports the event of ${c.into}`;
    case "event-split": return `event split: ${c.report} is an event of its own`;
    case "event-reject": return `event reject: ${c.report} is not an engagement`;
  }
}
