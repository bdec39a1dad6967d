// Clustering: reports of one real-world event from different articles, written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ClusterIndex, clusterIdMaker } from "../src/cluster/clusterIndex.js";
import { dayRange, eventSignature, type ClusterableEvent } from "../src/cluster/eventSignature.js";
import { personKey } from "../src/knowledge/nameKey.js";
import { RecordClusterer } from "../src/cluster/clusterRecords.js";
import { joinsThroughParticipants, personBlocks, sameEventScore } from "../src/cluster/sameEvent.js";
import { generateArticles } from "../scripts/generateCorpus.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { extractResult } from "../src/store/extractInput.js";
import { toRecord } from "../src/export/record.js";
import type { ArticleRecord, RecordEvent } from "../src/export/record.js";

function report(over: Partial<ClusterableEvent>): ClusterableEvent {
  return { type: "meeting", date: null, date_end: null, location: null, location_country: null, participants: [], countries: ["CN", "RU"], evidence: "", ...over };
}
const sig = (article: string, e: Partial<ClusterableEvent>, published: string | null = null) => eventSignature(article, published, report(e));

test("person keys fold transliteration and order", () => {
  assert.equal(personKey("Sergey Shoygu"), personKey("Sergei Shoigu"));
  assert.equal(personKey("Shangfu Li"), personKey("Li Shangfu"));
  assert.notEqual(personKey("Li Shangfu"), personKey("Li Zuocheng"));
});

test("day ranges at each precision", () => {
  assert.deepEqual(dayRange("2023-04-16"), [19463, 19463]);
  assert.deepEqual(dayRange("2023-04")!.map((d) => d - 19448), [0, 29]);
  assert.equal(dayRange("2024")![1] - dayRange("2024")![0], 365);
  assert.equal(dayRange("April 2023"), null);
});

test("one meeting: same pair of officials, dates that agree at their precision", () => {
  const tass = sig("tass", { date: "2019-06-13", participants: ["Valery Gerasimov", "Han Weiguo"] });
  const xinhua = sig("xinhua", { date: "2019-06", participants: ["Han Weiguo", "Valeriy Gerasimov"] });
  const nextDay = sig("local", { date: "2019-06-14", participants: ["Gerasimov Valery", "Han Weiguo"] });
  const otherMonth = sig("later", { date: "2019-08", participants: ["Valery Gerasimov", "Han Weiguo"] });
  assert.ok(sameEventScore(tass, xinhua)! > 0);
  assert.notEqual(sameEventScore(tass, nextDay), null, "a day apart (time zones)");
  assert.equal(sameEventScore(tass, otherMonth), null);
  assert.equal(sameEventScore(tass, sig("tass", { date: "2019-06-13", participants: ["Valery Gerasimov", "Han Weiguo"] })), null, "one article reports an event once");
});

test("different officials, types, states or places make different events", () => {
  const a = sig("a", { date: "2023-04-16", participants: ["Vladimir Putin", "Li Shangfu"] });
  assert.equal(sameEventScore(a, sig("b", { date: "2023-04-16", participants: ["Sergei Shoigu", "Li Shangfu"] })), null);
  assert.equal(sameEventScore(a, sig("b", { type: "call", date: "2023-04-16", participants: ["Vladimir Putin", "Li Shangfu"] })), null);
  assert.equal(sameEventScore(a, sig("b", { date: "2023-04-16", participants: ["Vladimir Putin", "Li Shangfu"], countries: ["CN", "IN", "RU"] })), null);
  const moscow = sig("a", { date: "2023-04-16", participants: ["Vladimir Putin", "Li Shangfu"], location: "Moscow", location_country: "RU" });
  assert.equal(sameEventScore(moscow, sig("b", { date: "2023-04-16", participants: ["Vladimir Putin", "Li Shangfu"], location: "Beijing", location_country: "CN" })), null);
});

test("an exercise edition: named reports agree whatever their states, unnamed ones need the same states", () => {
  const named = (article: string, date: string, countries: string[]) =>
    sig(article, { type: "exercise", date, countries, evidence: "The Sea Shield 2031 drills opened off the coast." });
  assert.ok(sameEventScore(named("a", "2031-04-11", ["PH", "US"]), named("b", "2031-04-20", ["AU", "PH", "US"]))! > 0, "a week into the drills");
  const other = sig("c", { type: "exercise", date: "2031-04-12", countries: ["PH", "US"], evidence: "The Ocean Guard 2031 drills opened." });
  assert.equal(sameEventScore(named("a", "2031-04-11", ["PH", "US"]), other), null);
  const unnamed = sig("d", { type: "exercise", date: "2031-04", countries: ["PH", "US"], evidence: "The drills opened." });
  assert.notEqual(sameEventScore(named("a", "2031-04-11", ["PH", "US"]), unnamed), null);
  assert.equal(sameEventScore(named("a", "2031-04-11", ["AU", "PH", "US"]), unnamed), null);
});

test("an undated report joins only on two shared participants, and only a cluster it cannot confuse", () => {
  const index = new ClusterIndex(clusterIdMaker());
  const first = index.add(sig("a", { type: "call", date: "2021-11-23", participants: ["Sergei Shoigu", "Wei Fenghe"] }));
  assert.equal(index.add(sig("b", { type: "call", participants: ["Wei Fenghe", "Sergey Shoygu"] }, "2021-11-24")), first);
  assert.notEqual(index.add(sig("c", { type: "call", participants: ["Wei Fenghe"] }, "2021-11-24")), first);
  // Two earlier calls of the same pair: an undated report could be either.
  index.add(sig("d", { type: "call", date: "2020-12-01", participants: ["Sergei Shoigu", "Wei Fenghe"] }));
  const undated = index.add(sig("e", { type: "call", participants: ["Sergei Shoigu", "Wei Fenghe"] }, "2022-01-10"));
  assert.ok(undated.startsWith("undated-"));
  // A report cannot tell of an event after its own day.
  const undatedReport = sig("f", { type: "call", participants: ["Sergei Shoigu", "Wei Fenghe"] }, "2020-12-02");
  assert.equal(sameEventScore(undatedReport, sig("g", { type: "call", date: "2021-11-23", participants: ["Sergei Shoigu", "Wei Fenghe"] })), null);
  assert.notEqual(sameEventScore(undatedReport, sig("g", { type: "call", date: "2020-12-01", participants: ["Sergei Shoigu", "Wei Fenghe"] })), null);
});

test("clusters are one per real-world event across a stream of records, and an event's cluster never changes", () => {
  const event = (over: Partial<RecordEvent>): RecordEvent => ({
    type: "meeting", mode: "in_person", date: null, date_end: null, location: null, location_country: null, participants: [], countries: ["CN", "RU"],
    frameworks: [], primary: true, cluster: null, evidence: "", evidence_start: 0, evidence_end: 0, confidence: 1, ...over,
  });
  const record = (id: string, published: string, events: RecordEvent[]): ArticleRecord => ({ id, source: id, url: null, outlet: null, published, persons: [], events });
  const clusterer = new RecordClusterer();
  const r1 = clusterer.assign(record("one", "2023-04-17", [
    event({ date: "2023-04-16", participants: ["Vladimir Putin", "Li Shangfu"], location: "Moscow", location_country: "RU" }),
    event({ type: "visit", date: "2023-04-16", participants: ["Li Shangfu"], location: "Moscow", location_country: "RU" }),
  ]));
  const r2 = clusterer.assign(record("two", "2023-04-18", [
    event({ type: "visit", date: "2023-04", participants: ["Li Shangfu"] }),
    event({ date: "2023-04-16", participants: ["Li Shangfu", "Vladimir Putin"] }),
    event({ date: "2023-04-17", participants: ["Sergei Shoigu", "Li Shangfu"] }),
  ]));
  assert.equal(r2.events[0]!.cluster, r1.events[1]!.cluster);
  assert.equal(r2.events[1]!.cluster, r1.events[0]!.cluster);
  assert.ok(![r1.events[0]!.cluster, r1.events[1]!.cluster].includes(r2.events[2]!.cluster));
  assert.equal(r1.events[0]!.cluster, "2023-04-16-CN-RU-meeting");
});

test("the index finds a cluster across a month's or a year's turn, and a year-precise report within its year", () => {
  const index = new ClusterIndex(clusterIdMaker());
  const visit = index.add(sig("a", { type: "visit", date: "2027-12-30", participants: ["Arun Rao"] }));
  assert.equal(index.add(sig("b", { type: "visit", date: "2028-01-02", participants: ["Arun Rao"] })), visit, "three days apart, across New Year");
  const meeting = index.add(sig("c", { date: "2027-03-31", participants: ["Arun Rao"] }));
  assert.equal(index.add(sig("d", { date: "2027-04-01", participants: ["Arun Rao"] })), meeting, "a day apart, across a month's end");
  assert.notEqual(index.add(sig("e", { date: "2027-04-03", participants: ["Arun Rao"] })), meeting, "a meeting two days later is another");
  const yearOnly = index.add(sig("f", { date: "2026", participants: ["Kamran Chaudhry"] }));
  assert.equal(index.add(sig("g", { date: "2026-09-14", participants: ["Kamran Chaudhry"] })), yearOnly);
});

test("between clusters that fit equally well, the older one wins, whatever months they lie in", () => {
  const drill = (article: string, date: string) => sig(article, { type: "exercise", date, countries: ["IN", "MN"] });
  for (const [first, second] of [["2024-05-30", "2024-06-03"], ["2024-06-03", "2024-05-30"]]) {
    const index = new ClusterIndex(clusterIdMaker());
    const older = index.add(drill("a", first!));
    assert.notEqual(index.add(drill("b", second!)), older, "four days apart: two drills");
    // Known only to the year, a third report fits both as well.
    assert.equal(sameEventScore(drill("c", "2024"), drill("a", first!)), sameEventScore(drill("c", "2024"), drill("b", second!)));
    assert.equal(index.add(drill("c", "2024")), older);
  }
});

test("a report that names participants is one event only with reports that share one of its participants' blocks, or that name none", () => {
  // The store skips stored reports by these blocks: no pair that sameEventScore accepts may be skipped.
  const blocks = (a: ReturnType<typeof sig>) => new Set(a.persons.flatMap(personBlocks));
  const reaches = (a: ReturnType<typeof sig>, b: ReturnType<typeof sig>) => b.persons.length === 0 || b.persons.some((p) => personBlocks(p).some((x) => blocks(a).has(x)));
  const medvedev = sig("a", { date: "2019-06-13", participants: ["Dmitry Medvedev"] });
  const slip = sig("b", { date: "2019-06-13", participants: ["Dmitry Medvedv"] });
  assert.notEqual(sameEventScore(medvedev, slip), null, "one slip in a long name");
  assert.ok(reaches(medvedev, slip) && reaches(slip, medvedev));
  const other = sig("c", { date: "2019-06-13", participants: ["Mikhail Dvornikov"] });
  assert.ok(!reaches(medvedev, other), "another person, whose key starts with the same letter and is one longer");
  assert.deepEqual(personBlocks(personKey("习近平")), ["="], "a name with no Latin letter has an empty key");
  assert.deepEqual(personBlocks("li wei"), ["=li wei"], "a key too short to forgive a slip in is its own block");

  const k = compileKnowledge(loadKnowledge());
  const sigs = [...generateArticles(1000, 7)].flatMap((a) => {
    const done = extractResult({ id: a.id, source: a.id, format: "jsonl", raw: a.text }, k);
    if ("reason" in done) return [];
    const r = toRecord(done.result);
    return r.events.map((e) => eventSignature(r.id, r.published, e));
  });
  let joined = 0;
  for (const a of sigs) {
    if (!a.persons.length || !joinsThroughParticipants(a.type)) continue;
    for (const b of sigs) {
      if (sameEventScore(a, b) === null) continue;
      joined++;
      assert.ok(reaches(a, b), `${a.article} ${a.persons} and ${b.article} ${b.persons}`);
    }
  }
  assert.ok(joined >= 10, `${joined} pairs`);
});

test("every key one slip from another, as samePerson forgives it, shares one of its blocks", () => {
  const letters = "abcdefghijklmnopqrstuvwxyz ";
  const shares = (a: string, b: string) => personBlocks(a).some((x) => personBlocks(b).includes(x)) && personBlocks(b).some((x) => personBlocks(a).includes(x));
  let checked = 0;
  for (const key of ["medvedev", "shoigu sergei", "fenghe wei", "bairsaihan dorj", "dong jun", "gerasimov valeri"]) {
    const slips = new Set<string>();
    for (let i = 0; i <= key.length; i++) {
      for (const c of letters) slips.add(key.slice(0, i) + c + key.slice(i)); // a letter added
      if (i < key.length) {
        slips.add(key.slice(0, i) + key.slice(i + 1)); // dropped
        for (const c of letters) slips.add(key.slice(0, i) + c + key.slice(i + 1)); // changed
      }
      if (i + 1 < key.length) slips.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2)); // two swapped
    }
    for (const slip of slips) {
      const a = sig("a", { date: "2019-06-13", participants: [key] });
      const b = sig("b", { date: "2019-06-13", participants: [slip] });
      if (sameEventScore(a, b) === null) continue;
      checked++;
      assert.ok(shares(a.persons[0]!, b.persons[0]!), `${a.persons} / ${b.persons}`);
    }
  }
  assert.ok(checked > 1000, `${checked} slips`);
});
