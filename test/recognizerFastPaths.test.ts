// The fast paths of the mention recognizers and coreference give what their plain definitions
// give: the phrase words' hash table, the token shapes read once per document, the memoised name
// keys and the edit distance on reused rows, sentence trimming by character codes, credit gates.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateArticles } from "../scripts/generateCorpus.js";
import { creditedNames } from "../src/extract/coref/credits.js";
import type { Sentence, Token } from "../src/extract/document.js";
import { isCapitalisedAt, isNameWordAt } from "../src/extract/recognizers/nameReader.js";
import { sentenceBreaks } from "../src/extract/sentenceBreaks.js";
import { abbreviationSet, splitSentences } from "../src/extract/sentences.js";
import { tokenize } from "../src/extract/tokenize.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { editDistance, nameKey } from "../src/knowledge/nameKey.js";
import { FirstWords } from "../src/knowledge/phraseMatcher.js";

const k = compileKnowledge(loadKnowledge());
const articles = [...generateArticles(120, 3)].map((a) => a.text);

/** Deterministic pseudo-random numbers. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe("editDistance", () => {
  /** Optimal string alignment distance, the full table. */
  function plain(a: string, b: string, max: number): number {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  it("gives the full table's distance, for short and long strings alike", () => {
    const next = random(5);
    const word = (n: number) => Array.from({ length: n }, () => "abcde"[Math.floor(next() * 5)]).join("");
    for (let n = 0; n < 3000; n++) {
      const a = word(Math.floor(next() * (n % 100 === 0 ? 70 : 9)));
      const b = word(Math.floor(next() * (n % 100 === 0 ? 70 : 9)));
      const max = 1 + Math.floor(next() * 4);
      assert.equal(editDistance(a, b, max), plain(a, b, max), `${a} ${b} ${max}`);
    }
  });
});

describe("nameKey", () => {
  it("folds a name the same when asked again", () => {
    for (const name of ["Sergey Shoygu", "Nikolai  Makarov", "Zhang Youxia", "Çağatay Öztürk", "Khalid al-Khalifa"]) {
      const first = nameKey(name);
      assert.equal(nameKey(name), first);
    }
    assert.equal(nameKey("Sergey Shoygu"), nameKey("Sergei Shoigu"));
    assert.equal(nameKey(" Khalid  al-Khalifa "), "halid alhalifa");
  });
});

describe("FirstWords", () => {
  it("finds every word it numbered, and no other, as it grows", () => {
    const words = new FirstWords();
    const ids = new Map<string, number>();
    const matcher = words.register();
    for (let n = 0; n < 5000; n++) {
      const word = `w${(n * 7919) % 3001}${n % 3 ? "" : "é"}`;
      const id = n % 2 ? words.idOf(word, matcher) : words.wordId(word);
      if (!ids.has(word)) ids.set(word, id);
      assert.equal(id, ids.get(word));
    }
    for (const [word, id] of ids) assert.equal(words.find(word), id);
    for (const other of ["", "w", "w3002", "x1", "w1é é"]) assert.equal(words.find(other), -1);
  });
});

describe("token shapes", () => {
  const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
  it("are the name readers' regular expressions, for each document", () => {
    for (const text of [...articles.slice(0, 40), "Ärzte Émile ÉMILE Ödön ﬁsh Ω ω Joint Sea Wang", "Li Shangfu and the PLA"]) {
      const tokens: Token[] = tokenize(text);
      // Asked out of order, as the recognizers do.
      for (let i = tokens.length - 1; i >= -1; i -= 2) isNameWordAt(tokens, i, k);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!.text;
        assert.equal(isNameWordAt(tokens, i, k), NAME_WORD.test(t) && !k.notNames.has(t), t);
        assert.equal(isCapitalisedAt(tokens, i, k), /^\p{Lu}\p{Ll}/u.test(t) && !k.notNames.has(t), t);
      }
      assert.equal(isNameWordAt(tokens, tokens.length, k), false);
    }
  });
});

describe("splitSentences", () => {
  /** The sentences as first written: each segment and span sliced and trimmed as a string. */
  function plain(text: string, tokens: Token[], abbreviations: Set<string>): Sentence[] | null {
    const unwrapped = /(?:^|\n)[^\n]{45,100}\n[^\n]{45,100}\n[^\n]{45,100}(?:\n|$)/.test(text)
      ? text.replace(/([^\n.!?:;"”)\]])\n(?=[^\n])/g, "$1 ")
      : text.replace(/([^\n.!?:;"”)\]])\n(?=\p{Ll})/gu, "$1 ");
    const breaks = sentenceBreaks(unwrapped);
    if (!breaks) return null;
    const bounds = unwrapped.length ? [0, ...breaks, unwrapped.length] : [];
    const spans: { start: number; end: number }[] = [];
    let mergeNext = false;
    for (let i = 1; i < bounds.length; i++) {
      const raw = unwrapped.slice(bounds[i - 1], bounds[i]);
      const start = bounds[i - 1]! + (raw.length - raw.trimStart().length);
      const end = bounds[i - 1]! + raw.trimEnd().length;
      if (end <= start) continue;
      if (mergeNext && spans.length) spans[spans.length - 1]!.end = end;
      else spans.push({ start, end });
      const m = /(?:^|[\s(])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.$/.exec(unwrapped.slice(Math.max(start, end - 12), end));
      const abbreviation = !!m && (/^[A-Z]$/.test(m[1]!) || abbreviations.has(m[1]!.toLowerCase()));
      mergeNext = abbreviation && !/\n\s*$/.test(raw);
    }
    const out: Sentence[] = [];
    let paragraph = 0;
    let lastEnd = 0;
    for (const s of spans) {
      const body = text.slice(s.start, s.end);
      let offset = s.start;
      for (const part of body.includes("\n") ? body.split(/\n\s*\n/) : [body]) {
        const at = text.indexOf(part, offset);
        offset = at + part.length;
        const trimmedStart = at + (part.length - part.trimStart().length);
        const trimmedEnd = at + part.trimEnd().length;
        if (trimmedEnd <= trimmedStart) continue;
        if (/\n\s*\n/.test(text.slice(lastEnd, trimmedStart)) && out.length) paragraph++;
        out.push({ index: out.length, start: trimmedStart, end: trimmedEnd, tokenStart: 0, tokenEnd: 0, paragraph });
        lastEnd = trimmedEnd;
      }
    }
    let t = 0;
    for (const s of out) {
      while (t < tokens.length && tokens[t]!.end <= s.start) t++;
      s.tokenStart = t;
      while (t < tokens.length && tokens[t]!.start < s.end) t++;
      s.tokenEnd = t;
    }
    return out;
  }

  it("splits as the string-slicing definition does", () => {
    const edges = [
      "", "   ", "Gen. Li met Adm. Chen.\n \n\u00a0Then the talks began.  \u2003\n\nThey ended. ",
      "Talks with Lt.\nGen. Wang ended.\n\n\n  New paragraph here.\u2028Next line. Mr. X said so. Done",
      "The U.S. and Japan met.\t\n \t\nA second paragraph.\u3000 Third sentence!",
    ];
    let compared = 0;
    for (const text of [...articles, ...edges]) {
      const expected = plain(text, tokenize(text), abbreviationSet(k.abbreviations));
      if (!expected) continue;
      assert.deepEqual(splitSentences(text, tokenize(text), { abbreviations: k.abbreviations }), expected, text.slice(0, 60));
      compared++;
    }
    assert.ok(compared > articles.length / 2);
  });
});

describe("creditedNames", () => {
  it("reads a byline run into the dateline, though its pattern has no literal of its own", () => {
    assert.deepEqual(creditedNames("STANISLAV POHORILOVFriday, 28 April 2023\nKyiv"), ["STANISLAV POHORILOV"]);
    assert.deepEqual(creditedNames("STANISLAV POHORILOVFriday 28 April 2023"), []);
  });
});
