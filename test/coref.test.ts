// Unit tests for coreference refinements: credit lines, ships named like people, and known
// persons named by post and family name only. The texts are the project's own.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../src/article.js";
import { creditedNames } from "../src/extract/coref/credits.js";
import { extractArticle } from "../src/extract/extractArticle.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { knownPersonAt, postKey } from "../src/knowledge/knownPersonAt.js";

const k = compileKnowledge(loadKnowledge());

function personsOf(text: string, raw = text) {
  const article: Article = { id: "t", source: "t", url: null, raw, text, published: "2023-04-17", outlet: null, dateline: null };
  return extractArticle(article, k).persons;
}

test("credits: a byline never runs into the next line; desks are not persons; job words are not names", () => {
  assert.deepEqual(creditedNames("Posted Apr 23, 2012 by Jane Doering\nRussian-Chinese drills begin"), ["Jane Doering"]);
  assert.deepEqual(creditedNames("By Lyu Mingde and Zhang Xiaolan\n YINCHUAN, Aug. 13"), ["Lyu Mingde", "Zhang Xiaolan"]);
  assert.deepEqual(creditedNames("(Reporting by Beijing Newsroom; Editing by Tom Harwell)"), ["Tom Harwell"]);
  assert.deepEqual(creditedNames("(U.S. Navy photo by Mass Communication Specialist 3rd Class Carl Dorsey)"), ["Carl Dorsey"]);
});

test("credits: capitals run into the dateline and agency photo credits", () => {
  assert.deepEqual(creditedNames("IVAN PETRENKOFriday, 28 April 2023, 11:14"), ["IVAN PETRENKO"]);
  assert.deepEqual(creditedNames("The destroyer arrives in port. (SPUTNIK/ OLEG MARKOV)"), ["OLEG MARKOV"]);
  assert.deepEqual(creditedNames("© RIA Novosti . Pavel SorokinRussian Defense Minister speaks"), ["Pavel Sorokin"]);
});

test("ships: names the text calls ships are not persons", () => {
  const persons = personsOf("Chang Chun, Jing Zhou and Chao Hu warships of the Chinese navy arrived in Karachi. "
    + "The French Navy sent the aircraft carrier Charles De Gaulle.");
  assert.deepEqual(persons.map((p) => p.name), []);
});

test("a post before the family name of a known person names that person", () => {
  const persons = personsOf("Australia exchanged notes with then Indonesian Foreign Minister Wirajuda in Perth in February 2008.");
  assert.deepEqual(persons.map((p) => [p.name, p.country]), [["Hassan Wirajuda", "ID"]]);
});

test("a family name borne by several known persons: the one holding the post named, in that state, that day", () => {
  const at = (text: string, published: string) => {
    const article: Article = { id: "t", source: "t", url: null, raw: text, text, published, outlet: null, dateline: null };
    return extractArticle(article, k).persons.map((p) => [p.name, p.country]);
  };
  const text = "Russian Defence Minister Shoigu held talks with Chinese Defence Minister Li in Moscow on Tuesday.";
  assert.deepEqual(at(text, "2023-04-18"), [["Sergei Shoigu", "RU"], ["Li Shangfu", "CN"]]);
  // The same words in 2012: no Li was Chinese defence minister, so "Li" stays unresolved.
  assert.ok(!at(text, "2012-04-18").some(([name]) => name!.startsWith("Li ")));
  assert.deepEqual(at("Shoigu held talks with his Chinese counterpart General Chang in Moscow on Tuesday.", "2013-06-18").find(([, c]) => c === "CN"), ["Chang Wanquan", "CN"]);
});

test("knownPersonAt: state, then post held that day, then any post held that day", () => {
  const li = k.personsBySurname.get("li")!;
  assert.equal(knownPersonAt(li, { country: "CN", post: "minister of defence", day: "2023-05-01" })?.name, "Li Shangfu");
  assert.equal(knownPersonAt(li, { country: "CN", post: "Defense Minister", day: "2024-05-01" }), null);
  assert.equal(knownPersonAt(li, { country: "CN", post: null, day: null }), null);
  assert.equal(postKey("Minister of Defence"), postKey("defense minister"));
});
