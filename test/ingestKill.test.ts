// End-to-end: `attache ingest` killed with SIGKILL at several moments, then run again, leaves
// every article stored once with all its results, on PGlite and on a PostgreSQL server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticles } from "../scripts/generateCorpus.js";
import { extractPaths } from "../src/cli/runExtraction.js";
import { toRecord, type ArticleRecord } from "../src/export/record.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { BACKENDS } from "./support/storeBackends.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "dist/src/cli/main.js");
const ARTICLES = 300;

/** Runs the CLI and kills it with SIGKILL after `ms` milliseconds (if it has not ended). */
function runKilledAfter(args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => { clearTimeout(timer); resolve(); });
  });
}

for (const backend of BACKENDS) {
  test(`ingest (${backend.name}): killed with SIGKILL at any moment, a rerun completes with no duplicate and no half-stored article`, { skip: backend.skip, timeout: 300_000 }, async () => {
    const b = await backend.make();
    const dir = mkdtempSync(path.join(tmpdir(), "attache-kill-"));
    try {
      const feed = path.join(dir, "feed.jsonl");
      writeFileSync(feed, [...generateArticles(ARTICLES, 5)].map((a) => JSON.stringify({ id: a.id, text: a.text })).join("\n") + "\n");
      const args = ["ingest", feed, ...b.flags, "--batch-size", "10"];
      for (const ms of [700, 1300, 1900, 2600]) await runKilledAfter(args, ms);
      const last = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
      assert.equal(last.status, 0, last.stderr);
      assert.match(last.stderr, new RegExp(`read ${ARTICLES} `));

      const k = compileKnowledge(loadKnowledge());
      const expected: ArticleRecord[] = [];
      for await (const item of extractPaths([feed], k)) if (item.kind === "result") expected.push(toRecord(item.result));
      const exported = spawnSync(process.execPath, [cli, "export", ...b.flags], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      assert.equal(exported.status, 0, exported.stderr);
      const stored = exported.stdout.trim().split("\n").map((l) => JSON.parse(l) as ArticleRecord);
      assert.equal(stored.length, ARTICLES);
      // Every stored report is clustered (clustering is in each batch's transaction); the cluster
      // names are the store's own, so the records are compared without them.
      assert.ok(stored.every((r) => r.events.every((e) => e.cluster !== null)));
      const round = (r: ArticleRecord) => ({ ...r, events: r.events.map((e) => ({ ...e, confidence: Math.round(e.confidence * 100), cluster: null })) });
      assert.deepEqual(stored.map(round), expected.sort((x, y) => x.id.localeCompare(y.id)).map(round));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await b.cleanup();
    }
  });
}
