// The store's benchmark: ingest throughput into embedded PGlite and into a PostgreSQL server
// for generated corpora of several sizes, the peak RSS of the ingesting process, the data size
// on disk, and query latency (median, p95) for a dyad timeline and a full-text search.
//
//   node dist/scripts/benchStore.js [--sizes 10000,100000] [--backends pglite,server]
//        [--queries 40] [--seed S] [--json]
//
// The server is DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres; each size gets
// a database of its own, dropped afterwards. Each ingest runs in a child process (the CLI), so
// its peak RSS is its own.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore } from "../src/store/openStore.js";
import { findEvents, type EventFilter } from "../src/store/queries/events.js";
import { generateArticles } from "./generateCorpus.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "dist/src/cli/main.js");
const SERVER = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

interface StoreFigures {
  backend: string;
  articles: number;
  ingestSeconds: number;
  articlesPerSec: number;
  peakRssMb: number;
  dataMb: number;
  dyadMs: { median: number; p95: number };
  textMs: { median: number; p95: number };
}

/** Writes the generated corpus as JSONL, streaming, so 100,000 articles never sit in memory. */
async function writeCorpus(file: string, n: number, seed: number): Promise<void> {
  const out = createWriteStream(file);
  for (const a of generateArticles(n, seed)) {
    if (!out.write(JSON.stringify({ id: a.id, text: a.text }) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Runs `attache ingest` and reads its peak RSS from /proc just before it exits (VmHWM). */
function timedIngest(args: string[]): Promise<{ seconds: number; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, "ingest", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let peakKb = 0;
    let stderr = "";
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const m = /VmHWM:\s+(\d+)/.exec(status);
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* ended */ }
    }, 100);
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    child.on("exit", (code) => {
      clearInterval(poll);
      if (code !== 0) { reject(new Error(`ingest failed (${code}): ${stderr.slice(-500)}`)); return; }
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMb: Math.round(peakKb / 1024) });
    });
  });
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

async function benchOne(backend: "pglite" | "server", corpus: string, articles: number, queries: number): Promise<StoreFigures> {
  const work = mkdtempSync(path.join(tmpdir(), "attache-bench-store-"));
  let store: { data?: string; url?: string };
  let flags: string[];
  let dropServerDb: (() => Promise<void>) | null = null;
  if (backend === "pglite") {
    store = { data: path.join(work, "data") };
    flags = ["--data", store.data!];
  } else {
    const name = `attache_bench_${process.pid}_${articles}`;
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    store = { url: url.toString() };
    flags = ["--database-url", url.toString()];
    dropServerDb = async () => {
      const c = new pg.Client({ connectionString: SERVER });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  try {
    const { seconds, peakRssMb } = await timedIngest([corpus, ...flags]);
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
    };
  } finally {
    await dropServerDb?.();
    rmSync(work, { recursive: true, force: true });
  }
}

export async function benchStore(options: { sizes: number[]; backends: ("pglite" | "server")[]; queries: number; seed: number }): Promise<StoreFigures[]> {
  const out: StoreFigures[] = [];
  for (const size of options.sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), "attache-bench-corpus-"));
    const corpus = path.join(dir, "corpus.jsonl");
    try {
      await writeCorpus(corpus, size, options.seed);
      for (const backend of options.backends) {
        const f = await benchOne(backend, corpus, size, options.queries);
        process.stderr.write(`store ${backend} ${size}: ${f.articlesPerSec} articles/s\n`);
        out.push(f);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

export function formatStoreFigures(rows: StoreFigures[]): string {
  const lines = ["backend  articles  ingest s  articles/s  peak RSS MB  data MB  dyad ms (median/p95)  text ms (median/p95)"];
  for (const r of rows) {
    lines.push(`${r.backend.padEnd(8)} ${String(r.articles).padStart(8)} ${String(r.ingestSeconds).padStart(9)} ${String(r.articlesPerSec).padStart(11)} ${String(r.peakRssMb).padStart(12)} ${String(r.dataMb).padStart(8)}  ${`${r.dyadMs.median} / ${r.dyadMs.p95}`.padStart(20)}  ${`${r.textMs.median} / ${r.textMs.p95}`.padStart(20)}`);
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
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const backends = values.backends.split(",") as ("pglite" | "server")[];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers separated by commas, not "${values.sizes}"`);
  if (backends.some((b) => b !== "pglite" && b !== "server")) throw new Error(`--backends takes pglite and/or server, not "${values.backends}"`);
  const figures = await benchStore({ sizes, backends, queries: Number(values.queries), seed: Number(values.seed) });
  process.stdout.write((values.json ? JSON.stringify(figures, null, 2) : formatStoreFigures(figures)) + "\n");
}
