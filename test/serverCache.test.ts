// The figure cache: each figure computed once until the store changes, within a bound on the
// size of what it keeps (the least recently used go first).
import { test } from "node:test";
import assert from "node:assert/strict";
import { figureCache } from "../src/server/cache.js";

test("figure cache: computed once per key, again after a write, the oldest dropped past the size bound", async () => {
  const computed: string[] = [];
  const figure = (key: string, chars: number) => async () => { computed.push(key); return { key, pad: "x".repeat(chars) }; };
  const cache = figureCache(false, 1000);
  await cache.get("a", figure("a", 300));
  await cache.get("a", figure("a", 300));
  assert.deepEqual(computed, ["a"]);
  cache.clear();
  await cache.get("a", figure("a", 300));
  assert.deepEqual(computed, ["a", "a"]);
  // Three figures of about 320 characters fit in 1,000: a fourth pushes out the least recently
  // used (b), not a, which was just read.
  await cache.get("b", figure("b", 300));
  await cache.get("a", figure("a", 300));
  await cache.get("c", figure("c", 300));
  await cache.get("d", figure("d", 300));
  await cache.get("a", figure("a", 300));
  await cache.get("b", figure("b", 300));
  assert.deepEqual(computed, ["a", "a", "b", "c", "d", "b"]);
});

test("figure cache: a figure asked for while it is computed is computed once; one computed across a write is not kept", async () => {
  let computed = 0;
  let release: () => void = () => undefined;
  const slow = () => new Promise<{ n: number }>((resolve) => { computed++; const n = computed; release = () => resolve({ n }); });
  const cache = figureCache(false);
  const first = cache.get("stats", slow);
  const second = cache.get("stats", slow);
  release();
  assert.deepEqual([await first, await second], [{ n: 1 }, { n: 1 }]);
  assert.equal(computed, 1);
  // Computed while a write cleared the cache: handed to its asker, computed again for the next.
  const during = cache.get("facets", slow);
  cache.clear();
  release();
  assert.deepEqual(await during, { n: 2 });
  const after = cache.get("facets", slow);
  release();
  assert.deepEqual(await after, { n: 3 });
});
