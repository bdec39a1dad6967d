// When a run takes the planner's statistics again: as it doubles what the store held, and at its
// end only when it wrote a tenth or more of the store; a vacuum ends every run of 500 or more,
// and the dyad rows are vacuumed every 2,000 articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Queryable } from "../src/store/database.js";
import { keepStatistics, sampledAnalyze } from "../src/store/statistics.js";

/** A store holding `articles` (its last statistics' estimate; -1: never taken), recording what is run. */
function fakeStore(articles: number): Queryable & { run: string[] } {
  const run: string[] = [];
  return {
    run,
    query: async <T>() => ({ rows: [{ n: Math.max(articles, 0) }] as T[] }),
    manyRows: async <T>() => [{ n: Math.max(articles, 0) }] as T[],
    exec: async (sql: string) => { run.push(sql); },
  };
}

const RUNNING = sampledAnalyze(0.1);

const DYADS = "vacuum event_dyads";

/** What a run of `written` articles, told after every 100, runs on a store of `articles`; with
 * `dyads`, the vacuums of the dyad rows too. */
async function runOf(articles: number, written: number, dyads = false): Promise<string[]> {
  const db = fakeStore(articles);
  const keeper = await keepStatistics(db);
  for (let n = 100; n <= written; n += 100) {
    const before = db.run.length;
    await keeper.stored(n);
    for (let i = before; i < db.run.length; i++) db.run[i] = `${db.run[i] === RUNNING ? "sampled analyze" : db.run[i]} @${n}`;
  }
  await keeper.finish(written);
  return dyads ? db.run : db.run.filter((s) => !s.startsWith(DYADS));
}

test("statistics: a new store's run samples them as it doubles, and ends with a vacuum and fresh statistics", async () => {
  assert.deepEqual(await runOf(-1, 10_000), ["sampled analyze @500", "sampled analyze @1000", "sampled analyze @2000", "sampled analyze @4000", "sampled analyze @8000", "vacuum (analyze)"]);
  assert.deepEqual(await runOf(0, 400), []);
});

test("statistics: a run vacuums the dyad rows every 2,000 articles it writes, whatever the store holds", async () => {
  assert.deepEqual((await runOf(-1, 6_100, true)).filter((s) => s.startsWith(DYADS)), [`${DYADS} @2000`, `${DYADS} @4000`, `${DYADS} @6000`]);
  assert.deepEqual((await runOf(100_000, 4_000, true)), [`${DYADS} @2000`, `${DYADS} @4000`, "vacuum"]);
  assert.deepEqual(await runOf(100_000, 1_900, true), ["vacuum"]);
});

test("statistics: a small run into a large store only vacuums; a tenth of the store gets fresh statistics at the end", async () => {
  assert.deepEqual(await runOf(100_000, 500), ["vacuum"]);
  assert.deepEqual(await runOf(100_000, 9_900), ["vacuum"]);
  assert.deepEqual(await runOf(100_000, 10_000), ["vacuum (analyze)"]);
  // Statistics sampled while storing are always followed by full ones.
  assert.deepEqual(await runOf(100_000, 100_000), ["sampled analyze @100000", "vacuum (analyze)"]);
  assert.deepEqual(await runOf(100_000, 150_000), ["sampled analyze @100000", "vacuum (analyze)"]);
});
