// End-to-end: `attache ingest --queue` and `attache worker` processes against a PostgreSQL
// server give the same record as a single-process `attache ingest`, also when a worker is killed
// with SIGKILL while it holds jobs; enqueuing the same inputs twice queues nothing more.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { generateArticles } from "../scripts/generateCorpus.js";
import type { ArticleRecord } from "../src/export/record.js";
import PgBoss from "pg-boss";
import { createQueueOnce } from "../src/queue/openQueue.js";
import { BOSS_SCHEMA, QUEUE } from "../src/queue/queueName.js";
import { serverBackend, serverSkip, type Backend } from "./support/storeBackends.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "dist/src/cli/main.js");
const samples = path.join(root, "samples");
const GENERATED = 300;
/** The samples folder holds this many articles (its files and its JSONL feed). */
const SAMPLES = 18;

// The children get their server by flag only.
const env = { ...process.env };
delete env.DATABASE_URL;

interface Run { status: number | null; stdout: string; stderr: string }

function run(args: string[], childEnv: NodeJS.ProcessEnv = env): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

interface Worker { child: ChildProcess; done: Promise<Run> }

function startWorker(flags: string[], extra: string[] = []): Worker {
  const child = spawn(process.execPath, [cli, "worker", ...flags, ...extra], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => { stderr += d.toString(); });
  return { child, done: new Promise((resolve) => child.on("exit", (status) => resolve({ status, stdout: "", stderr }))) };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query(sql)).rows as T[]; } finally { await c.end(); }
}

const jobsLeft = async (url: string) =>
  Number((await query<{ n: string }>(url, `select count(*) as n from ${BOSS_SCHEMA}.job where name = '${QUEUE}'`))[0]!.n);

async function exported(b: Backend): Promise<ArticleRecord[]> {
  const r = await run(["export", "--format", "jsonl", ...b.flags]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split("\n").map((l) => JSON.parse(l) as ArticleRecord).sort((x, y) => x.id.localeCompare(y.id));
}

/** The records with cluster names taken out, and the partition of reports into clusters.
 * A cluster is named by its first stored report and numbered by that report's row id. Workers
 * store jobs in queue order, so the rows come in the order a single-process ingest gives them,
 * but a worker killed in the middle of a save leaves a gap in the row ids (a rolled-back insert
 * still draws from the sequence), which renumbers later clusters. What must not differ is which
 * reports are grouped together. */
function comparable(records: ArticleRecord[]): { records: ArticleRecord[]; clusters: string[][] } {
  const members = new Map<string, string[]>();
  for (const r of records) {
    r.events.forEach((e, i) => {
      assert.ok(e.cluster, `event ${i} of ${r.id} has no cluster`);
      members.set(e.cluster, [...(members.get(e.cluster) ?? []), `${r.id}#${i}`]);
    });
  }
  return {
    records: records.map((r) => ({ ...r, events: r.events.map((e) => ({ ...e, cluster: null })) })),
    clusters: [...members.values()].map((m) => m.sort().join(" ")).sort().map((m) => m.split(" ")),
  };
}

describe("queue: ingest --queue and attache worker", { skip: serverSkip, timeout: 600_000 }, () => {
  let dir: string;
  let inputs: string[];
  let single: ArticleRecord[];
  let expected: ReturnType<typeof comparable>;
  const stores: Backend[] = [];
  const store = async () => { const b = await serverBackend(); stores.push(b); return b; };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "attache-queue-"));
    const feed = path.join(dir, "generated.jsonl");
    writeFileSync(feed, [...generateArticles(GENERATED, 11)].map((a) => JSON.stringify({ id: a.id, text: a.text })).join("\n") + "\n");
    inputs = [samples, feed];
    const b = await store();
    const r = await run(["ingest", ...inputs, ...b.flags]);
    assert.equal(r.status, 0, r.stderr);
    single = await exported(b);
    expected = comparable(single);
    assert.equal(expected.records.length, SAMPLES + GENERATED);
  });

  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const b of stores) await b.cleanup();
  });

  test("three workers running while articles are queued store what one ingest stores; queuing again changes nothing", async () => {
    const b = await store();
    const workers = [0, 1, 2].map(() => startWorker(b.flags));
    try {
      const queued = await run(["ingest", "--queue", ...inputs, ...b.flags, "--batch-size", "20"]);
      assert.equal(queued.status, 0, queued.stderr);
      assert.match(queued.stderr, new RegExp(`read ${SAMPLES + GENERATED} · queued ${SAMPLES + GENERATED} in 16 jobs`));
      while (await jobsLeft(b.store.url!)) await sleep(250);
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
    }
    for (const w of workers) {
      const r = await w.done;
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /failed attempts 0/);
    }
    // Stored in queue order with no save undone: the very same record, cluster names included.
    assert.deepEqual(await exported(b), single);

    const again = await run(["ingest", "--queue", ...inputs, ...b.flags, "--batch-size", "20"]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`queued 0 in 0 jobs · unchanged ${SAMPLES + GENERATED} · already queued 0`));
    assert.equal(await jobsLeft(b.store.url!), 0);
  });

  test("a worker killed with SIGKILL while it holds jobs: others take them when they expire, and the record is the same", async () => {
    const b = await store();
    const flags = [...inputs, ...b.flags, "--batch-size", "10", "--job-timeout", "3"];
    const first = await run(["ingest", "--queue", ...flags]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /queued 318 in 32 jobs/);
    // Queued twice before any worker ran: the second run finds everything on the queue already.
    const second = await run(["ingest", "--queue", ...flags]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /queued 0 in 0 jobs · unchanged 0 · already queued 318/);

    // Alone on the queue, the first worker's active jobs are its own: kill it once it has stored
    // some and holds others.
    const url = b.store.url!;
    const victim = startWorker(b.flags, ["--expiry-check", "1"]);
    const active = async () => (await query<{ id: string }>(url, `select id from ${BOSS_SCHEMA}.job where name = '${QUEUE}' and state = 'active'`)).map((r) => r.id);
    for (;;) {
      const stored = Number((await query<{ n: string }>(url, "select count(*) as n from articles"))[0]!.n);
      if (stored > 0 && (await active()).length) break;
      await sleep(50);
    }
    victim.child.kill("SIGKILL");
    await victim.done;
    const held = await active();
    assert.ok(held.length > 0, "the killed worker held no job");

    const others = [0, 1].map(() => startWorker(b.flags, ["--until-empty", "--expiry-check", "1"]));
    for (const w of others) {
      const r = await w.done;
      assert.equal(r.status, 0, r.stderr);
    }
    // Jobs are deleted when stored: none is left, not even a failed one.
    assert.equal(await jobsLeft(url), 0);
    assert.deepEqual(comparable(await exported(b)), expected);
  });
});

test("ingest --queue and worker need a PostgreSQL server", async () => {
  for (const args of [["ingest", "--queue", samples], ["worker", "--until-empty"]]) {
    const r = await run(args);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /needs a PostgreSQL server \(--database-url or DATABASE_URL\): the queue is kept in the server/);
  }
});

test("workers creating the queue at the same moment on a fresh server all get it", { skip: serverSkip }, async () => {
  // A fleet of workers started together: without a retry, pg-boss's create_queue deadlocks
  // between them (every round below lost four or five of six without it).
  const b = await serverBackend();
  try {
    for (let round = 0; round < 3; round++) {
      const bosses = [0, 1, 2, 3, 4, 5].map(() => new PgBoss({ connectionString: b.store.url!, schema: BOSS_SCHEMA, max: 2, schedule: false, supervise: false }));
      for (const boss of bosses) await boss.start();
      try {
        await Promise.all(bosses.map((boss) => createQueueOnce(boss)));
      } finally {
        await Promise.all(bosses.map((boss) => boss.stop({ graceful: false })));
      }
      const queues = await query<{ name: string }>(b.store.url!, `select name from ${BOSS_SCHEMA}.queue`);
      assert.deepEqual(queues.map((q) => q.name), [QUEUE]);
      await query(b.store.url!, `drop schema ${BOSS_SCHEMA} cascade`);
    }
  } finally {
    await b.cleanup();
  }
});
