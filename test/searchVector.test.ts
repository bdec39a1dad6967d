// Articles' search vectors built from the words read at extraction (searchWords.ts,
// searchVector.ts) must be the ones to_tsvector('english', text) gives: checked against each
// store's own parser on written sentences, generated news and random strings, and on what an
// ingest stores.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/clean/cleanArticle.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import type { Queryable } from "../src/store/database.js";
import { ingest } from "../src/store/ingest.js";
import { openStore } from "../src/store/openStore.js";
import { SearchLexicon } from "../src/store/searchVector.js";
import { searchWords } from "../src/store/searchWords.js";
import { generateArticles, writeCorpusJsonl } from "../scripts/generateCorpus.js";
import { BACKENDS } from "./support/storeBackends.js";
import { randomStrings } from "./support/randomStrings.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const knowledge = loadKnowledge();

/** The entries of searchWords as a map, for readable assertions. */
function entries(text: string): Map<string, string> | null {
  const w = searchWords(text);
  if (w === null) return null;
  const positions = w.positions.split(" ");
  return new Map(w.words.split(" ").filter(Boolean).map((word, i) => [word, positions[i]!]));
}

test("searchWords: words, hyphenated words and their parts, numbers and signs, by position", () => {
  assert.deepEqual(entries("Colonel-General Han Weiguo met the Chinese general."), new Map([
    ["colonel-general", "1"], ["colonel", "2"], ["general", "3,9"], ["han", "4"], ["weiguo", "5"], ["met", "6"], ["the", "7"], ["chinese", "8"],
  ]));
  // A number after one word is signed; after a hyphenated word it is not; a date is three numbers.
  assert.deepEqual(entries("Joint Sea-2019, co-op-2019 on 2019-07-23"), new Map([
    ["joint", "1"], ["sea", "2"], ["#-2019", "3"], ["co-op", "4"], ["co", "5"], ["op", "6"], ["#2019", "7,9"], ["on", "8"], ["#-07", "10"], ["#-23", "11"],
  ]));
  // Words with digits go to the simple dictionary, parts and all.
  assert.deepEqual(entries("Su-30MK2 jets, 40-year-old pilots"), new Map([
    ["#su-30mk2", "1"], ["su", "2"], ["#30mk2", "3"], ["jets", "4"], ["#40", "5"], ["year-old", "6"], ["year", "7"], ["old", "8"], ["pilots", "9"],
  ]));
  // Apostrophes and dashes outside ASCII separate words.
  assert.deepEqual(entries("Russia’s navy—and China's"), new Map([["russia", "1"], ["s", "2,6"], ["navy", "3"], ["and", "4"], ["china", "5"]]));
});

test("searchWords: runs it cannot read are passed on by offsets; tags leave the whole text to PostgreSQL", () => {
  const text = "The U.S. Navy and Xinhua/Li reported";
  const w = searchWords(text)!;
  const runs = w.runs.split(" ").map((e) => e.split(":").map(Number) as [number, number, number]);
  assert.deepEqual(runs.map(([s, e, after]) => [text.slice(s, e), after]), [["U.S.", 1], ["Xinhua/Li", 3]]);
  assert.equal(w.count, 4);
  assert.equal(searchWords("A <b>bold</b> claim"), null);
  assert.equal(searchWords("a\u0007bell"), null);
  assert.deepEqual(searchWords(""), { words: "", positions: "", runs: "", count: 0 });
});

/** Texts that stress the reading: written sentences, generated news, random pieces of prose. */
function testTexts(): string[] {
  const written = [
    "Army General Valery Gerasimov held talks with General Liu Zhenli in Moscow on Thursday.",
    "The Su-30MK2 and J-16 jets flew 1,500 km; the T-72B3 tanks (6-day drill) followed 2008-2009 plans.",
    "“We agreed,” he said — and the state-of-the-art co-operation (ADMM-Plus) went on… 10th round, 21st-century.",
    "U.S. officials, e.g. at www.defense.gov or press@mod.gov.ru, cited /TASS/. 11/05/2010 and 3.5 percent.",
    "Müller met Şahin in İzmir; Документ 1 … x.. y -5 +7 --8 a--b ~home &amp; 5% $100 #tag a_b.",
    "",
    "the of a it s",
    // Where PostgreSQL keeps no more positions of a lexeme, or gives all the same position.
    "cat ".repeat(255), "cats cat ".repeat(128), "x ".repeat(16_380) + "a1 b1 c1 U.S. d1 e1",
  ];
  const generated = [...generateArticles(150, 11)].map((a) => cleanArticle({ id: a.id, source: a.id, format: "txt", raw: a.text }, knowledge).text);
  const pool = ["Drills", "the", "of", "s", "Sea", "P", "8I", "30MK2", "10th", "2019", "07", "x", "U", "S", "Müller", "mil", "ru", "www",
    " ", " ", " ", "\n", "-", "-", "--", ".", ". ", "..", "...", ",", "'", "’", ":", "(", ")", "—", "/", "@", "_", "&", "+", "~", "%", "é"];
  return [...written, ...generated, ...randomStrings(pool, 3000, 14, 5)];
}

async function compare(tx: Queryable, texts: string[]): Promise<{ built: number; wrong: string[] }> {
  const lexicon = new SearchLexicon();
  const vectors = await lexicon.vectors(tx, texts.map((text) => ({ text, words: searchWords(text) })));
  const built = vectors.map((v, i) => [v, texts[i]!] as const).filter(([v]) => v !== null);
  const { rows } = await tx.query<{ text: string }>(
    "select t as text from unnest($1::text[], $2::text[]) as x(v, t) where v::tsvector::text <> to_tsvector('english', t)::text",
    [built.map(([v]) => v), built.map(([, t]) => t)]);
  return { built: built.length, wrong: rows.map((r) => r.text) };
}

for (const backend of BACKENDS) {
  test(`search vectors built from the words read are to_tsvector's (${backend.name})`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    const db = await openStore(b.store);
    try {
      const texts = testTexts();
      const { built, wrong } = await db.transaction((tx) => compare(tx, texts));
      assert.deepEqual(wrong, []);
      // Only a text with a tag, a control character or an "İ" is left to the store whole.
      assert.ok(built >= texts.length * 0.97, `${built} of ${texts.length} built`);
    } finally {
      await db.close();
      await b.cleanup();
    }
  });

  test(`ingest stores each article's search vector as to_tsvector gives it (${backend.name})`, { skip: backend.skip }, async () => {
    const b = await backend.make();
    const dir = mkdtempSync(path.join(tmpdir(), "attache-search-"));
    const db = await openStore(b.store);
    try {
      const corpus = path.join(dir, "news.jsonl");
      await writeCorpusJsonl(corpus, 200, 4);
      const k = compileKnowledge(knowledge);
      const summary = await ingest(db, [path.join(root, "samples"), corpus], k, { jobs: 1 });
      const { rows: [r] } = await db.query<{ n: number; wrong: number }>(
        "select count(*)::int as n, count(*) filter (where search::text <> to_tsvector('english', text)::text)::int as wrong from articles");
      assert.ok(summary.new > 200);
      assert.equal(r!.n, summary.new);
      assert.equal(r!.wrong, 0);
    } finally {
      await db.close();
      await b.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
