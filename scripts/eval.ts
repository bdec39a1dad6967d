// npm run eval: extracts the shared gold corpus (seeds and dev*) and scores it with the shared
// scorer, one run per folder and one over all. Extra arguments (--min KEY=VALUE, --show-misses,
// --json) go to the run over all folders, whose exit code this script returns.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { extractPaths, describeProblem } from "../src/cli/runExtraction.js";
import { defaultJobs } from "../src/store/extractPool.js";
import { RecordClusterer } from "../src/cluster/clusterRecords.js";
import { toRecord } from "../src/export/record.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(process.env.ATTACHE_SHARED ?? path.join(root, "../shared"));
const scorer = path.join(shared, "eval/score.mjs");
const corpus = path.join(shared, "corpus");
if (!existsSync(scorer) || !existsSync(corpus)) {
  process.stderr.write(`eval: the shared corpus and scorer were not found under ${shared} (set ATTACHE_SHARED)\n`);
  process.exit(2);
}
const folders = readdirSync(corpus)
  .filter((d) => d === "seeds" || d.startsWith("dev"))
  .filter((d) => existsSync(path.join(corpus, d, "gold.jsonl")))
  .sort((a, b) => (a === "seeds" ? -1 : b === "seeds" ? 1 : a.localeCompare(b)));

const k = compileKnowledge(loadKnowledge());
const out = mkdtempSync(path.join(tmpdir(), "attache-eval-"));
const all: string[] = [];
// One clustering over all folders: a folder's run scores the pairs within it.
const clusterer = new RecordClusterer();
for (const folder of folders) {
  const lines: string[] = [];
  for await (const item of extractPaths([path.join(corpus, folder)], k, { jobs: defaultJobs() })) {
    if (item.kind === "problem") { process.stderr.write(`eval: skipped ${describeProblem(item.problem)}\n`); continue; }
    lines.push(JSON.stringify(clusterer.assign(toRecord(item.result))));
  }
  all.push(...lines);
  const pred = path.join(out, `${folder}.jsonl`);
  writeFileSync(pred, lines.join("\n") + "\n");
  const r = spawnSync(process.execPath, [scorer, "--gold", path.join(corpus, folder), "--pred", pred], { encoding: "utf8" });
  const summary = r.stdout.trim().split("\n").pop();
  console.log(`${folder.padEnd(8)} ${summary}`);
}
const predAll = path.join(out, "all.jsonl");
writeFileSync(predAll, all.join("\n") + "\n");
console.log(`\nall folders (${folders.join(", ")}); predictions in ${predAll}`);
const gold = folders.flatMap((f) => ["--gold", path.join(corpus, f)]);
const r = spawnSync(process.execPath, [scorer, ...gold, "--pred", predAll, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
