// The fast paths of extraction give what their plain definitions give: the hand-written tokenizer
// and sentence-break reader, literal prefilters, the outlet and gazetteer indexes, the mention index.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as chrono from "chrono-node";
import { OutletMatcher } from "../src/clean/outlet.js";
import { annotate } from "../src/extract/extractArticle.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import type { Doc, Mention } from "../src/extract/document.js";
import { mentionsIn } from "../src/extract/document.js";
import { literalPrefilter, requiredLiterals } from "../src/requiredLiterals.js";
import { sentenceBreaks } from "../src/extract/sentenceBreaks.js";
import { foldToken, tokenize } from "../src/extract/tokenize.js";
import { FirstWords, PhraseMatcher } from "../src/knowledge/phraseMatcher.js";
import { randomStrings } from "./support/randomStrings.js";

describe("tokenize", () => {
  const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const reference = (text: string) =>
    [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: foldToken(m[0]), start: m.index, end: m.index + m[0].length, sentence: -1 }));

  it("gives the tokens of the token pattern, for any characters", () => {
    const pool = [..."aZ09 \t\n.,’‘`–—\u00a0\u3000éüßİ\u0301\u0663\u2160\u24b6中😀\u2028", "\ud800", "\udc00"];
    for (const s of randomStrings(pool, 20000, 12)) assert.deepEqual(tokenize(s), reference(s), JSON.stringify(s));
  });
});

describe("sentenceBreaks", () => {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const icu = (s: string) => [...segmenter.segment(s)].map((x) => x.index).slice(1);

  it("breaks where ICU's segmenter does", () => {
    const chars = [..."abZQU19 \t\n\r\u00a0\v.!?\"'()[]{}«»,-:;‘’“”–—…éÉßÿ$%/#©•€\u0085"];
    for (const s of randomStrings(chars, 50000, 14, 3)) assert.deepEqual(sentenceBreaks(s), icu(s), JSON.stringify(s));
    const words = ["Gen.", "U.S.", "He", "met", "in", "Moscow.", "Nov.", "26", "said:", "\"Yes.\"", "(AP)", "etc.", "3.5", "i.e.", "No.", "’s", "...", " ", "  ", "\n", "\n\n"];
    for (const s of randomStrings(words, 20000, 10, 4)) assert.deepEqual(sentenceBreaks(s), icu(s), JSON.stringify(s));
  });

  it("leaves text with characters it does not list to ICU", () => {
    assert.equal(sentenceBreaks("Шойгу прибыл. Он"), null);
    assert.deepEqual(sentenceBreaks(""), []);
  });
});

describe("requiredLiterals", () => {
  it("reads the strings a pattern needs", () => {
    assert.deepEqual(requiredLiterals(/\b(?:trip|tour) to\b/gi), ["trip to", "tour to"]);
    assert.deepEqual(requiredLiterals(/\bleads? (?:a |an )?(?:[\w-]+ ){0,3}delegation\b/gi), ["delegation"]);
    assert.deepEqual(requiredLiterals(/\b(?:official|\w+-day|(?:his|the) (?:[\w-]+ ){0,2})visit(?:s)?\b(?! by)/gi), ["visit", "visits"]);
  });

  it("gives up on what it does not read, or when nothing is required", () => {
    for (const re of [/(a)\1/, /a|/, /[]]/, /\u0041bc/, /a{,2}/, /x*/, /\p{Lu}/u, /[a-z]+/]) assert.equal(requiredLiterals(re), null, String(re));
  });

  it("never rejects a text the pattern matches", () => {
    const patterns = [
      /\b(?:joint|bilateral)\b(?:[\s-]+[\w-]+){0,4}?[\s-]+(?:exercises?|drills?|war ?games)\b/gi,
      /\bvideo[ -]?(?:link(?:-up)?|call)\b|\bvia video\b/gi,
      /\b(?:received|receives) (?:the )?(?:visiting )?\p{Lu}/gu,
      /\bvisit(?:ed|s|ing)? (?:to )?(?:Russia|China)\b/g,
      /[Ss]ign(?:ed)? (?:a |the )?(?:MoU|accord)s?/,
      /(?<![\p{L}\p{N}])(?:TASS|ITAR\s+TASS)(?![\p{L}\p{N}])/giu,
    ];
    const pieces = ["joint", "Joint", "JOINT", "bilateral", "exercise", "exercises", "drill", "war games", "wargames", "video", "link", "-up", "call",
      "via", "received", "receives", "the ", "visiting ", "Visiting ", "visit", "ed", "ing", "to ", "Russia", "China", "sign", "Signed", "sign ", "signed ", "MoU", "accords",
      "TASS", "tass", "ITAR", "ſ", "K", " ", "  ", "-", "\n", "a ", "x"];
    for (const re of patterns) {
      const prefilter = literalPrefilter(re);
      assert.ok(prefilter, String(re));
      const once = new RegExp(re.source, re.flags.replace("g", ""));
      let matched = 0;
      for (const s of randomStrings(pieces, 60000, 6, 5)) {
        if (!once.test(s)) continue;
        matched++;
        assert.ok(prefilter.test(s), `${re} ${JSON.stringify(s)}`);
      }
      assert.ok(matched >= 10, `${re} matched only ${matched} strings`);
    }
  });
});

describe("OutletMatcher", () => {
  const m = new OutletMatcher([
    { name: "TASS", aliases: ["ITAR-TASS", "TASS news agency"], domains: [] },
    { name: "Trend", aliases: [], domains: [] },
    { name: "Agência Brasil", aliases: [], domains: [] },
  ]);

  it("finds aliases whatever the words around them", () => {
    assert.deepEqual(m.findAll("MOSCOW (TASS news agency) -").map((h) => [h.name, h.start, h.end]), [["TASS", 8, 24]]);
    assert.deepEqual(m.findAll("tass NEWS agency, Trend, not trend").map((h) => [h.name, h.start, h.end]), [["TASS", 0, 16], ["Trend", 18, 23]]);
    assert.deepEqual(m.findAll("Source: Agência Brasil").map((h) => h.name), ["Agência Brasil"]);
  });

  it("runs every pattern when a word is not ASCII (case folding could join it to an alias)", () => {
    assert.deepEqual(m.findAll("the TAſS news agency").map((h) => [h.name, h.start, h.end]), [["TASS", 4, 20]]);
  });
});

describe("PhraseMatcher", () => {
  const tokens = (s: string) => tokenize(s);

  it("takes the longest phrase, of equal lengths the one added first, and honours case", () => {
    const words = new FirstWords();
    const m = new PhraseMatcher<string>(words);
    m.add("Sea of Japan", "sea");
    m.add("Japan", "country");
    m.add("sea of japan", "folded", false);
    m.add("Defence Ministry", "ministry", false);
    const other = new PhraseMatcher<string>(words);
    other.add("Japan", "other");
    const found = (s: string) => m.findAll(tokens(s)).map((x) => [x.payload, x.tokenStart, x.tokenEnd]);
    assert.deepEqual(found("The Sea of Japan and Japan"), [["sea", 1, 4], ["country", 5, 6]]);
    assert.deepEqual(found("the sea of japan"), [["folded", 1, 4]]);
    assert.deepEqual(found("the defence ministry’s"), [["ministry", 1, 3]]);
    assert.deepEqual(other.findAll(tokens("Japan")).map((x) => x.payload), ["other"]);
  });
});

describe("mentionsIn", () => {
  it("sees mentions added after an earlier question, and a replaced list", () => {
    const mention = (kind: "place" | "date", start: number): Mention =>
      (kind === "place"
        ? { kind, start, end: start + 1, text: "x", tokenStart: start, tokenEnd: start + 1, name: "x", country: null, placeKind: "city" }
        : { kind, start, end: start + 1, text: "x", tokenStart: start, tokenEnd: start + 1, value: "2020", end_value: null, relative: false });
    const doc = { text: "x".repeat(20), tokens: [], mentions: [mention("place", 5), mention("date", 6)] } as unknown as Doc;
    assert.deepEqual(mentionsIn(doc, "place", { start: 0, end: 20 }).map((m) => m.start), [5]);
    doc.mentions.push(mention("place", 2), mention("place", 15));
    assert.deepEqual(mentionsIn(doc, "place", { start: 0, end: 10 }).map((m) => m.start), [5, 2]);
    doc.mentions = doc.mentions.filter((m) => m.start !== 5);
    assert.deepEqual(mentionsIn(doc, "place", { start: 0, end: 20 }).map((m) => m.start), [2, 15]);
  });
});

describe("recognizeDates", () => {
  it("reads end-of-period phrases as chrono does (its refiner sees only dates after \"of\" or \"the\")", () => {
    const k = compileKnowledge(loadKnowledge());
    const text = "The drills run until the end of  the month. Talks were held at the end of June and on the last day of\nMay, 2019, " +
      "at the END OF next week, at the end of\tthe year and at the end of Sunday’s talks; of June 5 and the 6th.";
    const reference = new Date("2023-04-17T12:00:00Z");
    const doc = annotate({ id: "t", source: "t", url: null, raw: text, text, published: "2023-04-17", outlet: null, dateline: null }, k);
    const ours = doc.mentions.filter((m) => m.kind === "date" && m.text.length > 4).map((m) => m.text);
    const theirs = chrono.casual.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false }).map((r) => r.text);
    assert.ok(ours.length >= 5);
    for (const t of ours) assert.ok(theirs.includes(t), t);
  });
});
