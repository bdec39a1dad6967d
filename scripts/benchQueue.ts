// The queue's benchmark: a generated corpus is put on the queue of a fresh server database with
// `attache ingest --queue`, then drained by 1 and by 3 `attache worker` processes (each run on
// a database of its own); reported are articles/s and the peak RSS of every process (VmHWM,
// read from /proc: Linux).
//
//   node dist/scripts/benchQueue.js [--articles 100000] [--processes 1,3] [--batch-size 200]
//        [--threads N] [--seed S] [--json]
//
// --threads is each worker's extraction threads (default: the worker's own default). The server
// is DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres; databases are dropped after.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { wholeNumber } from "./flags.js";
import { generateArticles } from "./generateCorpus.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "dist/src/cli/main.js");
const SERVER = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface QueueFigures {
  processes: number;
  articles: number;
  enqueueSeconds: number;
  enqueuePeakRssMb: number;
  /** From the workers' start to the last one's exit (the queue drained). */
  drainSeconds: number;
  articlesPerSec: number;
  workerPeakRssMb: number[];
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

interface Finished { seconds: number; peakRssMb: number }

/** Runs the CLI; its peak RSS is read from /proc while it runs (VmHWM only grows). */
function runCli(args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const env = { ...process.env };
    delete env.DATABASE_URL; // the database is given by flag
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let peakKb = 0;
    let stderr = "";
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* ended */ }
    }, 100);
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    child.on("exit", (code) => {
      clearInterval(poll);
      if (code !== 0) { reject(new Error(`attache ${args[0]} failed (${code}): ${stderr.slice(-500)}`)); return; }
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMb: Math.round(peakKb / 1024) });
    });
  });
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

async function storedArticles(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return Number((await c.query<{ n: string }>("select count(*) as n from articles")).rows[0]!.n); } finally { await c.end(); }
}

const round = (x: number) => Math.round(x * 10) / 10;

async function benchProcesses(corpus: string, articles: number, processes: number, batchSize: number, threads: number | null): Promise<QueueFigures> {
  const name = `attache_bench_queue_${process.pid}_${processes}`;
  await admin(`drop database if exists ${name}`);
  await admin(`create database ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  try {
    const enqueued = await runCli(["ingest", "--queue", corpus, "--database-url", url.toString(), "--batch-size", String(batchSize)]);
    const started = process.hrtime.bigint();
    const workerArgs = ["worker", "--database-url", url.toString(), "--until-empty", ...(threads === null ? [] : ["--jobs", String(threads)])];
    const workers = await Promise.all(Array.from({ length: processes }, () => runCli(workerArgs)));
    const drainSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const stored = await storedArticles(url.toString());
    if (stored !== articles) throw new Error(`${stored} articles stored of ${articles} queued`);
    return {
      processes, articles, enqueueSeconds: round(enqueued.seconds), enqueuePeakRssMb: enqueued.peakRssMb,
      drainSeconds: round(drainSeconds), articlesPerSec: Math.round(articles / drainSeconds), workerPeakRssMb: workers.map((w) => w.peakRssMb),
    };
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

export async function benchQueue(options: { articles: number; processes: number[]; batchSize: number; threads: number | null; seed: number }): Promise<QueueFigures[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "attache-bench-queue-"));
  try {
    const corpus = path.join(dir, "corpus.jsonl");
    await writeCorpus(corpus, options.articles, options.seed);
    const rows: QueueFigures[] = [];
    for (const n of options.processes) rows.push(await benchProcesses(corpus, options.articles, n, options.batchSize, options.threads));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatQueueFigures(rows: QueueFigures[]): string {
  const lines = ["queue (ingest --queue, then attache worker processes until drained):"];
  for (const r of rows) {
    lines.push(`  ${r.processes} worker${r.processes > 1 ? "s" : ""}, ${r.articles} articles: ${r.articlesPerSec} articles/s (drained in ${r.drainSeconds} s), ` +
      `peak RSS per worker ${r.workerPeakRssMb.join(", ")} MB; enqueued in ${r.enqueueSeconds} s, peak RSS ${r.enqueuePeakRssMb} MB`);
  }
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" }, processes: { type: "string" }, "batch-size": { type: "string" },
      threads: { type: "string" }, seed: { type: "string" }, json: { type: "boolean" },
    },
  });
  const processes = (values.processes ?? "1,3").split(",").map((p) => wholeNumber("processes", p, 1, 1));
  const rows = await benchQueue({
    articles: wholeNumber("articles", values.articles, 1, 100_000),
    processes,
    batchSize: wholeNumber("batch-size", values["batch-size"], 1, 200),
    threads: values.threads === undefined ? null : wholeNumber("threads", values.threads, 0, 0),
    seed: wholeNumber("seed", values.seed, 0, 1),
  });
  process.stdout.write(values.json ? JSON.stringify(rows, null, 2) + "\n" : formatQueueFigures(rows) + "\n");
}
