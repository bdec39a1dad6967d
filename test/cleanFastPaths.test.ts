// The fast paths of cleaning give what their plain definitions give: the tests that skip chrono,
// the quick checks before the furniture patterns, the outlet evidence scans.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as chrono from "chrono-node";
import { anchoredAtStart, FURNITURE_RULES, furnitureRule } from "../src/clean/boilerplate.js";
import { chronoFullDates, mayChronoReadDay, mayChronoReadFullDate } from "../src/clean/dates.js";
import { OutletMatcher } from "../src/clean/outlet.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { generateArticles } from "../scripts/generateCorpus.js";
import { randomStrings } from "./support/randomStrings.js";

/** Lines of generated articles: page furniture, timestamps, datelines and prose. */
const corpusLines = [...generateArticles(150, 7)].flatMap((a) => a.text.split("\n").map((l) => l.trim()).filter((l) => l));

/** Pieces chrono reads dates from, and pieces it must not. */
const DATE_PIECES = [
  "1994", "2005", "2013", "2000", "1999", "2556", "19", "13", "5", "31", " days", " day", "d", "w", "h", "s", "m", " weeks", " hours",
  " months", " year", " ago", "ago", " later", " after", " before", " from now", "in ", "within ", "for ", "the ", "a ", "an ", "few ",
  "several ", "couple of ", "half ", "one ", "two ", "next ", "last ", "past ", "this ", "+", "-", "today", "now", "tonight", "yesterday",
  "tomorrow", "tmr", "overmorrow", "night", "end of ", "last day of ", "the month", "month", "Jan", "June", "Sept.", "mar", "5th", "first",
  "of ", "/", ".", " ", ", ", "December", " 2019", "20 ", "of June", "Dec-05", "Mayor ", "at ", "Monday ", "T", ":", "00", " BE", " AD", " and ", "known", "they", "Russia's ", "12:30 pm", "GMT+2",
];

const certainDay = (r: chrono.ParsedResult) => r.start.isCertain("day") && r.start.isCertain("month");

describe("chrono prefilters", () => {
  const texts = [...corpusLines, ...randomStrings(DATE_PIECES, 15000, 7, 3)];

  it("never skip a text in which chrono reads a full date with its year written", () => {
    let skipped = 0;
    for (const s of texts) {
      if (mayChronoReadFullDate(s)) continue;
      skipped++;
      assert.deepEqual(chronoFullDates(s), [], s);
    }
    assert.ok(skipped > 5000, `only ${skipped} texts skipped`);
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

describe("furnitureRule", () => {
  /** The plain definition: the first rule, in order, whose pattern matches a line short enough for it. */
  const plainRule = (line: string): string | null => {
    const t = line.trim();
    if (t.length === 0) return null;
    return FURNITURE_RULES.find((r) => (r.maxLength === undefined || t.length <= r.maxLength) && r.pattern.test(t))?.name ?? null;
  };
  const PIECES = [
    "Share", "share this", " on ", "Tweet", "Email", "|", "Facebook", "Follow us on", "Like us at", "Sign up for", "newsletter", "Subscribe",
    "Home", " > ", ">>", "News", "You are here", "©", "(c) ", "Copyright", "All rights reserved", "Editor", "Source", ":", "(", ")",
    "Reporting by", "MNA/PR", "ls,cw/se", "Tags", "Your Comment", "0 comments", "captcha", "Real Time Analytics", "News ID", "123",
    "Print", "Font size", "Loading...", "A+ A-", "Related", "Read more", "Top Headlines", "Photo", "photo", "Image", "file photo", " by ",
    "* * *", "———", "https://", "www.", "example.com", " ", "  ", "The two navies", "XINHUA", "a", ".", "\u00a0", "\t", "x".repeat(70),
  ];

  it("gives the rule of the plain definition", () => {
    let furniture = 0;
    for (const s of [...corpusLines, ...randomStrings(PIECES, 60000, 6, 11)]) {
      const expected = plainRule(s);
      if (expected) furniture++;
      assert.equal(furnitureRule(s), expected, s);
    }
    assert.ok(furniture > 5000, `only ${furniture} furniture lines`);
  });

  it("tells patterns anchored at the start", () => {
    assert.equal(anchoredAtStart(/^a|b/), false);
    assert.equal(anchoredAtStart(/^(?:a|b)c/), true);
    assert.equal(anchoredAtStart(/^[|(]a/), true);
    assert.equal(anchoredAtStart(/^\(a|b/), false);
    assert.equal(anchoredAtStart(/a/), false);
    assert.equal(anchoredAtStart(/^a/m), false);
  });
});

describe("OutletMatcher.findAll", () => {
  const outlets = loadKnowledge().outlets ?? [];
  const matcher = new OutletMatcher(outlets);
  // A word that is not ASCII makes every pattern run: the plain definition, for what comes before it.
  const plainFindAll = (s: string) => matcher.findAll(`${s} \u00e9`).filter((h) => h.end <= s.length);
  const aliasWords = outlets.flatMap((o) => [o.name, ...o.aliases]).flatMap((a) => a.split(/\s+/));
  const PIECES = [...aliasWords, " ", "  ", "(", ")", "/", "-", ": ", ", ", ".", "the ", "news ", "NEWS ", "agency", "Source: ", "©2019 ", "x", "9"];

  it("finds what running every pattern finds", () => {
    let found = 0;
    for (const s of [...corpusLines.filter((l) => l.length < 300), ...randomStrings(PIECES, 5000, 6, 17)]) {
      const expected = plainFindAll(s);
      found += expected.length;
      assert.deepEqual(matcher.findAll(s), expected, s);
    }
    assert.ok(found > 500, `only ${found} outlets found`);
  });
});
