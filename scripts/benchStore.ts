// The store's benchmark: ingest throughput into embedded PGlite and into a PostgreSQL server
// for generated corpora of several sizes, the peak RSS of the ingesting process, the data size
// on disk, and query latency (median, p95) for a dyad timeline and a full-text search; then the
// pipeline at scale, side by side: extraction on one thread and on one per core (and, as the
// machine's ceiling, one single-thread process per core on a share of the corpus each), ingest into
// each store, and the server's queue drained by 1 and by 3 worker processes, each with its peak
// RSS and the time it would take for 1,000,000 articles.
//
//   node dist/scripts/benchStore.js [--sizes 10000,100000] [--backends pglite,server]
//        [--queries 40] [--seed S] [--json] [--store-only N]
//
// --store-only N measures the storing side alone: N generated articles are extracted first, then
// saved as ingest saves them, and the CPU per article of this process (PGlite runs in it) and of
// the server's backend process (read from /proc, Linux) is reported.
//
// The server is DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres; each size gets
// a database of its own, dropped afterwards. Each ingest runs in a child process (the CLI), so
// its peak RSS is its own.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { extractInput } from "../src/store/extractInput.js";
import { DEFAULT_BATCH_SIZE } from "../src/store/ingest.js";
import { contentHash } from "../src/store/inputBatches.js";
import { openStore } from "../src/store/openStore.js";
import { findEvents, type EventFilter } from "../src/store/queries/events.js";
import { saveArticles, type ExtractedArticle } from "../src/store/saveArticles.js";
import { lexiconOf, readsSearchWords } from "../src/store/searchVector.js";
import type { Database } from "../src/store/database.js";
import { generateArticles, writeCorpusJsonl } from "./generateCorpus.js";
import { freshDatabase } from "./benchDatabase.js";
import { benchQueueWorkers } from "./benchQueue.js";
import { timedCommand } from "./timedCommand.js";


interface StoreFigures {
  backend: string;
  articles: number;
  ingestSeconds: number;
  articlesPerSec: number;
  peakRssMb: number;
  dataMb: number;
  dyadMs: { median: number; p95: number };
  textMs: { median: number; p95: number };
  /** Storing and clustering one more article (a second report of stored events), per article. */
  addOneMs: { median: number; p95: number };
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return n;
}

const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
const round = (x: number) => Math.round(x * 10) / 10;

/** Median and p95 of `n` runs of a query, each with its own filter. */
async function latency(store: { data?: string; url?: string }, filters: EventFilter[]): Promise<{ median: number; p95: number }> {
  const db = await openStore(store);
  try {
    await findEvents(db, filters[0]!); // warm the caches once
    const times: number[] = [];
    for (const f of filters) {
      const t = performance.now();
      await findEvents(db, f);
      times.push(performance.now() - t);
    }
    return { median: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
  } finally {
    await db.close();
  }
}

const DYADS = ["RU-CN", "CN-RU", "RU-IN", "CN-PK", "US-JP", "IN-RU"];
const WORDS = ["joint patrol", "naval drills", "defence minister", "roadmap", "video link", "port call", "strategic partnership", "Vladivostok"];

function queryFilters(n: number): { dyad: EventFilter[]; text: EventFilter[] } {
  const dyad: EventFilter[] = [];
  const text: EventFilter[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2009 + (i % 17);
    dyad.push({ dyad: DYADS[i % DYADS.length]!, from: String(year), to: String(year + 2), limit: 100 });
    text.push({ text: WORDS[i % WORDS.length]!, limit: 100 });
  }
  return { dyad, text };
}

/** An empty store of a backend: the folder or server database, its CLI flags, and its removal. */
async function emptyStore(backend: "pglite" | "server", label: string): Promise<{ store: { data?: string; url?: string }; flags: string[]; remove: () => Promise<void> }> {
  if (backend === "pglite") {
    const work = mkdtempSync(path.join(tmpdir(), "attache-bench-store-"));
    const data = path.join(work, "data");
    return { store: { data }, flags: ["--data", data], remove: async () => rmSync(work, { recursive: true, force: true }) };
  }
  const { url, drop } = await freshDatabase(label);
  return { store: { url }, flags: ["--database-url", url], remove: drop };
}

/** How many single articles are added, one transaction each, after the bulk ingest. */
const ADDED_ONE_BY_ONE = 20;

/** Times adding articles one at a time to a filled store: each is saved and clustered in its own transaction. */
async function addOneByOne(store: { data?: string; url?: string }, extra: ExtractedArticle[]): Promise<{ median: number; p95: number }> {
  const db = await openStore(store);
  try {
    const times: number[] = [];
    for (const a of extra) {
      const t = performance.now();
      await db.transaction((tx) => saveArticles(tx, asIngestReads(db, [a]), lexiconOf(db)));
      times.push(performance.now() - t);
    }
    return { median: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
  } finally {
    await db.close();
  }
}

/** Articles of the corpus again under new ids: second reports of stored events, which join their clusters. */
function secondReports(n: number, seed: number): ExtractedArticle[] {
  return extractGenerated(n, seed).map((x) => {
    const id = `${x.article.id}-again`;
    return { ...x, input: { ...x.input, id }, article: { ...x.article, id }, result: { ...x.result, id } };
  });
}

async function benchOne(backend: "pglite" | "server", corpus: string, articles: number, queries: number, seed: number): Promise<StoreFigures> {
  const { store, flags, remove } = await emptyStore(backend, String(articles));
  try {
    const { seconds, peakRssMb } = await timedCommand(["ingest", corpus, ...flags]);
    let dataMb: number;
    if (backend === "pglite") dataMb = folderBytes(store.data!) / 1e6;
    else {
      const db = await openStore(store);
      const { rows } = await db.query<{ n: string }>("select pg_database_size(current_database()) as n");
      await db.close();
      dataMb = Number(rows[0]!.n) / 1e6;
    }
    const q = queryFilters(queries);
    return {
      backend, articles, ingestSeconds: round(seconds), articlesPerSec: Math.round(articles / seconds), peakRssMb,
      dataMb: Math.round(dataMb), dyadMs: await latency(store, q.dyad), textMs: await latency(store, q.text),
      addOneMs: await addOneByOne(store, secondReports(ADDED_ONE_BY_ONE, seed)),
    };
  } finally {
    await remove();
  }
}

interface StoreOnlyFigures {
  backend: string;
  articles: number;
  /** Per article, saving alone: elapsed, CPU of this process, CPU of the server's backend. */
  wallMs: number;
  processCpuMs: number;
  serverCpuMs: number | null;
}

/** CPU milliseconds a process has used (utime + stime from /proc, in clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Saves pre-extracted articles into an empty store, in ingest's batches, and times the saving alone. */
async function storeOnly(backend: "pglite" | "server", batch: ExtractedArticle[]): Promise<StoreOnlyFigures> {
  const { store, remove } = await emptyStore(backend, "store_only");
  const db = await openStore(store);
  try {
    let wall = 0, cpu = 0, server = 0;
    for (let i = 0; i < batch.length; i += DEFAULT_BATCH_SIZE) {
      const t = performance.now();
      const c = process.cpuUsage();
      let backendPid = 0, before = 0;
      await db.transaction(async (tx) => {
        if (backend === "server") {
          backendPid = (await tx.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0]!.pid;
          before = processCpuMs(backendPid);
        }
        await saveArticles(tx, asIngestReads(db, batch.slice(i, i + DEFAULT_BATCH_SIZE)), lexiconOf(db));
      });
      if (backendPid) server += processCpuMs(backendPid) - before;
      const used = process.cpuUsage(c);
      cpu += (used.user + used.system) / 1000;
      wall += performance.now() - t;
    }
    const per = (ms: number) => Math.round((ms / batch.length) * 100) / 100;
    return { backend, articles: batch.length, wallMs: per(wall), processCpuMs: per(cpu), serverCpuMs: backend === "server" ? per(server) : null };
  } finally {
    await db.close();
    await remove();
  }
}

/** The articles as ingest hands them to `db`: with their search words only where it reads them. */
function asIngestReads(db: Database, batch: ExtractedArticle[]): ExtractedArticle[] {
  return readsSearchWords(db) ? batch : batch.map((a) => ({ ...a, searchWords: null }));
}

function extractGenerated(n: number, seed: number): ExtractedArticle[] {
  const k = compileKnowledge(loadKnowledge());
  const out: ExtractedArticle[] = [];
  for (const a of generateArticles(n, seed)) {
    const input = { id: a.id, source: `generated:${a.id}`, format: "jsonl" as const, raw: a.text };
    const done = extractInput(input, contentHash(input), k, true);
    if (!("reason" in done)) out.push(done);
  }
  return out;
}

/** One job of the pipeline run over a whole corpus, as a user runs it: a command in its own process. */
interface ScaleFigures {
  job: string;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  peakRssMb: number;
  /** Minutes for 1,000,000 articles at this rate. */
  millionMinutes: number;
}

const scaleRow = (job: string, articles: number, seconds: number, peakRssMb: number): ScaleFigures => ({
  job, articles, seconds: round(seconds), articlesPerSec: Math.round(articles / seconds), peakRssMb, millionMinutes: round(1e6 / (articles / seconds) / 60),
});

/** Worker processes draining the queue, side by side. */
const QUEUE_WORKERS = [1, 3];

/** The corpus cut into `n` files of consecutive lines, beside it. */
function splitCorpus(corpus: string, n: number): string[] {
  const lines = readFileSync(corpus, "utf8").split("\n").filter((l) => l.length > 0);
  const per = Math.ceil(lines.length / n);
  return Array.from({ length: n }, (_, i) => {
    const part = corpus.replace(/\.jsonl$/, `.part${i + 1}.jsonl`);
    writeFileSync(part, lines.slice(i * per, (i + 1) * per).join("\n") + "\n");
    return part;
  });
}

/** `attache extract` over the corpus with one thread and with one per core; then, as the
 * machine's ceiling for that many threads, as many one-thread processes side by side, each over
 * its share of the corpus: no work shared, nothing handed between threads. */
async function benchExtractThreads(corpus: string, articles: number): Promise<ScaleFigures[]> {
  const rows: ScaleFigures[] = [];
  const cores = availableParallelism();
  for (const jobs of [...new Set([1, cores])]) {
    const { seconds, peakRssMb } = await timedCommand(["extract", "--jobs", String(jobs), corpus]);
    rows.push(scaleRow(`extract, ${jobs} thread${jobs === 1 ? "" : "s"}`, articles, seconds, peakRssMb));
    process.stderr.write(`extract --jobs ${jobs} ${articles}: ${rows.at(-1)!.articlesPerSec} articles/s\n`);
  }
  if (cores > 1) {
    const parts = splitCorpus(corpus, cores);
    const started = performance.now();
    const runs = await Promise.all(parts.map((part) => timedCommand(["extract", "--jobs", "1", part])));
    rows.push(scaleRow(`extract, ${cores} processes`, articles, (performance.now() - started) / 1000, Math.max(...runs.map((r) => r.peakRssMb))));
    process.stderr.write(`extract, ${cores} processes side by side ${articles}: ${rows.at(-1)!.articlesPerSec} articles/s\n`);
    for (const part of parts) rmSync(part);
  }
  return rows;
}

export async function benchStore(options: { sizes: number[]; backends: ("pglite" | "server")[]; queries: number; seed: number }): Promise<{ store: StoreFigures[]; scale: ScaleFigures[] }> {
  const store: StoreFigures[] = [];
  const scale: ScaleFigures[] = [];
  for (const size of options.sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), "attache-bench-corpus-"));
    const corpus = path.join(dir, "corpus.jsonl");
    try {
      await writeCorpusJsonl(corpus, size, options.seed);
      scale.push(...await benchExtractThreads(corpus, size));
      for (const backend of options.backends) {
        const f = await benchOne(backend, corpus, size, options.queries, options.seed);
        process.stderr.write(`store ${backend} ${size}: ${f.articlesPerSec} articles/s\n`);
        store.push(f);
        scale.push(scaleRow(`ingest into ${backend === "pglite" ? "PGlite" : "the server"}`, size, f.ingestSeconds, f.peakRssMb));
      }
      if (options.backends.includes("server")) {
        for (const processes of QUEUE_WORKERS) {
          const q = await benchQueueWorkers(corpus, size, processes);
          process.stderr.write(`queue, ${processes} workers ${size}: ${q.articlesPerSec} articles/s\n`);
          // Enqueuing is part of the job; the peak RSS is that of the largest process.
          scale.push(scaleRow(`queue, ${processes} worker${processes === 1 ? "" : "s"}`, size, q.enqueueSeconds + q.drainSeconds, Math.max(q.enqueuePeakRssMb, ...q.workerPeakRssMb)));
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { store, scale };
}

export function formatScaleFigures(rows: ScaleFigures[]): string {
  const lines = ["job                       articles  seconds  articles/s  peak RSS MB  1,000,000 in (min)"];
  for (const r of rows) {
    lines.push(`${r.job.padEnd(24)} ${String(r.articles).padStart(9)} ${String(r.seconds).padStart(8)} ${String(r.articlesPerSec).padStart(11)} ${String(r.peakRssMb).padStart(12)} ${String(r.millionMinutes).padStart(19)}`);
  }
  for (const size of new Set(rows.map((r) => r.articles))) {
    const of = (job: RegExp) => rows.find((r) => r.articles === size && job.test(r.job));
    const one = of(/^extract, 1 thread$/), threads = of(/^extract, \d+ threads$/), processes = of(/^extract, \d+ processes$/);
    if (!one || !threads || !processes) continue;
    const times = (r: ScaleFigures) => `${(r.articlesPerSec / one.articlesPerSec).toFixed(2)}×`;
    lines.push(`${size} articles: ${threads.job} ${times(threads)} as fast as one thread; ${processes.job} side by side (the machine's ceiling) ${times(processes)}`);
  }
  return lines.join("\n");
}

export function formatStoreFigures(rows: StoreFigures[]): string {
  const lines = ["backend  articles  ingest s  articles/s  peak RSS MB  data MB  dyad ms (median/p95)  text ms (median/p95)  add one ms (median/p95)"];
  for (const r of rows) {
    lines.push(`${r.backend.padEnd(8)} ${String(r.articles).padStart(8)} ${String(r.ingestSeconds).padStart(9)} ${String(r.articlesPerSec).padStart(11)} ${String(r.peakRssMb).padStart(12)} ${String(r.dataMb).padStart(8)}  ${`${r.dyadMs.median} / ${r.dyadMs.p95}`.padStart(20)}  ${`${r.textMs.median} / ${r.textMs.p95}`.padStart(20)}  ${`${r.addOneMs.median} / ${r.addOneMs.p95}`.padStart(24)}`);
  }
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000" },
      backends: { type: "string", default: "pglite,server" },
      queries: { type: "string", default: "40" },
      seed: { type: "string", default: "1" },
      json: { type: "boolean", default: false },
      "store-only": { type: "string" },
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const backends = values.backends.split(",") as ("pglite" | "server")[];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers separated by commas, not "${values.sizes}"`);
  if (backends.some((b) => b !== "pglite" && b !== "server")) throw new Error(`--backends takes pglite and/or server, not "${values.backends}"`);
  if (values["store-only"] !== undefined) {
    const n = Number(values["store-only"]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--store-only takes a whole number, not "${values["store-only"]}"`);
    const batch = extractGenerated(n, Number(values.seed));
    const figures: StoreOnlyFigures[] = [];
    for (const backend of backends) figures.push(await storeOnly(backend, batch));
    process.stdout.write((values.json ? JSON.stringify(figures, null, 2) : figures.map((f) =>
      `${f.backend.padEnd(8)} ${f.articles} articles saved: ${f.wallMs} ms/article elapsed, CPU ${f.processCpuMs} ms/article in this process` +
      (f.serverCpuMs === null ? "" : `, ${f.serverCpuMs} ms/article in the server`)).join("\n")) + "\n");
  } else {
    const figures = await benchStore({ sizes, backends, queries: Number(values.queries), seed: Number(values.seed) });
    process.stdout.write((values.json ? JSON.stringify(figures, null, 2) : `${formatStoreFigures(figures.store)}\n\n${formatScaleFigures(figures.scale)}`) + "\n");
  }
}
