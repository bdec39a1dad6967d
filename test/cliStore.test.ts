// End-to-end through the command line: ingest the samples into a store, then the commands
// analysts use every day, on PGlite and (when ATTACHE_TEST_DATABASE_URL is set) a server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { BACKENDS, embeddedBackend } from "./support/storeBackends.js";
import { generateArticles } from "../scripts/generateCorpus.js";
import { MIGRATIONS } from "../src/store/migrations.js";
import { openStore } from "../src/store/openStore.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "dist/src/cli/main.js");
/** One sample article per line of the samples' gold. */
const SAMPLES = readFileSync(path.join(root, "samples/gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).length;
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root, maxBuffer: 64 * 1024 * 1024 });

for (const backend of BACKENDS) {
  test(`cli (${backend.name}): ingest, events, person, stats, export`, { skip: backend.skip, timeout: 120_000 }, async () => {
    const b = await backend.make();
    try {
      const ingest = run(["ingest", "samples", ...b.flags]);
      assert.equal(ingest.status, 0, ingest.stderr);
      assert.match(ingest.stderr, new RegExp(`read ${SAMPLES} · new ${SAMPLES} · unchanged 0 · updated 0 · skipped 0`));
      assert.doesNotMatch(ingest.stderr, /vacuuming/, "a small run ends with no vacuum");
      assert.doesNotMatch(ingest.stderr, /bringing the store up to date/, "a new store is made, not brought up to date");
      const again = run(["ingest", "samples", ...b.flags]);
      assert.match(again.stderr, new RegExp(`read ${SAMPLES} · new 0 · unchanged ${SAMPLES} · updated 0 · skipped 0`));

      const json = run(["events", ...b.flags, "--dyad", "RU-CN", "--from", "2019", "--to", "2021-06", "--format", "json"]);
      assert.equal(json.status, 0, json.stderr);
      const events = JSON.parse(json.stdout) as { date: string; countries: string[] }[];
      assert.ok(events.length > 0);
      for (const e of events) {
        assert.ok(e.countries.includes("RU") && e.countries.includes("CN"));
        assert.ok(e.date.slice(0, 7) >= "2019-01" && e.date.slice(0, 7) <= "2021-06", e.date);
      }
      const table = run(["events", ...b.flags, "--person", "Gerasimov", "--type", "call"]);
      assert.match(table.stdout, /call \(video\): .*Valery Gerasimov/);
      const bad = run(["events", ...b.flags, "--from", "last year"]);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /--from takes a date as YYYY, YYYY-MM or YYYY-MM-DD/);

      const person = run(["person", "Shoigu", ...b.flags]);
      assert.equal(person.status, 0, person.stderr);
      assert.match(person.stdout, /^Sergei Shoigu \(RU\)/);
      assert.match(person.stdout, /Counterparts:\n\s+\d+\s+\S/);
      const nobody = run(["person", "Nobody Atall", ...b.flags]);
      assert.equal(nobody.status, 1);
      assert.match(nobody.stderr, /no person named "Nobody Atall"/);

      // The user of a store made before a migration is told of it as it runs (migration 20 can run again).
      const blocks = MIGRATIONS.find((m) => m.version === 20)!;
      const db = await openStore(b.store);
      await db.query("delete from schema_migrations where version = $1", [blocks.version]);
      await db.close();
      const stats = run(["stats", ...b.flags, "--format", "json"]);
      assert.equal(stats.stderr, `attache: bringing the store up to date: ${blocks.name}\n`);
      const s = JSON.parse(stats.stdout) as { articles: number; events: number; clusters: number; byType: { count: number }[] };
      assert.equal(s.articles, SAMPLES);
      // Counts are real-world events: each cluster of reports once.
      assert.ok(s.clusters > 0 && s.clusters < s.events);
      assert.equal(s.byType.reduce((n, c) => n + c.count, 0), s.clusters);

      const jsonl = run(["export", ...b.flags]);
      const records = jsonl.stdout.trim().split("\n").map((l) => JSON.parse(l) as { events: unknown[] });
      assert.equal(records.length, SAMPLES);
      const csv = run(["export", ...b.flags, "--format", "csv"]);
      const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
      assert.equal(rows.length, records.reduce((n, r) => n + r.events.length, 0));
      assert.ok(rows.every((r) => r.article_id && r.type && r.evidence && r.cluster));

      // Corrections: stored with their reason, refused when they name nothing, listed.
      const reject = run(["event", "reject", "s14-shoigu-singh-call-moscow-view#1", ...b.flags, "--reason", "a duplicate wire"]);
      assert.equal(reject.status, 0, reject.stderr);
      const missing = run(["event", "split", "no-such-article#3", ...b.flags, "--reason", "x"]);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /nothing stored matches event split: no-such-article#3.*nothing was changed/);
      assert.match(run(["event", "merge", "a#1", ...b.flags]).stderr, /--reason/);
      assert.match(run(["person", "merge", "Sergei Shoigu", ...b.flags, "--reason", "x"]).stderr, /two names/);
      const listed = run(["corrections", ...b.flags]);
      assert.match(listed.stdout, /event reject: s14-shoigu-singh-call-moscow-view#1 is not an engagement\n\s+a duplicate wire/);
      assert.equal(listed.stdout.match(/^\s+\d+ {2}/gm)?.length, 1);
    } finally {
      await b.cleanup();
    }
  });
}

test("cli: a large ingest says when it vacuums the store, after the last article and before the summary", { timeout: 120_000 }, async () => {
  const b = await embeddedBackend();
  try {
    const feed = path.join(mkdtempSync(path.join(tmpdir(), "attache-vacuum-")), "feed.jsonl");
    writeFileSync(feed, [...generateArticles(500, 5)].map((a) => JSON.stringify({ id: a.id, text: a.text })).join("\n") + "\n");
    const r = run(["ingest", feed, ...b.flags]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /ingest: all stored; vacuuming the store\nread 500 · new 500/);
    rmSync(path.dirname(feed), { recursive: true, force: true });
  } finally {
    await b.cleanup();
  }
});

test("cli: a store that cannot be opened is named in a clear error", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "attache-notstore-"));
  try {
    writeFileSync(path.join(dir, "mine.txt"), "not a store");
    const r = run(["events", "--data", dir]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not an attache data folder`));
    const server = run(["events", "--database-url", "postgres://nobody@127.0.0.1:1/none"]);
    assert.equal(server.status, 1);
    assert.match(server.stderr, /cannot reach the PostgreSQL server postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
