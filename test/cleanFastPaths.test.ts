// The fast paths of cleaning give what their plain definitions give: the tests that skip chrono,
// the quick checks before the furniture patterns, the outlet evidence scans.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as chrono from "chrono-node";
import { chronoFullDates, mayChronoReadDay, mayChronoReadFullDate } from "../src/clean/dates.js";
import { generateArticles } from "../scripts/generateCorpus.js";

/** Deterministic strings drawn from a pool of pieces. */
function* randomStrings(pool: string[], count: number, maxPieces: number, seed = 1): Generator<string> {
  // mulberry32
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  for (let i = 0; i < count; i++) {
    let s = "";
    for (let k = 1 + next(maxPieces); k > 0; k--) s += pool[next(pool.length)];
    yield s;
  }
}

/** Lines of generated articles: page furniture, timestamps, datelines and prose. */
const corpusLines = [...generateArticles(300, 7)].flatMap((a) => a.text.split("\n").map((l) => l.trim()).filter((l) => l));

/** Pieces chrono reads dates from, and pieces it must not. */
const DATE_PIECES = [
  "1994", "2005", "2013", "2000", "1999", "2556", "19", "13", "5", "31", " days", " day", "d", "w", "h", "s", "m", " weeks", " hours",
  " months", " year", " ago", "ago", " later", " after", " before", " from now", "in ", "within ", "for ", "the ", "a ", "an ", "few ",
  "several ", "couple of ", "half ", "one ", "two ", "next ", "last ", "past ", "this ", "+", "-", "today", "now", "tonight", "yesterday",
  "tomorrow", "tmr", "overmorrow", "night", "end of ", "last day of ", "the month", "month", "Jan", "June", "Sept.", "mar", "5th", "first",
  "of ", "/", ".", " ", ", ", "at ", "Monday ", "T", ":", "00", " BE", " AD", " and ", "known", "they", "Russia's ", "12:30 pm", "GMT+2",
];

const certainDay = (r: chrono.ParsedResult) => r.start.isCertain("day") && r.start.isCertain("month");

describe("chrono prefilters", () => {
  const texts = [...corpusLines, ...randomStrings(DATE_PIECES, 40000, 7, 3)];

  it("never skip a text in which chrono reads a full date with its year written", () => {
    let skipped = 0;
    for (const s of texts) {
      if (mayChronoReadFullDate(s)) continue;
      skipped++;
      assert.deepEqual(chronoFullDates(s), [], s);
    }
    assert.ok(skipped > 10000, `only ${skipped} texts skipped`);
  });

  it("never skip a text in which chrono reads a certain day", () => {
    let skipped = 0;
    for (const s of texts) {
      if (mayChronoReadDay(s)) continue;
      skipped++;
      const found = chrono.parse(s, new Date(2000, 0, 1), { forwardDate: false }).filter(certainDay);
      assert.deepEqual(found.map((r) => r.text), [], s);
    }
    assert.ok(skipped > 5000, `only ${skipped} texts skipped`);
  });

  it("let the dates through", () => {
    for (const s of ["1994 days ago", "13 June 2019", "2019-06-13", "13.06.2019", "2019 6 13", "today, 2000", "end of the month 2000", "in 3 hours"]) {
      assert.ok(mayChronoReadDay(s), s);
    }
    assert.equal(chronoFullDates("1994 days ago")[0]?.iso, "1994-07-17");
  });
});
