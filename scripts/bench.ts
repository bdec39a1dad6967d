// npm run bench: throughput of the pipeline on synthetic articles, on one core.
//
//   node dist/scripts/bench.js [--count N] [--runs R] [--seed S] [--only NAME] [--json]
//
// The corpus (generateCorpus.ts) is built in memory, then each benchmark section runs one
// warm-up pass and R timed passes over it and reports, per run and as the median, articles/s,
// MB/s of input text and the process's peak RSS so far. Output goes to stdout only.
// Sections are listed in SECTIONS below; later work adds its own (storage ingest, queries).
import { cpus, platform, arch } from "node:os";
import { parseArgs } from "node:util";
import { cleanArticle } from "../src/clean/cleanArticle.js";
import type { RawArticle } from "../src/article.js";
import { extractArticle } from "../src/extract/extractArticle.js";
import { toRecord } from "../src/export/record.js";
import { ClusterIndex, clusterIdMaker } from "../src/cluster/clusterIndex.js";
import { eventSignature, type EventSignature } from "../src/cluster/eventSignature.js";
import { compileKnowledge, type CompiledKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import type { Knowledge } from "../src/knowledge/schema.js";
import { wholeNumber } from "./flags.js";
import { generateArticles, type GeneratedArticle } from "./generateCorpus.js";

// ---------------------------------------------------------------- shapes

interface Options {
  count: number;
  runs: number;
  seed: number;
  only: string | null;
  json: boolean;
}

/** What every section gets: the corpus and, loaded on first use, the knowledge. */
interface BenchContext {
  options: Options;
  articles: GeneratedArticle[];
  /** UTF-8 bytes of all article texts. */
  inputBytes: number;
  knowledge(): { knowledge: Knowledge; compiled: CompiledKnowledge; loadMs: number };
}

/** The figures of one timed pass. */
interface RunFigures {
  seconds: number;
  /** Items per second: articles, or the section's own unit (events for clustering). */
  perSec: number;
  unit: string;
  mbPerSec: number;
  /** process.resourceUsage().maxRSS after the pass, in MB (a high-water mark for the process). */
  peakRssMb: number;
}

/** What a pass reports besides its time: counters that also keep the work from being optimised away. */
type PassCounters = Record<string, number>;

interface SectionResult {
  name: string;
  description: string;
  warmupSeconds: number;
  runs: RunFigures[];
  median: RunFigures;
  /** Figures of the section itself (counters from the last pass, setup times, failures). */
  details: Record<string, number | string>;
}

interface Section {
  name: string;
  description: string;
  /** Prepares the section once (untimed) and returns one pass over the corpus. */
  setup(ctx: BenchContext): { details: Record<string, number | string>; pass: () => PassCounters; unit?: { name: string; count: number } };
}

// ---------------------------------------------------------------- sections

const extractSection: Section = {
  name: "extract",
  description: "clean + extract + toRecord + JSON.stringify, per article, one core",
  setup(ctx) {
    const { knowledge, compiled, loadMs } = ctx.knowledge();
    const raws: RawArticle[] = ctx.articles.map((a) => ({ id: a.id, source: a.id, format: "txt", raw: a.text }));
    let firstError: string | null = null;
    const pass = (): PassCounters => {
      let failures = 0;
      let outputBytes = 0;
      let events = 0;
      let persons = 0;
      for (const raw of raws) {
        try {
          const article = cleanArticle(raw, knowledge);
          const record = toRecord(extractArticle(article, compiled));
          outputBytes += JSON.stringify(record).length;
          events += record.events.length;
          persons += record.persons.length;
        } catch (err) {
          failures++;
          firstError ??= `${raw.id}: ${err instanceof Error ? err.message : String(err)}`;
        }
      }
      return { failures, outputBytes, events, persons };
    };
    return {
      details: {
        knowledgeLoadMs: Math.round(loadMs),
        get firstError() {
          return firstError ?? "";
        },
      },
      pass,
    };
  },
};

/** Each event of the corpus as if this many outlets reported it (the same facts, other articles). */
const REPORTS_PER_EVENT = 4;

const clusterSection: Section = {
  name: "cluster",
  description: `cluster the corpus's events, each reported by ${REPORTS_PER_EVENT} articles, in a shuffled order, one core`,
  setup(ctx) {
    const { knowledge, compiled } = ctx.knowledge();
    const signatures: EventSignature[] = [];
    for (const a of ctx.articles) {
      const record = toRecord(extractArticle(cleanArticle({ id: a.id, source: a.id, format: "txt", raw: a.text }, knowledge), compiled));
      for (let copy = 0; copy < REPORTS_PER_EVENT; copy++) {
        for (const e of record.events) signatures.push(eventSignature(`${a.id}/${copy}`, record.published, e));
      }
    }
    // A fixed shuffle: reports of one event arrive apart, as from different feeds.
    let state = ctx.options.seed;
    const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = signatures.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [signatures[i], signatures[j]] = [signatures[j]!, signatures[i]!];
    }
    const pass = (): PassCounters => {
      const index = new ClusterIndex(clusterIdMaker());
      for (const sig of signatures) index.add(sig);
      return { events: signatures.length, clusters: index.size };
    };
    return { details: {}, pass, unit: { name: "events", count: signatures.length } };
  },
};

/** Named benchmark sections, run in this order (or one with --only NAME). */
const SECTIONS: Section[] = [extractSection, clusterSection];

// ---------------------------------------------------------------- running

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: "string" }, runs: { type: "string" }, seed: { type: "string" }, only: { type: "string" },
      json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "usage: node dist/scripts/bench.js [--count N] [--runs R] [--seed S] [--only NAME] [--json]\n" +
        `sections: ${SECTIONS.map((s) => `${s.name} (${s.description})`).join("; ")}\n`,
    );
    process.exit(0);
  }
  const opts: Options = {
    count: wholeNumber("count", values.count, 1, 10_000),
    runs: wholeNumber("runs", values.runs, 1, 5),
    seed: wholeNumber("seed", values.seed, 1, 1),
    only: values.only ?? null,
    json: values.json ?? false,
  };
  if (opts.only && !SECTIONS.some((s) => s.name === opts.only)) {
    throw new Error(`no section named ${opts.only}; sections: ${SECTIONS.map((s) => s.name).join(", ")}`);
  }
  return opts;
}

const MB = 1024 * 1024;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timePass(pass: () => PassCounters): { seconds: number; counters: PassCounters } {
  const t0 = process.hrtime.bigint();
  const counters = pass();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, counters };
}

function runSection(section: Section, ctx: BenchContext, log: (line: string) => void): SectionResult {
  const { details, pass, unit } = section.setup(ctx);
  log(`[${section.name}] ${section.description}`);
  const warm = timePass(pass);
  log(`  warm-up   ${warm.seconds.toFixed(2)} s`);
  const n = unit?.count ?? ctx.articles.length;
  const unitName = unit?.name ?? "articles";
  const runs: RunFigures[] = [];
  let last = warm.counters;
  for (let i = 0; i < ctx.options.runs; i++) {
    collectGarbage();
    const { seconds, counters } = timePass(pass);
    last = counters;
    const run: RunFigures = { seconds, perSec: n / seconds, unit: unitName, mbPerSec: ctx.inputBytes / MB / seconds, peakRssMb: peakRssMb() };
    runs.push(run);
    log(`  run ${String(i + 1).padEnd(5)} ${fmtRun(run)}`);
  }
  const med: RunFigures = {
    seconds: median(runs.map((r) => r.seconds)),
    perSec: median(runs.map((r) => r.perSec)),
    unit: unitName,
    mbPerSec: median(runs.map((r) => r.mbPerSec)),
    // maxRSS only grows, so the "median" of a high-water mark is the highest one seen.
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
  log(`  median    ${fmtRun(med)} (highest)`);
  const all = { ...Object.fromEntries(Object.entries(details)), ...last };
  const shown = Object.entries(all).filter(([, v]) => v !== "");
  if (shown.length) log(`  details   ${shown.map(([k, v]) => `${k}=${v}`).join("  ")}`);
  return { name: section.name, description: section.description, warmupSeconds: warm.seconds, runs, median: med, details: all };
}

function fmtRun(r: RunFigures): string {
  return `${r.seconds.toFixed(2).padStart(7)} s  ${r.perSec.toFixed(0).padStart(7)} ${r.unit}/s  ` +
    `${r.mbPerSec.toFixed(2).padStart(6)} MB/s  peak RSS ${r.peakRssMb.toFixed(0)} MB`;
}

function main(argv: string[]): void {
  const options = readOptions(argv);
  const log = options.json ? (_: string) => {} : (line: string) => process.stdout.write(line + "\n");
  const cpu = cpus()[0];
  const machine = {
    cpu: cpu?.model.trim() ?? "unknown",
    cores: cpus().length,
    node: process.version,
    platform: `${platform()} ${arch()}`,
  };

  const t0 = process.hrtime.bigint();
  const articles = [...generateArticles(options.count, options.seed)];
  const generateSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const inputBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const corpus = { articles: articles.length, seed: options.seed, mb: inputBytes / MB, avgBytes: Math.round(inputBytes / articles.length), generateSeconds };

  let loaded: ReturnType<BenchContext["knowledge"]> | null = null;
  const ctx: BenchContext = {
    options,
    articles,
    inputBytes,
    knowledge() {
      if (!loaded) {
        const k0 = process.hrtime.bigint();
        const knowledge = loadKnowledge();
        const compiled = compileKnowledge(knowledge);
        loaded = { knowledge, compiled, loadMs: Number(process.hrtime.bigint() - k0) / 1e6 };
      }
      return loaded;
    },
  };

  log(`attache bench, ${new Date().toISOString()}`);
  log(`machine: ${machine.cpu} (${machine.cores} cores, one used), node ${machine.node}, ${machine.platform}`);
  log(`corpus:  ${corpus.articles} synthetic articles (seed ${corpus.seed}), ${corpus.mb.toFixed(1)} MB, ` +
    `${corpus.avgBytes} bytes on average, generated in ${generateSeconds.toFixed(2)} s`);
  log(`runs:    1 warm-up + ${options.runs} timed per section`);
  log("");

  const results: SectionResult[] = [];
  for (const section of SECTIONS) {
    if (options.only && section.name !== options.only) continue;
    results.push(runSection(section, ctx, log));
    log("");
  }
  if (options.json) {
    process.stdout.write(JSON.stringify({ date: new Date().toISOString(), machine, corpus, runs: options.runs, sections: results }, null, 2) + "\n");
  }
  if (results.some((r) => Number(r.details.failures ?? 0) > 0)) process.exitCode = 1;
}

try {
  main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
