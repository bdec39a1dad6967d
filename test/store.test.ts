// The store, against embedded PGlite and (when ATTACHE_TEST_DATABASE_URL is set) a PostgreSQL
// server: idempotent ingest, replacement of changed articles, bad input, queries and export,
// each checked against what extraction alone gives for the same articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { extractPaths } from "../src/cli/runExtraction.js";
import { RecordClusterer } from "../src/cluster/clusterRecords.js";
import { toRecord, type ArticleRecord } from "../src/export/record.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { ingest } from "../src/store/ingest.js";
import { openStore } from "../src/store/openStore.js";
import { countEvents, findEvents } from "../src/store/queries/events.js";
import { exportRecords } from "../src/store/queries/exportRecords.js";
import { dossier, matchPersons } from "../src/store/queries/person.js";
import { stats } from "../src/store/queries/stats.js";
import { reprocess } from "../src/store/reprocess.js";
import { addCorrection, CorrectionError, listCorrections } from "../src/store/corrections.js";
import { exerciseEdition } from "../src/cluster/eventSignature.js";
import { fillExerciseEditions } from "../src/store/clusterStored.js";
import { isLoopback, type Queryable } from "../src/store/database.js";
import { lastDay } from "../src/store/eventDays.js";
import { sampledAnalyze } from "../src/store/statistics.js";
import { NO_WAIT_FOR_SYNC } from "../src/store/saveArticles.js";
import { defaultJobs } from "../src/store/extractPool.js";
import { BACKENDS, serverBackend, serverSkip, type Backend } from "./support/storeBackends.js";
import { writeCorpusJsonl } from "../scripts/generateCorpus.js";
import { MIGRATIONS } from "../src/store/migrations.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const samples = path.join(root, "samples");
const k = compileKnowledge(loadKnowledge());

async function extracted(paths: string[]): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const item of extractPaths(paths, k)) if (item.kind === "result") out.push(toRecord(item.result));
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

async function exported(store: Backend["store"]): Promise<ArticleRecord[]> {
  const db = await openStore(store);
  try {
    const out: ArticleRecord[] = [];
    for await (const r of exportRecords(db)) out.push(r);
    return out;
  } finally {
    await db.close();
  }
}

/** Records compared without confidence rounding (stored as real) nor cluster names (the store's
 * are numbered by row; clusters themselves are compared as pairs below). */
const comparable = (records: ArticleRecord[]) =>
  records.map((r) => ({ ...r, events: r.events.map((e) => ({ ...e, confidence: Math.round(e.confidence * 100), cluster: null })) }));

/** Pairs of events (article#ordinal) in different articles that share a cluster. */
function clusterPairs(records: ArticleRecord[]): string[] {
  const events = records.flatMap((r) => r.events.map((e, i) => ({ key: `${r.id}#${i}`, article: r.id, cluster: e.cluster })));
  const pairs: string[] = [];
  for (const a of events) for (const b of events) {
    if (a.key < b.key && a.article !== b.article && a.cluster !== null && a.cluster === b.cluster) pairs.push(`${a.key} = ${b.key}`);
  }
  return pairs.sort();
}

/** Each event's cluster id, by article#ordinal. */
const clusterIds = (records: ArticleRecord[]) => records.flatMap((r) => r.events.map((e, i) => `${r.id}#${i} ${e.cluster}`));

/** Dyad rows whose participants' blocks differ from what the SQL person_blocks gives for their
 * event's participants: storing computes them in JS, a person correction in SQL, and clustering
 * trusts both to agree. */
async function dyadRowsWithOtherBlocks(db: Queryable): Promise<unknown[]> {
  return (await db.query(
    `select e.article_id, e.participants, d.person_blocks from event_dyads d join events e on e.id = d.event_id
     where array(select b from unnest(d.person_blocks) b order by b) is distinct from person_blocks(e.participants)`,
  )).rows;
}

/** A setting of the store's session (or transaction), as PostgreSQL shows it. */
async function currentSetting(q: Queryable, name: string): Promise<string> {
  return (await q.query<{ v: string }>("select current_setting($1) as v", [name])).rows[0]!.v;
}

for (const backend of BACKENDS) {
  test(`store (${backend.name}): ingest stores each article once, a second run changes nothing, export gives back the extraction`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const expected = await extracted([samples]);
      const db = await openStore(b.store);
      try {
        const first = await ingest(db, [samples], k, { batchSize: 4 });
        assert.equal(first.new, expected.length);
        assert.equal(first.skipped, 0);
        const second = await ingest(db, [samples], k, { batchSize: 4 });
        assert.deepEqual([second.new, second.updated, second.unchanged], [0, 0, expected.length]);
        assert.equal(await countEvents(db), expected.reduce((n, r) => n + r.events.length, 0));
      } finally {
        await db.close();
      }
      assert.deepEqual(comparable(await exported(b.store)), comparable(expected));
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): clusters are given incrementally, batch by batch, and agree with clustering the whole run at once`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const clusterer = new RecordClusterer();
      const expected = (await extracted([samples])).map((r) => clusterer.assign(r));
      const pairs = clusterPairs(expected);
      assert.ok(pairs.length >= 5, pairs.join("\n"));
      const db = await openStore(b.store);
      try {
        // Two ingests, the reports of one event split between them; then a reprocess of every article.
        const s = readdirSync(samples).filter((f) => f.endsWith(".txt")).sort();
        await ingest(db, s.slice(0, 9).map((f) => path.join(samples, f)), k, { batchSize: 3 });
        await ingest(db, [samples], k, { batchSize: 3 });
      } finally {
        await db.close();
      }
      const stored = await exported(b.store);
      assert.ok(stored.every((r) => r.events.every((e) => e.cluster !== null)));
      assert.deepEqual(clusterPairs(stored), pairs);
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): clusters of dense generated news, stored batch by batch, are those of one run`, { skip: backend.skip }, async () => {
    // Many reports of a few pairs of states, at every precision of date: the store finds each
    // cluster a new report could join through its index, as the whole run in memory does.
    const b = await backend.make();
    const dir = mkdtempSync(path.join(tmpdir(), "attache-dense-"));
    try {
      const corpus = path.join(dir, "generated.jsonl");
      await writeCorpusJsonl(corpus, 1000, 7);
      const clusterer = new RecordClusterer();
      const pairs = clusterPairs((await extracted([corpus])).map((r) => clusterer.assign(r)));
      assert.ok(pairs.length >= 10, `${pairs.length} pairs`);
      const db = await openStore(b.store);
      try {
        await ingest(db, [corpus], k, { batchSize: 100 });
        // The run ends with a vacuum: the pages it wrote are marked all-visible (analyze alone marks none).
        const { rows } = await db.query<{ relname: string; relallvisible: number; relpages: number }>(
          "select relname, relallvisible, relpages from pg_class where relname in ('events', 'event_dyads', 'articles') order by relname");
        for (const r of rows) assert.ok(r.relallvisible > 0 && r.relallvisible >= r.relpages - 1, `${r.relname}: ${r.relallvisible} of ${r.relpages} pages all-visible`);
      } finally {
        await db.close();
      }
      const stored = await exported(b.store);
      assert.deepEqual(clusterPairs(stored), pairs);
      // Re-extracted with two threads, the next batches extracted while one is stored: the same record.
      const again = await openStore(b.store);
      try {
        assert.equal((await reprocess(again, k, { all: true, batchSize: 100, jobs: 2 })).reprocessed, 1000);
      } finally {
        await again.close();
      }
      const restored = await exported(b.store);
      assert.deepEqual(clusterPairs(restored), pairs);
      assert.deepEqual(comparable(restored), comparable(stored));
      // The same clusters under the same ids: links to their events stay valid.
      assert.deepEqual(clusterIds(restored), clusterIds(stored));
    } finally {
      await b.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`store (${backend.name}): corrections are stored with their reason, applied at once and again after a reprocess`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        await ingest(db, [samples], k, { batchSize: 5 });
        const cluster = async (report: string) => (await findEvents(db, { articleIds: [report.split("#")[0]!], order: "article" })).find((e) => e.report === report)?.cluster;
        const meeting = "s06-li-shangfu-putin-kremlin#1";
        const sameMeeting = "s11-li-shangfu-kremlin-beijing-view#1";
        const call = "s12-gerasimov-liu-moscow-view#1";
        assert.equal(await cluster(meeting), await cluster(sameMeeting));
        await db.transaction((tx) => addCorrection(tx, { kind: "event-split", report: sameMeeting }, "another day's talks"));
        await db.transaction((tx) => addCorrection(tx, { kind: "event-merge", report: call, into: meeting }, "test: a merge across types"));
        await db.transaction((tx) => addCorrection(tx, { kind: "event-reject", report: "s14-shoigu-singh-call-moscow-view#1" }, "not an engagement"));
        await db.transaction((tx) => addCorrection(tx, { kind: "person-merge", keep: "Valery Gerasimov", merge: "Liu Zhenli" }, "test: one identity"));
        // A correction that names nothing stored is refused and stores nothing.
        await assert.rejects(db.transaction((tx) => addCorrection(tx, { kind: "event-reject", report: "no-such-article#1" }, "x")), CorrectionError);
        assert.equal((await listCorrections(db)).length, 4);

        const holds = async () => {
          assert.notEqual(await cluster(meeting), await cluster(sameMeeting));
          assert.equal(await cluster(call), await cluster(meeting));
          assert.equal(await cluster("s14-shoigu-singh-call-moscow-view#1"), undefined);
          assert.deepEqual((await matchPersons(db, "Liu Zhenli")).map((p) => p.name), ["Valery Gerasimov"]);
          const calls = await findEvents(db, { articleIds: ["s12-gerasimov-liu-moscow-view"] });
          assert.deepEqual(calls[0]!.participants, ["Valery Gerasimov"]);
        };
        await holds();
        await reprocess(db, k, { all: true });
        await holds();
        const listed = await listCorrections(db);
        assert.deepEqual(listed.map((c) => [c.correction.kind, c.reason, c.applies]), [
          ["event-split", "another day's talks", true], ["event-merge", "test: a merge across types", true],
          ["event-reject", "not an engagement", true], ["person-merge", "test: one identity", true],
        ]);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): clustering compares participants as the person corrections name them`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        await ingest(db, [samples], k, { batchSize: 5 });
        const event = async (report: string) => (await findEvents(db, { articleIds: [report.split("#")[0]!], order: "article" })).find((e) => e.report === report)!;
        const meeting = "s06-li-shangfu-putin-kremlin#1";
        const sameMeeting = "s11-li-shangfu-kremlin-beijing-view#1";
        assert.equal((await event(meeting)).cluster, (await event(sameMeeting)).cluster);
        // In one article, the minister is another man: the two reports share one participant of
        // two, so the re-extracted report founds its own cluster.
        assert.deepEqual(await dyadRowsWithOtherBlocks(db), []);
        await db.transaction((tx) => addCorrection(tx, { kind: "person-split", name: "Li Shangfu", articles: ["s11-li-shangfu-kremlin-beijing-view"], as: "Li Shangfu (namesake)" }, "test"));
        assert.deepEqual(await dyadRowsWithOtherBlocks(db), []);
        await reprocess(db, k, { all: true });
        assert.deepEqual(await dyadRowsWithOtherBlocks(db), []);
        assert.ok((await event(sameMeeting)).participants.includes("Li Shangfu (namesake)"));
        assert.notEqual((await event(meeting)).cluster, (await event(sameMeeting)).cluster);
        // Corrections apply in the order they were made: merged back, the reports meet again.
        await db.transaction((tx) => addCorrection(tx, { kind: "person-merge", keep: "Li Shangfu", merge: "Li Shangfu (namesake)" }, "test"));
        await reprocess(db, k, { all: true });
        assert.deepEqual(await dyadRowsWithOtherBlocks(db), []);
        assert.ok(!(await event(sameMeeting)).participants.includes("Li Shangfu (namesake)"));
        assert.equal((await event(meeting)).cluster, (await event(sameMeeting)).cluster);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): a person correction renames the participants clustering looks for on the stored reports' dyad rows`, { skip: backend.skip }, async () => {
    // The stored report's only participant is renamed after it was stored; a later report that
    // names him under the correction's name must still find its cluster.
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        const visit = "s06-li-shangfu-putin-kremlin#2";
        const sameVisit = "s11-li-shangfu-kremlin-beijing-view#2";
        const event = async (report: string) => (await findEvents(db, { articleIds: [report.split("#")[0]!], order: "article" })).find((e) => e.report === report)!;
        await ingest(db, [path.join(samples, "s06-li-shangfu-putin-kremlin.txt")], k);
        assert.deepEqual((await event(visit)).participants, ["Li Shangfu"]);
        await db.transaction((tx) => addCorrection(tx, { kind: "person-merge", keep: "Ye Zhao", merge: "Li Shangfu" }, "test"));
        await ingest(db, [path.join(samples, "s11-li-shangfu-kremlin-beijing-view.txt")], k);
        assert.deepEqual((await event(sameVisit)).participants, ["Ye Zhao"]);
        assert.equal((await event(sameVisit)).cluster, (await event(visit)).cluster);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): the server's connections do not compile plans (JIT)`, { skip: backend.skip || (backend.name !== "server" && "PGlite has no JIT") }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        assert.deepEqual((await db.query("show jit")).rows, [{ jit: "off" }]);
        assert.deepEqual(await db.transaction(async (tx) => (await tx.query("show jit")).rows), [{ jit: "off" }]);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): statistics sampled while storing count the rows and leave the store's sample size as it was`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        const { new: stored } = await ingest(db, [samples], k);
        const before = await currentSetting(db, "default_statistics_target");
        await db.exec(sampledAnalyze(0.1));
        const { rows } = await db.query<{ n: number }>("select reltuples::float8 as n from pg_class where oid = 'articles'::regclass");
        assert.equal(rows[0]!.n, stored);
        assert.equal(await currentSetting(db, "default_statistics_target"), before);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): many rows read as one come as the query's rows, in its order, in a transaction and out of one`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        await ingest(db, [samples], k);
        const sql = "select e.article_id, e.ordinal, e.type, e.date, e.countries, e.participants from events e where e.ordinal < $1 order by e.date desc nulls last, e.article_id, e.ordinal";
        const { rows } = await db.query(sql, [3]);
        assert.ok(rows.length >= 20, `${rows.length} rows`);
        assert.deepEqual(await db.manyRows(sql, [3]), rows);
        assert.deepEqual(await db.transaction((tx) => tx.manyRows(sql, [3])), rows);
        assert.deepEqual(await db.manyRows(sql, [-1]), []);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): a batch's commit waits for its log only where the store does not sync the log`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        const synced = (await currentSetting(db, "fsync")) === "on";
        const before = await currentSetting(db, "synchronous_commit");
        const during = await db.transaction(async (tx) => { await tx.query(NO_WAIT_FOR_SYNC); return currentSetting(tx, "synchronous_commit"); });
        assert.equal(during, synced ? "off" : "on");
        assert.equal(await currentSetting(db, "synchronous_commit"), before);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): the migration to participants' blocks from the ends of their keys gives stored rows the blocks storing gives`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        await ingest(db, [samples], k, { batchSize: 5 });
        const blocks = async () => (await db.query<{ id: string; blocks: string[] }>(
          "select d.event_id::text || d.dyad as id, array(select x from unnest(d.person_blocks) x order by x) as blocks from event_dyads d order by 1")).rows;
        const stored = await blocks();
        assert.ok(stored.some((r) => r.blocks.length >= 4), "a long key gives its ends for two lengths");
        // As in a store from before migration 20, whose rows kept first letters and lengths.
        await db.query("update event_dyads set person_blocks = '{d15}'");
        await db.exec(MIGRATIONS.find((m) => m.version === 20)!.sql);
        assert.deepEqual(await blocks(), stored);
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): an exercise's dyad rows carry its edition, stored or filled in by the migration`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        await ingest(db, [samples], k, { batchSize: 5 });
        const rows = async () => (await db.query<{ id: string; evidence: string; edition: string | null }>(
          "select e.id::text as id, e.evidence, d.edition from events e join event_dyads d on d.event_id = e.id where e.type = 'exercise' order by e.id")).rows;
        const named = (await rows()).filter((r) => exerciseEdition(r.evidence) !== null);
        assert.ok(named.length >= 3, `${named.length} dyad rows of named exercises`);
        const stored = await rows();
        assert.deepEqual(stored.map((r) => r.edition), stored.map((r) => exerciseEdition(r.evidence)));
        // As in a store from before migration 14, read a few at a time (ids past 9 sort before 2 as text).
        await db.query("update event_dyads set edition = null");
        await db.transaction((tx) => fillExerciseEditions(tx, 2));
        assert.deepEqual((await rows()).map((r) => r.edition), stored.map((r) => r.edition));
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): reports a day apart, and one known only to the month, find the stored cluster`, { skip: backend.skip }, async () => {
    // Each article stored on its own: the second dates the talks a day later (Beijing's day), the
    // third only to the month. Clustering reads the stored reports they may join and no others.
    const b = await backend.make();
    const dir = mkdtempSync(path.join(tmpdir(), "attache-near-days-"));
    try {
      writeFileSync(path.join(dir, "a.txt"), " date 2031-06-03\nDefence ministers meet in Moscow\n\nMOSCOW, June 3. /TASS/. Russian Defence Minister Andrei Belousov held talks with Chinese Defence Minister Admiral Dong Jun in Moscow on Tuesday.\n");
      writeFileSync(path.join(dir, "b.txt"), " date 2031-06-04\nChina and Russia hold defence talks\n\nBEIJING, June 4 (Xinhua) -- Chinese Defence Minister Admiral Dong Jun met Russian Defence Minister Andrei Belousov in Moscow on Wednesday.\n");
      writeFileSync(path.join(dir, "c.txt"), " date 2031-07-20\nMinisters met in June\n\nRussian Defence Minister Andrei Belousov and Chinese Defence Minister Admiral Dong Jun met in Moscow in June, the ministry said on Sunday.\n");
      const db = await openStore(b.store);
      try {
        for (const f of ["a.txt", "b.txt", "c.txt"]) await ingest(db, [path.join(dir, f)], k);
        const events = await findEvents(db, { type: ["meeting"], order: "article" });
        assert.deepEqual(events.map((e) => e.date), ["2031-06-03", "2031-06-04", "2031-06"]);
        assert.equal(new Set(events.map((e) => e.cluster)).size, 1, JSON.stringify(events.map((e) => e.cluster)));
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): a dyad row lasts to the later of its event's date and end date`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const db = await openStore(b.store);
      try {
        const cases: [string | null, string | null, string | null][] = [
          ["2031-04-12", null, "2031-04-12"],
          ["2031-04-12", "2031-04-14", "2031-04-14"],
          ["2031-04", null, "2031-04-31"],
          ["2031-04", "2031-05", "2031-05-31"],
          ["2031-04", "2031-04-10", "2031-04-31"],
          ["2031-04-15", "2031-04-12", "2031-04-15"],
          ["2031", "2031-03", "2031-12-31"],
          [null, null, null],
        ];
        const { rows } = await db.query<{ last: string | null }>(
          `select ${lastDay("e")} as last from jsonb_to_recordset($1::jsonb) as e(n int, date text, date_end text) order by n`,
          [JSON.stringify(cases.map(([date, date_end], n) => ({ n, date, date_end })))]);
        assert.deepEqual(rows.map((r) => r.last), cases.map((c) => c[2]));
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): spellings of a person no file knows are one identity across articles`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    const dir = mkdtempSync(path.join(tmpdir(), "attache-identity-"));
    try {
      writeFileSync(path.join(dir, "first.txt"), " date 2031-03-04\nTalks in Minsk\n\nMINSK, March 4. /TASS/. Belarusian Defence Minister Colonel General Dmitry Vasilyevsky held talks with Chinese Defence Minister Admiral Wang Xiaoming in Minsk on Monday.\n");
      writeFileSync(path.join(dir, "second.txt"), " date 2031-03-03\nMinisters meet\n\nMINSK, March 3 (Xinhua) -- Chinese Defence Minister Admiral Wang Xiaoming met Belarusian Defence Minister Colonel General Dmitriy Vasilievsky in Minsk on Monday.\n");
      const db = await openStore(b.store);
      try {
        await ingest(db, [path.join(dir, "first.txt")], k, { batchSize: 1 });
        await ingest(db, [path.join(dir, "second.txt")], k, { batchSize: 1 });
        assert.deepEqual((await matchPersons(db, "Vasili")).map((p) => p.name), ["Dmitry Vasilyevsky"]);
        const events = await findEvents(db, { type: ["meeting"] });
        assert.equal(events.length, 2);
        assert.ok(events.every((e) => e.participants.includes("Dmitry Vasilyevsky")), JSON.stringify(events.map((e) => e.participants)));
        assert.equal(events[0]!.cluster, events[1]!.cluster);
        assert.deepEqual((await dossier(db, (await matchPersons(db, "Dmitry Vasilyevsky"))[0]!)).engagements.length, 2);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): a changed file replaces its results; a bad file is skipped and stored data stays`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    const dir = mkdtempSync(path.join(tmpdir(), "attache-inputs-"));
    try {
      cpSync(samples, dir, { recursive: true });
      const db = await openStore(b.store);
      try {
        await ingest(db, [dir], k);
      } finally {
        await db.close();
      }
      const before = await exported(b.store);
      const changed = path.join(dir, "s04-joint-air-patrol-2019.txt");
      appendFileSync(changed, "\n\nIndian Defence Minister Rajnath Singh met Chinese Defence Minister Dong Jun in Qingdao on Thursday.\n");
      writeFileSync(path.join(dir, "broken.txt"), Buffer.from([0x00, 0x01, 0x02, 0xff]));
      const db2 = await openStore(b.store);
      try {
        const s = await ingest(db2, [dir], k);
        assert.equal(s.updated, 1);
        assert.equal(s.skipped, 1);
        assert.match(s.problems[0]!.source, /broken\.txt$/);
        assert.equal(s.unchanged, before.length - 1);
      } finally {
        await db2.close();
      }
      const after = await exported(b.store);
      assert.deepEqual(comparable(after.filter((r) => r.id !== "s04-joint-air-patrol-2019")), comparable(before.filter((r) => r.id !== "s04-joint-air-patrol-2019")));
      const updated = after.find((r) => r.id === "s04-joint-air-patrol-2019")!;
      assert.ok(updated.events.some((e) => e.type === "meeting" && e.participants.includes("Dong Jun")), "the new meeting is stored");
      // Its events stored before keep their clusters' ids (its exercise is the only report of its
      // cluster, whose id no stored report held once the article was taken out), and the new one
      // founds its own.
      const earlier = before.find((r) => r.id === "s04-joint-air-patrol-2019")!.events;
      assert.ok(earlier.length > 0);
      assert.deepEqual(updated.events.slice(0, earlier.length).map((e) => e.cluster), earlier.map((e) => e.cluster));
      assert.ok(updated.events.slice(earlier.length).every((e) => !earlier.some((x) => x.cluster === e.cluster)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): event filters agree with the extraction`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const expected = (await extracted([samples])).flatMap((r) => r.events.map((e) => ({ ...e, article: r.id })));
      const db = await openStore(b.store);
      try {
        await ingest(db, [samples], k);
        const count = async (filter: Parameters<typeof findEvents>[1]) => (await findEvents(db, filter)).length;
        assert.equal(await count({ dyad: "RU-CN" }), expected.filter((e) => e.countries.includes("RU") && e.countries.includes("CN")).length);
        assert.equal(await count({ country: ["IN"] }), expected.filter((e) => e.countries.includes("IN")).length);
        assert.equal(await count({ type: ["call"] }), expected.filter((e) => e.type === "call").length);
        assert.equal(await count({ person: "Shoigu" }), expected.filter((e) => e.participants.includes("Sergei Shoigu")).length);
        // A month-precise date overlaps a day range inside it; bounds are inclusive.
        const inRange = (d: string | null, from: string, to: string) => d !== null && (d.length === 10 ? d >= from && d <= to : d === from.slice(0, d.length) || d === to.slice(0, d.length) || (d > from && d < to));
        assert.equal(await count({ from: "2019-01-01", to: "2021-12-31" }), expected.filter((e) => inRange(e.date, "2019-01-01", "2021-12-31")).length);
        const search = await findEvents(db, { text: "roadmap" });
        const mentionsRoadmap = (id: string) => /roadmap/i.test(readFileSync(path.join(samples, `${id}.txt`), "utf8"));
        assert.ok(search.length > 0 && search.every((e) => /roadmap/i.test(e.evidence.text) || mentionsRoadmap(e.articleId)));
        assert.ok(search.some((e) => e.articleId === "s05-roadmap-2021-2025"));
        // Every event of the articles that match, and only those; with a dyad, the dyad's among them.
        const texts = new Map((await db.query<{ id: string; text: string }>("select id, text from articles")).rows.map((r) => [r.id, r.text]));
        const withText = (re: RegExp) => expected.filter((e) => re.test(texts.get(e.article)!));
        assert.equal(search.length, withText(/roadmap/i).length);
        assert.equal(await count({ text: '"joint sea"' }), withText(/joint sea/i).length);
        assert.equal(await count({ text: "exercises -roadmap" }), withText(/exercis/i).filter((e) => !/roadmap/i.test(texts.get(e.article)!)).length);
        assert.equal(await count({ text: "exercises", dyad: "CN-RU" }), withText(/exercis/i).filter((e) => e.countries.includes("RU") && e.countries.includes("CN")).length);
        const page = await findEvents(db, { limit: 3, offset: 2 });
        assert.deepEqual(page.map((e) => e.id), (await findEvents(db)).slice(2, 5).map((e) => e.id));
      } finally {
        await db.close();
      }
    } finally {
      await b.cleanup();
    }
  });

  test(`store (${backend.name}): dossier, stats and reprocess`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    try {
      const records = await extracted([samples]);
      const db = await openStore(b.store);
      try {
        await ingest(db, [samples], k);
        const [shoigu, ...others] = await matchPersons(db, "Shoigu");
        assert.equal(others.length, 0);
        const d = await dossier(db, shoigu!);
        assert.equal(d.name, "Sergei Shoigu");
        assert.equal(d.country, "RU");
        assert.equal(d.engagements.length, records.flatMap((r) => r.events).filter((e) => e.participants.includes("Sergei Shoigu")).length);
        assert.ok(d.counterparts.length > 0 && d.counterparts.every((c) => c.name !== "Sergei Shoigu"));
        assert.ok(d.names.includes("Shoigu"));

        const s = await stats(db);
        assert.equal(s.articles, records.length);
        assert.equal(s.events, records.reduce((n, r) => n + r.events.length, 0));
        // Counts are real-world events: each cluster of reports once.
        const clusters = new Set<string | null>();
        for await (const r of exportRecords(db)) for (const e of r.events) clusters.add(e.cluster);
        assert.equal(s.clusters, clusters.size);
        assert.equal(s.byType.reduce((n, c) => n + c.count, 0), s.clusters);

        const again = await reprocess(db, k, { all: true });
        assert.equal(again.reprocessed, records.length);
        assert.equal((await reprocess(db, k)).reprocessed, 0, "nothing is stale after a full reprocess");
      } finally {
        await db.close();
      }
      assert.deepEqual(comparable(await exported(b.store)), comparable(records));
    } finally {
      await b.cleanup();
    }
  });
}

test("store (pglite): the data folder serves one process at a time; a folder of other files is refused", async () => {
  const b = await BACKENDS[0]!.make();
  try {
    const db = await openStore(b.store);
    try {
      await assert.rejects(openStore(b.store), /in use by process \d+/);
    } finally {
      await db.close();
    }
    const reopened = await openStore(b.store);
    await reopened.close();
    const other = mkdtempSync(path.join(tmpdir(), "attache-other-"));
    writeFileSync(path.join(other, "notes.txt"), "mine");
    await assert.rejects(openStore({ data: other }), /not an attache data folder/);
    rmSync(other, { recursive: true, force: true });
  } finally {
    await b.cleanup();
  }
});

test("store (pglite): without lz4 the texts are stored out of line uncompressed and the search vectors in the rows", async () => {
  const b = await BACKENDS[0]!.make();
  const work = mkdtempSync(path.join(tmpdir(), "attache-layout-"));
  try {
    // Generated news: some 3 KB of raw text, 3 KB of clean text and a 2.6 KB vector an article.
    const feed = path.join(work, "news.jsonl");
    await writeCorpusJsonl(feed, 200, 7);
    const db = await openStore(b.store);
    try {
      await ingest(db, [feed], k, { jobs: 0 });
      const { rows: [layout] } = await db.query<{ n: number; search_out: number; raw_out: number; text_out: number; compressed: number }>(
        `select count(*)::int as n, count(pg_column_toast_chunk_id(search))::int as search_out,
           count(pg_column_toast_chunk_id(raw))::int as raw_out, count(pg_column_toast_chunk_id(text))::int as text_out,
           (count(pg_column_compression(raw)) + count(pg_column_compression(text)) + count(pg_column_compression(search)))::int as compressed
         from articles`);
      const { text_out, ...rest } = layout!;
      assert.deepEqual(rest, { n: 200, search_out: 0, raw_out: 200, compressed: 0 });
      assert.ok(text_out > 150, `clean texts out of line: ${text_out} of 200`);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    await b.cleanup();
  }
});

test("store: the extraction threads by default leave a core to a store on this machine", () => {
  const here = ["postgres://u@127.0.0.1:5432/db", "postgres://u@localhost/db", "postgres://u@[::1]:5432/db", "postgresql:///db", "postgresql:///db?host=/var/run/postgresql"];
  const elsewhere = ["postgres://u@db.example.org/db", "postgres://u@10.0.0.5:5432/db", "postgresql:///db?host=db.example.org"];
  assert.deepEqual(here.filter((u) => !isLoopback(new URL(u))), []);
  assert.deepEqual(elsewhere.filter((u) => isLoopback(new URL(u))), []);
  const cores = availableParallelism();
  assert.equal(defaultJobs({ onThisMachine: true }), Math.max(1, cores - 1));
  assert.equal(defaultJobs({ onThisMachine: false }), cores);
});

test("store (server): processes opening a new store at the same moment all get its schema", { skip: serverSkip }, async () => {
  // Each round a new database, opened by six stores at once: creating the migrations' table
  // itself must be serialised, not only the migrations.
  for (let round = 0; round < 3; round++) {
    const b = await serverBackend();
    try {
      const opened = await Promise.allSettled(Array.from({ length: 6 }, () => openStore(b.store)));
      const failed = opened.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => String(o.reason));
      for (const o of opened) if (o.status === "fulfilled") await o.value.close();
      assert.deepEqual(failed, []);
    } finally {
      await b.cleanup();
    }
  }
});
