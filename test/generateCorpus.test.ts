import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateArticles } from "../scripts/generateCorpus.js";

const take = (n: number, seed?: number) => [...generateArticles(n, seed)];

describe("generateArticles", () => {
  it("gives the same articles for the same seed", () => {
    assert.deepEqual(take(60, 7), take(60, 7));
    assert.deepEqual(take(20), take(20, 1), "the default seed is 1");
  });

  it("gives different articles for different seeds", () => {
    const a = take(20, 1).map((x) => x.text);
    const b = take(20, 2).map((x) => x.text);
    assert.equal(a.filter((t, i) => t === b[i]).length, 0);
  });

  it("makes article i independent of how many are asked for", () => {
    assert.deepEqual(take(30, 3).slice(0, 10), take(10, 3));
  });

  it("yields exactly n articles", () => {
    assert.equal(take(0).length, 0);
    assert.equal(take(1).length, 1);
    assert.equal(take(137, 5).length, 137);
  });

  it("makes articles of about 3 KB on average, none empty or huge", () => {
    const all = take(1000, 11);
    const sizes = all.map((a) => Buffer.byteLength(a.text));
    const avg = sizes.reduce((s, x) => s + x, 0) / sizes.length;
    assert.ok(avg > 2500 && avg < 3600, `average ${avg.toFixed(0)} bytes`);
    assert.ok(Math.min(...sizes) > 1000, `smallest ${Math.min(...sizes)} bytes`);
    assert.ok(Math.max(...sizes) < 8000, `largest ${Math.max(...sizes)} bytes`);
  });

  it("gives unique ids", () => {
    const ids = take(5000, 1).map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => /^[\w-]+$/.test(id)), "ids are safe as file names");
  });

  it("mixes the event kinds, datelines and furniture it is meant to", () => {
    const text = take(400, 2).map((a) => a.text).join("\n");
    for (const needle of [
      "held talks", "telephone", "video", "visit to", "joint exercise", "signed", "task group", "arrived in",
      "/TASS/.", "(Xinhua) --", " date 20", "Share", "Copyright", "invited", "regularly hold", "last month",
    ]) assert.ok(text.includes(needle), `no "${needle}" in 400 articles`);
  });

  it("does not use Math.random", () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error("Math.random called");
    };
    try {
      assert.equal(take(50, 9).length, 50);
    } finally {
      Math.random = original;
    }
  });
});
