// The workbench's benchmark: a store of N generated articles (default 100,000) served by
// `attache serve`; the latency (median, p95) of the API for filtered lists, facets, a dossier, the
// network and the timeline, each request with parameters of its own (so none is answered from the
// figure cache); and per page the time until interactive in chromium.
//
//   node dist/scripts/benchServe.js [--articles N] [--store DIR] [--requests R] [--seed S] [--json]
//
// --store DIR keeps the filled store there (an existing one is reused, not filled again).
// Time until interactive: from the start of the navigation until the page marks its view
// complete (<body data-ready=ADDRESS>: its data fetched and drawn, one frame later).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { wholeNumber } from "./flags.js";
import { UNFILTERED_FIGURES } from "../src/server/warm.js";
import { generateArticles } from "./generateCorpus.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "dist/src/cli/main.js");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
const round = (x: number) => Math.round(x * 10) / 10;
const stat = (xs: number[]) => ({ median: round(percentile(xs, 0.5)), p95: round(percentile(xs, 0.95)), max: round(Math.max(...xs)) });

/** Runs the CLI, failing with its stderr. */
async function run(args: string[]): Promise<void> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d: Buffer) => { err = (err + d.toString()).slice(-2000); });
  const [code] = await once(child, "exit") as [number];
  if (code !== 0) throw new Error(`attache ${args[0]} failed (${code}): ${err}`);
}

async function fill(data: string, articles: number, seed: number): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), "attache-bench-serve-"));
  try {
    const corpus = path.join(work, "corpus.jsonl");
    const out = createWriteStream(corpus);
    for (const a of generateArticles(articles, seed)) if (!out.write(JSON.stringify({ id: a.id, text: a.text }) + "\n")) await once(out, "drain");
    out.end();
    await once(out, "finish");
    const t = performance.now();
    await run(["ingest", corpus, "--data", data]);
    return (performance.now() - t) / 1000;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function serve(data: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [cli, "serve", "--data", data, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => { out += d.toString(); const m = /at (http:\/\/\S+?)\/?\n/.exec(out); if (m) resolve(m[1]!); });
    child.on("exit", (code) => reject(new Error(`serve exited (${code})`)));
  });
  return { url, stop: async () => { child.kill("SIGTERM"); await once(child, "exit"); } };
}

async function timed(url: string): Promise<{ ms: number; body: unknown }> {
  const t = performance.now();
  const res = await fetch(url);
  const body = await res.json();
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

const DYADS = ["CN-RU", "IN-RU", "CN-PK", "PK-RU", "CN-IN", "CN-KZ", "MN-RU", "RU-TH", "RU-VN", "ID-RU", "CN-ID", "CN-IR"];
const COUNTRIES = ["RU", "CN", "IN", "PK", "KZ", "MN", "ID", "IR", "TH", "VN"];
const TYPES = ["meeting", "exercise", "visit", "agreement", "call", "port_call"];
const WORDS = ["joint patrol", "naval drills", "defence minister", "roadmap", "video link", "port call", "strategic partnership", "counter-terrorism",
  "military cooperation", "general staff", "frigate", "air force"];

/** R distinct requests of each kind: the figures cache never answers them. */
function requests(r: number, personIds: number[]): Record<string, string[]> {
  const kinds: Record<string, string[]> = { "events by dyad and years": [], "events by type (paged)": [], "events by country and year": [],
    "events by text": [], "facets by dyad and year": [], dossier: [], "network (persons) by country and years": [], "network (states) by country since a year": [], "timeline by dyad and years": [] };
  for (let i = 0; i < r; i++) {
    const year = 2009 + (i % 16);
    const dyad = DYADS[i % DYADS.length]!;
    kinds["events by dyad and years"]!.push(`/api/events?dyad=${dyad}&from=${year}&to=${year + 2}`);
    kinds["events by type (paged)"]!.push(`/api/events?type=${TYPES[i % TYPES.length]}&offset=${50 * i}`);
    kinds["events by country and year"]!.push(`/api/events?country=${COUNTRIES[i % COUNTRIES.length]}&year=${year}`);
    kinds["events by text"]!.push(`/api/events?text=${encodeURIComponent(WORDS[i % WORDS.length]!)}&offset=${50 * Math.floor(i / WORDS.length)}`);
    kinds["facets by dyad and year"]!.push(`/api/facets?dyad=${DYADS[(i + 3) % DYADS.length]}&year=${year}`);
    kinds.dossier!.push(`/api/persons/${personIds[i % personIds.length]}`);
    kinds["network (persons) by country and years"]!.push(`/api/network?country=${COUNTRIES[(i + 1) % COUNTRIES.length]}&from=${year}&to=${year + 1}`);
    kinds["network (states) by country since a year"]!.push(`/api/network?kind=states&country=${COUNTRIES[(i + 2) % COUNTRIES.length]}&from=${year}`);
    kinds["timeline by dyad and years"]!.push(`/api/timeline?dyad=${DYADS[(i + 5) % DYADS.length]}&from=${year}&to=${year + 4}`);
  }
  return kinds;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: "string" }, store: { type: "string" }, requests: { type: "string" }, seed: { type: "string" }, json: { type: "boolean" } } });
  const articles = wholeNumber("articles", values.articles, 1, 100_000);
  const r = wholeNumber("requests", values.requests, 1, 24);
  const seed = wholeNumber("seed", values.seed, 0, 1);
  const work = values.store ? null : mkdtempSync(path.join(tmpdir(), "attache-bench-serve-store-"));
  const data = values.store ?? path.join(work!, "data");
  const log = (s: string) => { if (!values.json) process.stderr.write(`${s}\n`); };
  try {
    let ingestSeconds: number | null = null;
    if (!existsSync(path.join(data, "pgdata"))) {
      log(`filling a store with ${articles} generated articles (attache ingest)…`);
      ingestSeconds = await fill(data, articles, seed);
      log(`  ${Math.round(ingestSeconds)} s, ${Math.round(articles / ingestSeconds)} articles/s`);
    } else log(`reusing the store in ${data}`);

    const server = await serve(data);
    try {
      // The unfiltered figures are counted when the server starts: their first answers wait for that.
      const startup: Record<string, number> = {};
      for (const u of UNFILTERED_FIGURES) startup[u] = round((await timed(server.url + u)).ms);
      const stats = (await timed(`${server.url}/api/stats`)).body as { articles: number; events: number; clusters: number; persons: number };
      const persons = (await timed(`${server.url}/api/persons?limit=${r}`)).body as { persons: { id: number }[] };
      const api: Record<string, { median: number; p95: number; max: number }> = {};
      for (const [kind, urls] of Object.entries(requests(r, persons.persons.map((p) => p.id)))) {
        const times: number[] = [];
        for (const u of urls) times.push((await timed(server.url + u)).ms);
        api[kind] = stat(times);
        log(`  ${kind.padEnd(40)} median ${api[kind]!.median} ms · p95 ${api[kind]!.p95} ms`);
      }

      // Pages: each address loaded three times, with filters not asked before.
      const clusters = ((await timed(`${server.url}/api/events?dyad=CN-RU&type=meeting&limit=3`)).body as { events: { cluster: string }[] }).events.map((e) => e.cluster);
      const pages: Record<string, string[]> = {
        overview: ["/", "/", "/"],
        timeline: [0, 1, 2].map((i) => `/timeline?dyad=${DYADS[i]}&type=exercise`),
        events: [0, 1, 2].map((i) => `/events?dyad=${DYADS[i + 3]}&type=meeting`),
        event: clusters.map((c) => `/events/${encodeURIComponent(c)}`),
        dossier: persons.persons.slice(0, 3).map((p) => `/persons/${p.id}`),
        persons: ["/persons?q=wang", "/persons?q=li", "/persons?q=ivan"],
        network: [0, 1, 2].map((i) => `/network?dyad=${DYADS[i + 6]}`),
        search: ["/search?q=frigate", "/search?q=roadmap", "/search?q=drills"],
        upload: ["/upload", "/upload", "/upload"],
        corrections: ["/corrections", "/corrections", "/corrections"],
      };
      const interactive: Record<string, { median: number; max: number }> = {};
      if (existsSync(CHROMIUM)) {
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        try {
          const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
          for (const [name, urls] of Object.entries(pages)) {
            const times: number[] = [];
            for (const u of urls) {
              const page = await context.newPage();
              const t = performance.now();
              await page.goto(server.url + u);
              const expected = new URL(server.url + u).pathname + new URL(server.url + u).search;
              await page.waitForFunction((x) => document.body.dataset.ready === x, expected, { timeout: 60_000 });
              times.push(performance.now() - t);
              await page.close();
            }
            interactive[name] = { median: round(percentile(times, 0.5)), max: round(Math.max(...times)) };
            log(`  page ${name.padEnd(10)} interactive in median ${interactive[name]!.median} ms · max ${interactive[name]!.max} ms`);
          }
        } finally {
          await browser.close();
        }
      } else log(`${CHROMIUM} is missing: page times skipped`);

      const figures = { articles: stats.articles, events: stats.events, engagements: stats.clusters, persons: stats.persons, ingestSeconds, requestsPerKind: r, startupMs: startup, apiMs: api, pageInteractiveMs: interactive };
      if (values.json) process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
      else {
        process.stdout.write(`\nattache serve on ${stats.articles} articles (${stats.events} reports, ${stats.clusters} engagements, ${stats.persons} persons)\n`);
        process.stdout.write(`first answers after start (unfiltered, counted at start): ${Object.entries(startup).map(([u, ms]) => `${u} ${ms} ms`).join(" · ")}\n\n`);
        process.stdout.write(`${"API, each request with its own parameters".padEnd(44)}${"median".padStart(9)}${"p95".padStart(9)}${"max".padStart(9)}\n`);
        for (const [k, v] of Object.entries(api)) process.stdout.write(`${k.padEnd(44)}${`${v.median}`.padStart(9)}${`${v.p95}`.padStart(9)}${`${v.max}`.padStart(9)}  ms\n`);
        process.stdout.write(`\n${"page: until interactive".padEnd(44)}${"median".padStart(9)}${"max".padStart(9)}\n`);
        for (const [k, v] of Object.entries(interactive)) process.stdout.write(`${k.padEnd(44)}${`${v.median}`.padStart(9)}${`${v.max}`.padStart(9)}  ms\n`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`benchServe: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
