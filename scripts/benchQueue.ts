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
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { freshDatabase } from "./benchDatabase.js";
import { wholeNumber } from "./flags.js";
import { writeCorpusJsonl } from "./generateCorpus.js";
import { timedCommand } from "./timedCommand.js";

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

async function storedArticles(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return Number((await c.query<{ n: string }>("select count(*) as n from articles")).rows[0]!.n); } finally { await c.end(); }
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Puts the corpus on the queue of a fresh server database, then drains it with `processes` workers. */
export async function benchQueueWorkers(corpus: string, articles: number, processes: number, batchSize = 200, threads: number | null = null): Promise<QueueFigures> {
  const { url, drop } = await freshDatabase(`queue_${processes}`);
  try {
    const enqueued = await timedCommand(["ingest", "--queue", corpus, "--database-url", url, "--batch-size", String(batchSize)]);
    const started = process.hrtime.bigint();
    const workerArgs = ["worker", "--database-url", url, "--until-empty", ...(threads === null ? [] : ["--jobs", String(threads)])];
    const workers = await Promise.all(Array.from({ length: processes }, () => timedCommand(workerArgs)));
    const drainSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const stored = await storedArticles(url);
    if (stored !== articles) throw new Error(`${stored} articles stored of ${articles} queued`);
    return {
      processes, articles, enqueueSeconds: round(enqueued.seconds), enqueuePeakRssMb: enqueued.peakRssMb,
      drainSeconds: round(drainSeconds), articlesPerSec: Math.round(articles / drainSeconds), workerPeakRssMb: workers.map((w) => w.peakRssMb),
    };
  } finally {
    await drop();
  }
}

export async function benchQueue(options: { articles: number; processes: number[]; batchSize: number; threads: number | null; seed: number }): Promise<QueueFigures[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "attache-bench-queue-"));
  try {
    const corpus = path.join(dir, "corpus.jsonl");
    await writeCorpusJsonl(corpus, options.articles, options.seed);
    const rows: QueueFigures[] = [];
    for (const n of options.processes) rows.push(await benchQueueWorkers(corpus, options.articles, n, options.batchSize, options.threads));
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
