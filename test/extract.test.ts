// Unit tests for the recognizers, coreference and event recognizers, on sentences written for them.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../src/article.js";
import { annotate, extractArticle } from "../src/extract/extractArticle.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";
import { resolveWeekday } from "../src/extract/recognizers/dates.js";
import { datesInText } from "../src/extract/datesInText.js";
import { splitSentences } from "../src/extract/sentences.js";
import { tokenize } from "../src/extract/tokenize.js";
import { creditedNames } from "../src/extract/coref/credits.js";

const k = compileKnowledge(loadKnowledge());

function article(text: string, published: string | null = "2023-04-17", place: string | null = null): Article {
  return { id: "t", source: "t", url: null, raw: text, text, published, outlet: null, dateline: place ? { place, date: published, start: 0, end: place.length } : null };
}

test("sentences: rank abbreviations and initials do not end a sentence; paragraphs do", () => {
  const text = "Lt. Gen. He Lei met Gen. Fomin on Nov. 26 in Moscow. Lloyd J. Austin spoke.\n\nA new paragraph";
  const s = splitSentences(text, tokenize(text), { abbreviations: k.abbreviations });
  assert.deepEqual(s.map((x) => text.slice(x.start, x.end)), [
    "Lt. Gen. He Lei met Gen. Fomin on Nov. 26 in Moscow.", "Lloyd J. Austin spoke.", "A new paragraph",
  ]);
  assert.equal(s[2]!.paragraph, 1);
});

test("sentences: a line wrapped inside a paragraph stays one sentence", () => {
  const text = "The minister met\nvisiting officers in Moscow on Tuesday.";
  assert.equal(splitSentences(text, tokenize(text)).length, 1);
  const wrapped = "Russian Defense Minister Sergei Ivanov met the visiting\nChief of the General Staff of the Chinese People's\nLiberation Army Liang Guanglie in Moscow on Tuesday.";
  assert.equal(splitSentences(wrapped, tokenize(wrapped)).length, 1);
});

test("sentences: in copy not wrapped, a headline or source line without punctuation is a sentence of its own", () => {
  const text = "Interfax\nShoigu and the Chinese chief of staff confer on Syria\nMoscow: The visit of the Chinese chief of the General Staff shows the strategic nature of the ties.";
  const s = splitSentences(text, tokenize(text));
  assert.deepEqual(s.map((x) => text.slice(x.start, x.end)), [
    "Interfax", "Shoigu and the Chinese chief of staff confer on Syria",
    "Moscow: The visit of the Chinese chief of the General Staff shows the strategic nature of the ties.",
  ]);
});

test("dates: a bare weekday points back from the publication day", () => {
  // 2023-04-17 was a Monday.
  const ref = new Date("2023-04-17T12:00:00Z");
  assert.equal(resolveWeekday(0, ref, false), "2023-04-16");
  assert.equal(resolveWeekday(1, ref, false), "2023-04-17");
  assert.equal(resolveWeekday(5, ref, false), "2023-04-14");
  assert.equal(resolveWeekday(5, ref, true), "2023-04-21");
});

test("dates: months, last month and years at the precision the text gives", () => {
  const doc = annotate(article("The ministers met on Sunday. Xi visited last month. Drills were held in June and in 2007 and 2014. They met on December 21."), k);
  const values = doc.mentions.filter((m) => m.kind === "date").sort((a, b) => a.start - b.start).map((m) => (m as { value: string }).value);
  assert.deepEqual(values, ["2023-04-16", "2023-03", "2022-06", "2007", "2014", "2022-12-21"]);
});

test("dates: relative expressions need a publication day", () => {
  const doc = annotate(article("They met on Sunday and again in March 2013.", null), k);
  assert.deepEqual(doc.mentions.filter((m) => m.kind === "date").map((m) => (m as { value: string }).value), ["2013-03"]);
});

test("dates: only sentences with a date cue are read, each by the parsers its cues feed", () => {
  const text = "The frigate carried S-400 parts. Talks were held on 2023-04-12 and again three weeks ago.\n\nLi Jun lasts long. They met on Friday in Beijing.";
  const doc = annotate(article(text), k);
  const dates = doc.mentions.filter((m) => m.kind === "date").sort((a, b) => a.start - b.start);
  assert.deepEqual(dates.map((m) => m.text), ["2023-04-12", "three weeks ago", "on Friday"]);
  // The first sentence holds no cue: chrono never reads its "S-400" as "in the second".
  const parsed = datesInText(doc, new Date("2023-04-17T12:00:00Z"));
  assert.ok(parsed.length >= 3 && parsed.every((r) => r.index > text.indexOf(".")));
});

test("persons: a title before a new name gives rank, post and country", () => {
  const r = extractArticle(article("Commander of the Chinese Army's Ground Forces Colonel-General Zhao Mingde arrived."), k);
  const p = r.persons.find((x) => x.name === "Zhao Mingde");
  assert.ok(p, "the person is found");
  assert.equal(p.country, "CN");
  assert.equal(p.rank, "Colonel-General");
});

test("persons: an apposition names the role and the state", () => {
  const r = extractArticle(article("Pavel Orlovsky, deputy commander of the Russian Navy, said the drill went well."), k);
  const p = r.persons.find((x) => x.name === "Pavel Orlovsky");
  assert.equal(p?.country, "RU");
});

test("persons: a journalist serves no state", () => {
  const r = extractArticle(article("Chen Hongwei, editor of a military magazine, said the drill was routine."), k);
  assert.equal(r.persons.find((x) => x.name === "Chen Hongwei")?.country, null);
});

test("coreference: surnames, rank plus surname, misspellings and titles join one person", () => {
  const text = "Russian President Dmitry Medvedev met Lt. Gen. He Lei, vice president of the Academy of Military Science of the PLA. "
    + "Gen. He thanked him. Medvedve welcomed the visit. The Russian president said ties were strong.";
  const r = extractArticle(article(text), k);
  const medvedev = r.persons.find((p) => p.name === "Dmitry Medvedev")!;
  assert.deepEqual(medvedev.mentions.map((m) => m.text), ["Dmitry Medvedev", "Medvedve", "The Russian president"]);
  const he = r.persons.find((p) => p.name === "He Lei")!;
  assert.deepEqual(he.mentions.map((m) => m.text), ["He Lei", "He"]);
  assert.equal(r.persons.length, 2, "\"He thanked\" is not a person");
});

test("credits: bylines, editors and photo credits are persons who serve no state", () => {
  assert.deepEqual(creditedNames("Editor: Wang Min | Source: Xinhua\n(Xinhua/Zhou Lei)\nBy Anna Petrova and Oleg Ivanov | May 2"), ["Wang Min", "Anna Petrova", "Oleg Ivanov", "Zhou Lei"]);
});

function eventsOf(text: string, published = "2023-04-17") {
  return extractArticle(article(text, published), k).events;
}

test("meeting: in person, dated by the weekday, placed, with both officials", () => {
  const [e, ...rest] = eventsOf("Chinese Defense Minister Li Shangfu met Russian President Vladimir Putin in Moscow on Sunday.");
  assert.equal(rest.length, 0);
  assert.equal(e!.type, "meeting");
  assert.equal(e!.mode, "in_person");
  assert.equal(e!.date, "2023-04-16");
  assert.equal(e!.location, "Moscow");
  assert.deepEqual(e!.countries, ["CN", "RU"]);
  assert.deepEqual(e!.participants.sort(), ["Li Shangfu", "Vladimir Putin"]);
});

test("call: a video link is a call, not a meeting", () => {
  const events = eventsOf("Chief of the Russian General Staff Valery Gerasimov held talks with his Chinese counterpart Liu Zhenli via a video link on Friday.");
  assert.deepEqual(events.map((e) => [e.type, e.mode, e.date]), [["call", "video", "2023-04-14"]]);
});

test("call: by telephone", () => {
  const [e] = eventsOf("Indian Defence Minister Rajnath Singh spoke by phone with Russian Defence Minister Sergei Shoigu on Wednesday.");
  assert.equal(e!.type, "call");
  assert.equal(e!.mode, "phone");
  assert.deepEqual(e!.countries, ["IN", "RU"]);
});

test("visit: the traveller takes part, the host state is the place's", () => {
  const [e] = eventsOf("Chinese Defense Minister Wei Fenghe arrived in Moscow on Monday on a three-day visit to Russia.");
  assert.equal(e!.type, "visit");
  assert.deepEqual(e!.participants, ["Wei Fenghe"]);
  assert.deepEqual(e!.countries, ["CN", "RU"]);
  assert.equal(e!.locationCountry, "RU");
});

test("exercise: states from the sentence, sea area without a country", () => {
  const [e] = eventsOf("Chinese and Russian warships on Wednesday began a joint naval exercise in the Sea of Japan.");
  assert.equal(e!.type, "exercise");
  assert.deepEqual(e!.countries, ["CN", "RU"]);
  assert.equal(e!.location, "Sea of Japan");
  assert.equal(e!.date, "2023-04-12");
});

test("exercise: a list of years is one event each", () => {
  const events = eventsOf("Russia and China held two similar joint exercises in 2005 and 2007.");
  assert.deepEqual(events.map((e) => e.date), ["2005", "2007"]);
});

test("agreement: a signed roadmap", () => {
  const events = eventsOf("Russian Defense Minister Sergei Shoigu and Chinese Defense Minister Wei Fenghe signed a roadmap for military cooperation on Tuesday.");
  assert.ok(events.some((e) => e.type === "agreement" && e.date === "2023-04-11"));
});

test("port call: warships arriving in a foreign port", () => {
  const [e] = eventsOf("Two Russian warships arrived in the Chinese port of Qingdao on Saturday.");
  assert.equal(e!.type, "port_call");
  assert.equal(e!.location, "Qingdao");
  assert.deepEqual(e!.countries, ["CN", "RU"]);
});

test("plans, invitations and habits are not events", () => {
  assert.deepEqual(eventsOf("Russian Defense Minister Sergei Shoigu will visit China next month."), []);
  assert.deepEqual(eventsOf("Shoigu invited Chinese Defense Minister Wei Fenghe to visit Moscow."), []);
  assert.deepEqual(eventsOf("The Russian and Chinese navies regularly hold joint exercises."), []);
});

test("several sentences about one event give one event", () => {
  const events = eventsOf("Russian Defense Minister Sergei Shoigu met Chinese Defense Minister Li Shangfu in Moscow on Sunday. "
    + "During the meeting, Shoigu and Li discussed cooperation.");
  assert.equal(events.filter((e) => e.type === "meeting").length, 1);
});
