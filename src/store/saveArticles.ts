// Stores a batch of extracted articles in one transaction, replacing whatever an earlier run
// stored for the same article ids: the whole batch lands, or nothing of it (a kill mid-batch
// leaves the store as it was, and a rerun does the batch again).
import type { Article, RawArticle } from "../article.js";
import type { DocResult } from "../extract/result.js";
import { clusterNewEvents } from "./clusterStored.js";
import { lastDay } from "./eventDays.js";
import { applyCorrections, correctedParticipants, correctionsOf, type PersonCorrection } from "./corrections.js";
import { joinIdentities } from "./personIdentity.js";
import type { Queryable } from "./database.js";
import type { SearchLexicon } from "./searchVector.js";
import type { SearchWords } from "./searchWords.js";

export interface ExtractedArticle {
  input: RawArticle;
  hash: string;
  article: Article;
  result: DocResult;
  extractor: string;
  /** The article text's words for its search vector (searchWords.ts), read where it was extracted. */
  searchWords: SearchWords | null;
}

/** Has the transaction's commit not wait for its log to reach the disk: a crash can lose only
 * the last batches whole, never part of one, and their articles, absent from the store, are read
 * again by the next run. An analyst's corrections, in transactions of their own, still wait. A
 * store that never syncs its log (PGlite: fsync off) waits all the same, for it waits for no
 * disk: the commit then writes its log in one piece, where not waiting had it written a page at a
 * time as the log buffers filled (5,000 generated articles: 1,203 writes to the log, not 11,535). */
export const NO_WAIT_FOR_SYNC = "select set_config('synchronous_commit', case when current_setting('fsync')::boolean then 'off' else 'on' end, true)";

/** Rows go to the server as one JSON document per table: one round trip whatever the batch size. */
const json = (rows: unknown[]) => JSON.stringify(rows);

/** Stores the batch, clusters its events with the reports already stored, and applies the
 * analyst's corrections again (one transaction). `lexicon` is the store's (lexiconOf). */
export async function saveArticles(tx: Queryable, batch: ExtractedArticle[], lexicon: SearchLexicon): Promise<void> {
  if (!batch.length) return;
  await tx.query(NO_WAIT_FOR_SYNC);
  const previous = await previousClusters(tx, batch.map((b) => b.article.id));
  const personIds = await storeArticles(tx, batch, lexicon);
  const personCorrections = await correctionsOf(tx, "persons");
  const keys = await storeEvents(tx, batch, personIds, personCorrections, previous);
  await applyCorrections(tx, personCorrections);
  await applyCorrections(tx, await correctionsOf(tx, "events"));
  await storeDyads(tx, batch.map((b) => b.article.id), keys);
}

/** Each pair of states of the batch's events, with its type, days, cluster, participants' blocks
 * and edition (`keys`, by event id): the rows dyad timelines and clustering walk. Stored last,
 * so that they carry the cluster as corrected. */
async function storeDyads(tx: Queryable, articleIds: string[], keys: Map<string, DyadKeys>): Promise<void> {
  await tx.query(
    `insert into event_dyads (event_id, dyad, type, date_lo, date_hi, cluster, person_blocks, edition)
     select e.id, c1 || '-' || c2, e.type, e.date_lo, ${lastDay("e")}, e.cluster, k.blocks, k.edition
     from events e join jsonb_to_recordset($2::jsonb) as k(id bigint, blocks text[], edition text) on k.id = e.id,
       unnest(e.countries) c1, unnest(e.countries) c2
     where e.article_id = any($1::text[]) and c1 < c2`,
    [articleIds, json([...keys].map(([id, k]) => ({ id, ...k })))],
  );
}

/** The clusters of the reports stored before for these articles, by "ARTICLE#ORDINAL" (from 0):
 * clustering gives them back where it can (clusterStored.ts, keepPreviousIds). */
async function previousClusters(tx: Queryable, articleIds: string[]): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ article_id: string; ordinal: number; cluster: string }>(
    "select article_id, ordinal, cluster from events where article_id = any($1::text[]) and cluster is not null", [articleIds]);
  return new Map(rows.map((r) => [`${r.article_id}#${r.ordinal}`, r.cluster]));
}

/** What clustering looks for on an event's dyad rows besides dates: its participants' blocks
 * (as the person corrections name them) and an exercise's edition. */
interface DyadKeys {
  blocks: string[];
  edition: string | null;
}

/** Stores the articles and the persons they name; returns the persons' row ids by name. */
async function storeArticles(tx: Queryable, batch: ExtractedArticle[], lexicon: SearchLexicon): Promise<Map<string, number>> {
  await tx.query("delete from articles where id = any($1::text[])", [batch.map((b) => b.article.id)]);

  // The search vector as to_tsvector('english', text) gives it, built from the words read at
  // extraction where they were read (readsSearchWords); elsewhere the store parses the text.
  const vectors = await lexicon.vectors(tx, batch.map((b) => ({ text: b.article.text, words: b.searchWords })));
  await tx.query(
    `insert into articles (id, source, url, hash, format, given, raw, text, published, outlet, dateline, extractor, search)
     select id, source, url, hash, format, given, raw, text, published, outlet, dateline, extractor,
       coalesce(search::tsvector, to_tsvector('english', text))
     from jsonb_to_recordset($1::jsonb) as x(id text, source text, url text, hash text, format text, given jsonb, raw text,
       text text, published text, outlet text, dateline jsonb, extractor text, search text)`,
    [json(batch.map(({ input, hash, article, extractor }, i) => ({
      id: article.id, source: article.source, url: article.url, hash, format: input.format,
      given: { url: input.url ?? null, published: input.published ?? null, outlet: input.outlet ?? null },
      raw: input.raw, text: article.text, published: article.published, outlet: article.outlet, dateline: article.dateline, extractor,
      search: vectors[i],
    })))],
  );

  // Persons by canonical name, one identity per person across spellings; the first state seen stays.
  const identityKeys = await joinIdentities(tx, batch);
  const people = new Map<string, string | null>();
  for (const { result } of batch) {
    for (const p of result.persons) if (!people.has(p.name) || people.get(p.name) === null) people.set(p.name, p.country);
    for (const e of result.events) for (const name of e.participants) if (!people.has(name)) people.set(name, null);
  }
  const names = [...people.keys()].sort();
  const ids = new Map<string, number>();
  if (names.length) {
    const { rows } = await tx.query<{ id: number; name: string }>(
      `insert into persons (name, country, key)
       select name, country, key from jsonb_to_recordset($1::jsonb) as x(name text, country text, key text)
       on conflict (name) do update set country = coalesce(persons.country, excluded.country)
       returning id, name`,
      [json(names.map((name) => ({ name, country: people.get(name) ?? null, key: identityKeys.get(name)! })))],
    );
    for (const r of rows) ids.set(r.name, r.id);
  }

  const aliases: { person_id: number; alias: string }[] = [];
  const articlePersons: unknown[] = [];
  const posts: { person_id: number; title: string; article_id: string }[] = [];
  for (const { article, result } of batch) {
    const seen = new Set<number>();
    for (const p of result.persons) {
      const id = ids.get(p.name)!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const alias of new Set(p.mentions.map((m) => m.text))) aliases.push({ person_id: id, alias });
      articlePersons.push({ article_id: article.id, person_id: id, ordinal: seen.size, country: p.country, title: p.title, rank: p.rank, mentions: p.mentions });
      if (p.title) posts.push({ person_id: id, title: p.title, article_id: article.id });
    }
  }
  if (aliases.length) {
    await tx.query(
      `insert into person_aliases (person_id, alias) select distinct person_id, alias
       from jsonb_to_recordset($1::jsonb) as x(person_id int, alias text) on conflict do nothing`,
      [json(aliases)],
    );
  }
  if (articlePersons.length) {
    await tx.query(
      `insert into article_persons (article_id, person_id, ordinal, country, title, rank, mentions)
       select article_id, person_id, ordinal, country, title, rank, mentions
       from jsonb_to_recordset($1::jsonb) as x(article_id text, person_id int, ordinal int, country text, title text, rank text, mentions jsonb)`,
      [json(articlePersons)],
    );
  }
  if (posts.length) {
    await tx.query(
      `insert into posts_held (person_id, title, article_id) select person_id, title, article_id
       from jsonb_to_recordset($1::jsonb) as x(person_id int, title text, article_id text) on conflict do nothing`,
      [json(posts)],
    );
  }

  return ids;
}

/** Stores the batch's events with their clusters, and their participants; returns what their
 * dyad rows carry for clustering, by event id. */
async function storeEvents(tx: Queryable, batch: ExtractedArticle[], personIds: Map<string, number>, corrections: PersonCorrection[],
  previous: Map<string, string>): Promise<Map<string, DyadKeys>> {
  const events = batch.flatMap(({ article, result }) => result.events.map((e, ordinal) => ({
    article_id: article.id, ordinal, type: e.type, mode: e.mode, date: e.date, date_end: e.dateEnd,
    location: e.location, location_country: e.locationCountry, countries: e.countries, frameworks: e.frameworks,
    is_primary: e.primary, confidence: e.confidence, evidence: e.evidence.text, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
    participants: [...new Set(e.participants)], published: article.published,
  })));
  const keys = new Map<string, DyadKeys>();
  if (!events.length) return keys;
  // Row ids first: a new cluster is named by its founding report's row.
  const { rows: [drawn] } = await tx.query<{ ids: string[] }>(
    "select array(select nextval(pg_get_serial_sequence('events', 'id')) from generate_series(1, $1))::text[] as ids", [events.length]);
  const ids = drawn!.ids;
  // Clustering compares the participants as the person corrections (applied after the insert) name them.
  const clustered = await clusterNewEvents(tx, events.map((e, i) => ({
    ...e, id: ids[i]!, participants: correctedParticipants(e.participants, e.article_id, corrections),
    previousCluster: previous.get(`${e.article_id}#${e.ordinal}`) ?? null,
  })));
  const clusters = clustered.map((c) => c.cluster);
  // The blocks are those clustering compared, from the signature's person keys, not from the SQL
  // person_blocks over the persons table: a stored person's key is the personKey of its name, and
  // a lookup per dyad row cost more than the rest of their insert.
  clustered.forEach(({ signature, blocks }, i) => keys.set(ids[i]!, { blocks, edition: signature.edition }));
  await tx.query(
    `insert into events (id, article_id, ordinal, type, mode, date, date_end, location, location_country, countries, frameworks,
       is_primary, confidence, evidence, evidence_start, evidence_end, participants, cluster)
     select id, article_id, ordinal, type, mode, date, date_end, location, location_country, countries, frameworks,
       is_primary, confidence, evidence, evidence_start, evidence_end, participants, cluster
     from jsonb_to_recordset($1::jsonb) as x(id bigint, article_id text, ordinal int, type text, mode text, date text, date_end text,
       location text, location_country text, countries text[], frameworks text[], is_primary boolean, confidence real,
       evidence text, evidence_start int, evidence_end int, participants text[], cluster text)`,
    [json(events.map(({ published: _, ...e }, i) => ({ ...e, id: ids[i], cluster: clusters[i] })))],
  );
  const participants = events.flatMap((e, i) => e.participants.map((name, ordinal) => ({ event_id: ids[i], person_id: personIds.get(name)!, ordinal })));
  if (participants.length) {
    await tx.query(
      `insert into event_participants (event_id, person_id, ordinal) select event_id, person_id, ordinal
       from jsonb_to_recordset($1::jsonb) as x(event_id bigint, person_id int, ordinal int)`,
      [json(participants)],
    );
  }
  return keys;
}
