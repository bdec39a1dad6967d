// End-to-end: the attache command on the project's own sample articles and on bad input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticles } from "../scripts/generateCorpus.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "dist/src/cli/main.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", input, cwd: root });

interface GoldEvent { type: string; date: string | null; countries: string[]; primary: boolean }
const gold = readFileSync(path.join(root, "samples/gold.jsonl"), "utf8").split("\n").filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; published: string | null; events: GoldEvent[] });

test("extract: one record per sample article, in the shared format", () => {
  const r = run(["extract", "samples"]);
  assert.equal(r.status, 0, r.stderr);
  const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(records.map((x) => x.id).sort(), gold.map((g) => g.id).sort());
  for (const rec of records) {
    assert.ok(Array.isArray(rec.persons) && Array.isArray(rec.events));
    for (const e of rec.events) {
      assert.match(e.type, /^(meeting|call|visit|exercise|agreement|port_call)$/);
      assert.equal(typeof e.evidence, "string");
      assert.ok(e.evidence_end > e.evidence_start);
    }
  }
});

test("extract: the primary events of the samples are found with their type, date and states", () => {
  const records = new Map(run(["extract", "samples"]).stdout.trim().split("\n").map((l) => { const x = JSON.parse(l); return [x.id, x]; }));
  let found = 0, total = 0;
  for (const g of gold) {
    for (const e of g.events.filter((x) => x.primary)) {
      total++;
      const hit = records.get(g.id).events.some((p: GoldEvent) => p.type === e.type && (e.date === null || (p.date ?? "").startsWith(e.date.slice(0, 7)))
        && p.countries.join() === e.countries.join());
      if (hit) found++;
    }
  }
  // Not every primary event: the sample texts are written to include hard cases.
  assert.ok(found / total >= 0.7, `found ${found} of ${total} primary events`);
});

test("extract: reports of one event in different samples share a cluster, as the gold says; --no-cluster leaves it null", () => {
  const records = run(["extract", "samples"]).stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; events: (GoldEvent & { cluster: string })[] });
  const goldById = new Map(gold.map((g) => [g.id, g]));
  // Each primary event paired with the gold event of its article of the same type and date.
  const clusters: { predicted: string; gold: string; id: string }[] = [];
  for (const rec of records) {
    for (const e of rec.events) {
      const g = goldById.get(rec.id)!.events.find((x) => x.type === e.type && x.date === e.date && x.primary) as (GoldEvent & { cluster: string }) | undefined;
      if (g) clusters.push({ predicted: e.cluster, gold: g.cluster, id: rec.id });
    }
  }
  let sharedGold = 0;
  for (const a of clusters) for (const b of clusters) {
    if (a.id >= b.id) continue;
    if (a.gold === b.gold) sharedGold++;
    assert.equal(a.predicted === b.predicted, a.gold === b.gold, `${a.id} ${a.gold} / ${b.id} ${b.gold}`);
  }
  assert.ok(sharedGold >= 5, `only ${sharedGold} pairs of reports of one event`);
  const plain = run(["extract", "--no-cluster", "samples/s11-li-shangfu-kremlin-beijing-view.txt"]);
  assert.ok(JSON.parse(plain.stdout).events.every((e: { cluster: string | null }) => e.cluster === null));
});

test("extract: stdin and the table format", () => {
  const text = "MOSCOW, June 13. /TASS/. Russian Defense Minister Sergei Shoigu held talks with Chinese Defense Minister Wei Fenghe in Moscow on Thursday.";
  const r = run(["extract", "-", "--format", "table"], ` date 2019-06-13 ${text}`);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2019-06-13 +meeting: .*Sergei Shoigu/);
  assert.match(r.stdout, /1 engagements in 1 reports from 1 articles/);
});

test("extract: bad input is reported with file and reason, skipped, and the exit code says so", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "attache-cli-"));
  writeFileSync(path.join(dir, "good.txt"), " date 2021-11-23 Russian Defense Minister Sergei Shoigu and Chinese Defense Minister Wei Fenghe held talks via video link on Tuesday.");
  writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x41, 0x00, 0x42]));
  writeFileSync(path.join(dir, "feed.jsonl"), '{"id":"x1","text":"Chinese and Russian warships began joint drills in the Sea of Japan on Monday.","published":"2021-10-18"}\n{broken\n');
  const r = run(["extract", dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /binary\.txt: .*binary/);
  assert.match(r.stderr, /feed\.jsonl:2/);
  const ids = r.stdout.trim().split("\n").map((l) => JSON.parse(l).id).sort();
  assert.deepEqual(ids, ["good", "x1"]);
});

test("extract: a missing path is an error that names it", () => {
  const r = run(["extract", "no-such-folder"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no-such-folder/);
});

test("extract --jobs: worker threads give the same output and the same problems, in the same order, as one thread", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "attache-jobs-"));
  // Enough articles for several batches per worker, with bad lines between them.
  const lines = [...generateArticles(150, 7)].map((a, i) => (i % 40 === 39 ? "{broken" : JSON.stringify({ id: a.id, text: a.text })));
  writeFileSync(path.join(dir, "feed.jsonl"), lines.join("\n") + "\n");
  const one = run(["extract", "--jobs", "1", "samples", dir]);
  const three = run(["extract", "--jobs", "3", "samples", dir]);
  assert.equal(one.status, 2, one.stderr);
  assert.equal(three.status, 2, three.stderr);
  assert.equal(one.stdout.trim().split("\n").length, gold.length + 150 - 3);
  assert.equal(three.stdout, one.stdout);
  assert.equal(three.stderr, one.stderr);
  assert.equal(run(["extract", "--jobs", "0", "samples"]).status, 1);
});

test("extract: a reader that stops early (| head) ends the run quietly", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "attache-head-"));
  writeFileSync(path.join(dir, "feed.jsonl"), [...generateArticles(400, 3)].map((a) => JSON.stringify({ id: a.id, text: a.text })).join("\n") + "\n");
  const child = spawn(process.execPath, [cli, "extract", "--jobs", "1", dir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
  await once(child.stdout, "data");
  child.stdout.destroy();
  const [status] = (await once(child, "exit")) as [number | null];
  assert.equal(stderr, "");
  assert.equal(status, 0);
});
