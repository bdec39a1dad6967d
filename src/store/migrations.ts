// The schema, as an ordered list of migrations. A store records the versions it has applied;
// opening it applies the rest, each in its own transaction. Never edit a released migration:
// add the next one.
import type { Queryable } from "./database.js";
import { lastDay } from "./eventDays.js";
import { fillExerciseEditions } from "./clusterStored.js";
import { fillPersonKeys } from "./personIdentity.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work after the SQL, in the same transaction, that needs the application's code. */
  then?: (tx: Queryable) => Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, persons, posts, events and their evidence",
    sql: `
create table articles (
  id text primary key,
  source text not null,
  url text,
  -- sha-256 of what was read (content and the input's own metadata): unchanged input, no work.
  hash text not null,
  format text not null,
  -- metadata the input itself gave (JSONL url, published, outlet): kept to re-extract the same way
  given jsonb not null,
  raw text not null,
  text text not null,
  published text,
  outlet text,
  dateline jsonb,
  -- the extractor that produced the stored results (attache version + knowledge version)
  extractor text not null,
  ingested_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('english', text)) stored
);
create index articles_search on articles using gin (search);
create index articles_published on articles (published);

-- Persons by canonical name; aliases are the forms seen in the articles.
create table persons (
  id serial primary key,
  name text not null unique,
  country text
);
create table person_aliases (
  person_id int not null references persons on delete cascade,
  alias text not null,
  primary key (person_id, alias)
);

-- A person as one article presents them.
create table article_persons (
  article_id text not null references articles on delete cascade,
  person_id int not null references persons,
  -- the order the article's record lists its persons in
  ordinal int not null,
  country text,
  title text,
  rank text,
  mentions jsonb not null,
  primary key (article_id, person_id)
);

-- Posts held, each with the article that states it.
create table posts_held (
  person_id int not null references persons,
  title text not null,
  article_id text not null references articles on delete cascade,
  primary key (person_id, title, article_id)
);

create table events (
  id bigserial primary key,
  article_id text not null references articles on delete cascade,
  ordinal int not null,
  type text not null,
  mode text,
  date text,
  date_end text,
  -- the first and last day a date of partial precision may stand for ("2023-04" → 04-01 … 04-31),
  -- so a date range filter keeps an event known only to the month
  date_lo text generated always as (case when date is null then null when length(date) = 4 then date || '-01-01' when length(date) = 7 then date || '-01' else date end) stored,
  date_hi text generated always as (case when date is null then null when length(date) = 4 then date || '-12-31' when length(date) = 7 then date || '-31' else date end) stored,
  location text,
  location_country text,
  countries text[] not null,
  frameworks text[] not null,
  is_primary boolean not null,
  confidence real not null,
  evidence text not null,
  evidence_start int not null,
  evidence_end int not null,
  cluster text,
  search tsvector generated always as (to_tsvector('english', evidence)) stored,
  unique (article_id, ordinal)
);
create index events_date on events (date_lo);
create index events_countries on events using gin (countries);
create index events_type on events (type);
create index events_search on events using gin (search);

-- Each pair of states of an event, with its first day: a dyad timeline is one index range.
create table event_dyads (
  event_id bigint not null references events on delete cascade,
  dyad text not null,
  date_lo text,
  primary key (event_id, dyad)
);
create index event_dyads_dyad_date on event_dyads (dyad, date_lo);

create table event_participants (
  event_id bigint not null references events on delete cascade,
  person_id int not null references persons,
  ordinal int not null,
  primary key (event_id, person_id)
);
create index event_participants_person on event_participants (person_id);
`,
  },
  {
    version: 2,
    name: "participants' names on their event",
    sql: `
-- The names of an event's participants, in order, on the event itself: a page of events reads
-- them with the row instead of a join per event. event_participants stays for person filters.
alter table events add column participants text[] not null default '{}';
update events e set participants = x.names
from (select ep.event_id, array_agg(p.name order by ep.ordinal) as names
      from event_participants ep join persons p on p.id = ep.person_id group by ep.event_id) x
where x.event_id = e.id;
alter table events alter column participants drop default;
`,
  },
  {
    version: 3,
    name: "posts held by article",
    sql: `
-- Replacing an article deletes its posts through the foreign key, one lookup by article each:
-- without this index every lookup read all of posts_held, a reprocess took time squared.
create index posts_held_article on posts_held (article_id);
`,
  },
  {
    version: 4,
    name: "events by cluster",
    sql: `
-- Clustering reads every member of the clusters a new report may join, and a timeline counts
-- real-world events: both go by cluster.
create index events_cluster on events (cluster);
`,
  },
  {
    version: 5,
    name: "corrections",
    sql: `
-- An analyst's decisions (person merge/split, event merge/split/reject), applied again after
-- every store of articles; see src/store/corrections.ts.
create table corrections (
  id serial primary key,
  at timestamptz not null default now(),
  reason text not null,
  correction jsonb not null
);
`,
  },
  {
    version: 6,
    name: "person identity keys",
    sql: `
-- A person's name folded for transliteration and word order (src/knowledge/nameKey.ts,
-- personKey): the spellings of one person in different articles are one identity.
alter table persons add column key text;
create index persons_key on persons (key);
`,
    then: fillPersonKeys,
  },
  {
    version: 7,
    name: "events searched through their article",
    sql: `
-- The evidence is a sentence of the article, so the article's search vector already holds it:
-- a second vector per event cost an eighth of the server's work on ingest and told nothing new.
drop index events_search;
alter table events drop column search;
`,
  },
  {
    version: 8,
    name: "queued articles",
    sql: `
-- The articles \`ingest --queue\` put on the queue and no worker stored yet, with the hash of
-- the version queued and its job (src/queue/pending.ts).
create table queued_articles (id text primary key, hash text not null, job uuid not null);
`,
  },
  {
    version: 9,
    name: "dyad rows by type and days",
    sql: `
-- Clustering looks for stored reports of a new report's type and dyad whose days (from the first
-- of its date to the last of its end date) come near the new one's: with type and last day in
-- the index it reads those alone, not every report of the dyad around those days.
alter table event_dyads add column type text, add column date_hi text;
update event_dyads d set type = e.type, date_hi = ${lastDay("e")} from events e where e.id = d.event_id;
alter table event_dyads alter column type set not null;
create index event_dyads_dyad_type_date on event_dyads (dyad, type, date_lo, date_hi);
`,
  },
  {
    version: 10,
    name: "events by framework and mode, articles by outlet",
    sql: `
-- The workbench's facets filter by framework, mode and outlet: values few events have, which
-- without these indexes meant reading every event (and every article) of a large store.
create index events_frameworks on events using gin (frameworks);
create index events_mode on events (mode);
create index articles_outlet on articles (outlet);
`,
  },
  {
    version: 11,
    name: "dyad rows carry the cluster",
    sql: `
-- Clustering a new report reads the clusters of the stored reports near it: with the cluster on
-- the dyad row, the rows the index walk finds tell it, without reading each report again.
-- Kept equal to events.cluster by clustering and by the analyst's event corrections.
alter table event_dyads add column cluster text;
update event_dyads d set cluster = e.cluster from events e where e.id = d.event_id;
`,
  },
  {
    version: 12,
    name: "events by type and first day; articles matching a search",
    sql: `
-- The workbench lists events of a type by date: with the first day after the type in the index a
-- page is one range of it, not a walk through every type's events by date. It serves what the
-- index on type alone did.
create index events_type_date on events (type, date_lo);
drop index events_type;

-- The first n articles a text search matches, through the search index. The planner would rather
-- scan the table when a fair share match, not counting that a scan decompresses every article's
-- vector: many times slower than reading the index's matches.
create function articles_matching(query tsquery, n int) returns setof text
language sql stable set enable_seqscan = off
as $$ select id from articles where search @@ query limit n $$;

-- Whether an article matches a text search, to be asked of one event's article after another
-- when many articles match. Written as a join, the planner may start from the matching
-- articles instead, trusting an estimate that is worst for phrases (130 for 10,900).
create function article_matches(article text, query tsquery) returns boolean
language sql stable
as $$ select search @@ query from articles where id = article $$;
`,
  },
  {
    version: 13,
    name: "dyad rows carry their participants' blocks",
    sql: `
-- A meeting, call, visit or agreement that names participants can join only a cluster whose
-- reports share one of them or name none. Clustering reads the clusters of the stored reports
-- near a new one: with its participants' blocks (first letter and length of each person key,
-- coarser than any spelling slip samePerson forgives: src/cluster/sameEvent.ts, personBlock) on
-- the dyad rows, it skips the clusters of other officials instead of reading all their reports.
-- Kept equal to the event's participants by storing and by the analyst's person corrections.
create function person_blocks(names text[]) returns text[]
language sql stable
as $$ select coalesce(array_agg(distinct left(key, 1) || length(key)), '{}') from persons where name = any(names) $$;

alter table event_dyads add column person_blocks text[];
update event_dyads d set person_blocks = person_blocks(e.participants) from events e where e.id = d.event_id;
alter table event_dyads alter column person_blocks set not null;
`,
  },
  {
    version: 14,
    name: "dyad rows carry an exercise's edition",
    sql: `
-- An exercise of one edition ("Joint Sea-2019") is never one event with an exercise of another:
-- clustering skips the dyad rows of other editions instead of reading all the exercises of the
-- dyad's year. Null when the evidence names no edition (or for other types): such rows are read.
-- Filled here from the stored evidence (then), by storing afterwards.
alter table event_dyads add column edition text;
`,
    then: fillExerciseEditions,
  },
  {
    version: 15,
    name: "dyad rows last to the later of an event's date and end date",
    sql: `
-- Dyad rows took the end date's last day alone when there was one, though it may end before the
-- date does; clustering's look-up then skipped reports that the comparison of signatures reads.
update event_dyads d set date_hi = ${lastDay("e")} from events e
where e.id = d.event_id and e.date_end is not null and d.date_hi is distinct from ${lastDay("e")};
`,
  },
  {
    version: 16,
    name: "articles' search vectors come from storing; texts stored uncompressed without lz4",
    sql: `
-- Storing builds the vector to_tsvector('english', text) would (src/store/searchVector.ts), or
-- has the server parse the text where it cannot: a generated column cannot be written, so the
-- column keeps its values and drops its expression.
alter table articles alter column search drop expression;
`,
    then: storeTextsUncompressedWithoutLz4,
  },
  {
    version: 17,
    name: "events indexed in the lists' order",
    sql: `
-- Lists are ordered by first day, article and place in it. Indexed by the day alone, a page read
-- every event of its first days and sorted them: a text search checked each one's article, and
-- at 100,000 articles the first day of a common word's list held 1,522 reports (86 ms for a page
-- of 50; 5 ms in this order). The index serves every range on the first day the old one did.
create index events_list_order on events (date_lo, article_id, ordinal);
drop index events_date;
`,
  },
  {
    version: 18,
    name: "a text search asks each event's article without a function",
    sql: `
-- Lists of a common text ask each event's article in the query itself (src/store/queries/events.ts).
drop function article_matches(text, tsquery);
`,
  },
  {
    version: 19,
    name: "without lz4, articles' search vectors stay in their rows",
    sql: "",
    then: keepSearchVectorsInRowsWithoutLz4,
  },
  {
    version: 20,
    name: "participants' blocks from the ends of their keys",
    sql: `
-- The blocks on the dyad rows (src/cluster/sameEvent.ts, personBlocks) become the first and last
-- characters of each person key, for its length and one less: first letter and length alone let
-- clustering read three candidate clusters in four that could not fit.
create or replace function person_key_blocks(key text) returns setof text
language sql immutable
as $$
  select '=' || key where length(key) < 8
  union all
  select x.block from (values (length(key) - 1), (length(key))) as v(m),
    lateral (values ('p' || m || ':' || left(key, m / 2 - 1)), ('s' || m || ':' || left(key, 1) || right(key, m / 2 - 1))) as x(block)
  where length(key) >= 8 and m >= 8
$$;

create or replace function person_blocks(names text[]) returns text[]
language sql stable
as $$ select coalesce(array_agg(distinct b), '{}') from persons p, person_key_blocks(p.key) b where p.name = any(names) $$;

update event_dyads d set person_blocks = person_blocks(e.participants) from events e where e.id = d.event_id;
`,
  },
  {
    version: 21,
    name: "the dyad index carries what clustering reads of each row",
    sql: `
-- Clustering's look-up (src/store/clusterStored.ts) walks the dyad index by type and days and
-- reads each row's cluster, participants' blocks and edition. In the index, those are read from
-- its own pages, which hold the rows in the order the walk takes them, where the table holds
-- them in the order they were stored: a batch of 200 generated articles into a PGlite store of
-- 100,000 read 6,300 pages instead of 45,000, in 51-66 ms instead of 74-92. That needs pages a
-- vacuum marked all-visible (src/store/statistics.ts). The index is 57 MB there, the one it
-- replaces 12.
create index event_dyads_probe on event_dyads (dyad, type, date_lo, date_hi) include (cluster, person_blocks, edition);
drop index event_dyads_dyad_type_date;
`,
  },
];

/** Where the store cannot compress with lz4 (PGlite has pglz alone), the raw and clean texts are
 * stored out of line uncompressed: pglz took PGlite 0.5 ms an article, a third of storing it, to
 * save some 3 KB of disk. Values stored before stay as they are. */
async function storeTextsUncompressedWithoutLz4(tx: Queryable): Promise<void> {
  if (!(await compressesWithLz4(tx))) await tx.query("alter table articles alter column raw set storage external, alter column text set storage external");
}

/** Where texts are stored out of line uncompressed (storeTextsUncompressedWithoutLz4), the search
 * vector (some 2.6 KB for a 3 KB text) went out of line too: a row past 2 KB is cut down to that
 * by moving its largest values out. A text search then fetched each article's vector from the
 * toast table: 92 ms for 5,400 articles' vectors at 100,000 articles, 33 ms with the vectors in
 * the rows, which now keep values up to 4 KB in all (the vector stays, the texts go). Rows stored
 * before stay as they are until stored again (ingest of a changed file, reprocess). */
async function keepSearchVectorsInRowsWithoutLz4(tx: Queryable): Promise<void> {
  if (await compressesWithLz4(tx)) return;
  await tx.query("alter table articles alter column search set storage main");
  await tx.query("alter table articles set (toast_tuple_target = 4080)");
}

/** Whether the store can compress with lz4 (a server built with it; PGlite cannot). */
async function compressesWithLz4(tx: Queryable): Promise<boolean> {
  const { rows } = await tx.query<{ lz4: boolean }>("select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'");
  return rows[0]?.lz4 ?? false;
}
