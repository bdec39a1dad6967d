// The fast paths of event finding give what their plain definitions give: the key-word index never
// rules out a sentence a pattern matches in, sentence mentions are mentionsIn's, and the clause
// before a trigger is the one matching every comma gave.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../src/extract/document.js";
import { mentionsIn } from "../src/extract/document.js";
import { annotate } from "../src/extract/extractArticle.js";
import { clauseBefore } from "../src/extract/events/irrealis.js";
import { keyWordsOf, mayHold } from "../src/extract/events/keyWordIndex.js";
import { sentenceMentions } from "../src/extract/events/sentenceMentions.js";
import { splitSentences } from "../src/extract/sentences.js";
import { tokenize } from "../src/extract/tokenize.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { generateArticles } from "../scripts/generateCorpus.js";
import { randomStrings } from "./support/randomStrings.js";

/** A document of the text with its tokens and sentences (all the key-word index reads). */
function docOf(text: string): Doc {
  const tokens = tokenize(text);
  return {
    article: { id: "t", source: "t", url: null, raw: text, text, published: null, outlet: null, dateline: null },
    text, reference: null, tokens, sentences: splitSentences(text, tokens), mentions: [], persons: [], events: [],
  };
}

describe("key-word index", () => {
  const patterns = [
    /\b(?:met|meets|meet)(?: with)?\b/gi,
    /\bvisiting (?=\p{Lu})/gu,
    /\bvisit(?:ed|s|ing)? (?:to )?(?:Russia|China)\b/g,
    /\b(?:tele)?phon(?:e|ic) (?:call|conversation)\b|\btelephone\b/gi,
    /\b(?:USS|HMS|JS) \p{Lu}/u,
    /\b(?:warships?|task (?:group|force)|naval (?:ships|fleets?))\b/i,
    /exercis|drill|war ?game/i,
    /\bsigned\b(?!\s+(?:[\w-]+\s+){0,3}laws?)/gi,
  ];
  const keyWords = patterns.map((re) => keyWordsOf(re));

  it("reads the key words of patterns, and none where a pattern needs no letters", () => {
    assert.deepEqual(keyWords[1]?.pieces, ["visiting"]);
    assert.deepEqual(keyWordsOf(/\bwar ?games?\b/i)?.pieces, ["game"]); // "wargame" holds "game"
    assert.equal(keyWordsOf(/[.!?]$/), null);
    assert.equal(keyWordsOf(/\p{Lu}\w+/u), null);
  });

  it("never rules out a sentence a pattern matches in", () => {
    const pool = ["met", "Meet", "meets", " with", "visit", "VISITING", "ed", " to ", "Russia", "China", " Li", "tele", "phone", "phonic", " call", "USS", "js",
      " George", "warship", "s", "task", "group", " force", "naval", " fleet", "exercis", "war", "game", "signed", " the law", "ſ", "\u212a", "İ", ". ", "\n\n", "-", " ", ",", "é"];
    for (const text of randomStrings(pool, 20000, 12, 7)) {
      const doc = docOf(text);
      for (const s of doc.sentences) {
        const sentenceText = text.slice(s.start, s.end);
        patterns.forEach((re, i) => {
          re.lastIndex = 0;
          if (re.test(sentenceText)) assert.ok(mayHold(doc, s, keyWords[i]!), `${re} in ${JSON.stringify(sentenceText)}`);
          re.lastIndex = 0;
        });
      }
    }
  });

  it("reads \"ſ\" as s and the Kelvin sign as k, as a pattern with the u flag does", () => {
    const re = /\bviſiting|\u212aelvin/iu;
    const kw = keyWordsOf(/visiting|kelvin/iu)!;
    for (const text of ["He met viſiting officials.", "Some \u212aelvin here."]) {
      const doc = docOf(text);
      assert.ok(re.test(text) && mayHold(doc, doc.sentences[0]!, kw), text);
    }
  });
});

describe("sentenceMentions", () => {
  it("gives mentionsIn's mentions of each kind and sentence", () => {
    const k = compileKnowledge(loadKnowledge());
    for (const a of generateArticles(60, 3)) {
      const doc = annotate({ id: a.id, source: a.id, url: null, raw: a.text, text: a.text, published: "2023-04-17", outlet: null, dateline: null }, k);
      for (const kind of ["country", "place", "framework", "organisation", "rank", "post", "person", "date"] as const) {
        for (const s of doc.sentences) assert.deepEqual(sentenceMentions(doc, kind, s), mentionsIn(doc, kind, s));
      }
    }
  });
});

describe("clauseBefore", () => {
  /** The definition that matches every comma of the clause. */
  function plainClause(sentenceText: string, at: number): string {
    const head = sentenceText.slice(Math.max(0, at - 100), at);
    let comma = -1;
    for (const m of head.matchAll(/,(?!\s+(?:and|or|but|as well as)\b)/g)) comma = m.index;
    const cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf(" - "), head.lastIndexOf(" – "), head.lastIndexOf("—"), comma);
    return cut >= 0 ? head.slice(cut + 1) : head;
  }

  it("gives the clause that matching every comma gives", () => {
    const pool = [",", ", and", ",and", ", or ", ", but", ", as well as", " as well", "; ", " - ", "—", " will", " and", "  ", "\n", "x"];
    for (const text of randomStrings(pool, 30000, 16, 11)) {
      for (const at of [0, 1, Math.floor(text.length / 2), text.length]) assert.equal(clauseBefore(text, at), plainClause(text, at), JSON.stringify([text, at]));
    }
  });
});
