// When a run takes the planner's statistics again: as it doubles what the store held, and at its
// end only when it wrote a tenth or more of the store; a vacuum ends every run of 500 or more.
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

/** What a run of `written` articles, told after every 100, runs on a store of `articles`. */
async function runOf(articles: number, written: number): Promise<string[]> {
  const db = fakeStore(articles);
  const keeper = await keepStatistics(db);
  for (let n = 100; n <= written; n += 100) {
    const before = db.run.length;
    await keeper.stored(n);
    if (db.run.length > before) db.run[db.run.length - 1] = `${db.run.at(-1) === RUNNING ? "sampled analyze" : db.run.at(-1)} @${n}`;
  }
  await keeper.finish(written);
  return db.run;
}

test("statistics: a new store's run samples them as it doubles, and ends with a vacuum and fresh statistics", async () => {
  assert.deepEqual(await runOf(-1, 10_000), ["sampled analyze @500", "sampled analyze @1000", "sampled analyze @2000", "sampled analyze @4000", "sampled analyze @8000", "vacuum (analyze)"]);
  assert.deepEqual(await runOf(0, 400), []);
});

test("statistics: a small run into a large store only vacuums; a tenth of the store gets fresh statistics at the end", async () => {
  assert.deepEqual(await runOf(100_000, 500), ["vacuum"]);
  assert.deepEqual(await runOf(100_000, 9_900), ["vacuum"]);
  assert.deepEqual(await runOf(100_000, 10_000), ["vacuum (analyze)"]);
  // Statistics sampled while storing are always followed by full ones.
  assert.deepEqual(await runOf(100_000, 100_000), ["sampled analyze @100000", "vacuum (analyze)"]);
  assert.deepEqual(await runOf(100_000, 150_000), ["sampled analyze @100000", "vacuum (analyze)"]);
});
