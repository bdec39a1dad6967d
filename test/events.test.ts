// Unit tests for the event refiners and the harder event cues: participants named outside the
// event's sentence, states that take no part, and reports that are not events. The sentences are
// the project's own.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../src/article.js";
import { extractArticle } from "../src/extract/extractArticle.js";
import { exerciseNameIn } from "../src/extract/events/exerciseName.js";
import { compileKnowledge } from "../src/knowledge/compile.js";
import { loadKnowledge } from "../src/knowledge/loadKnowledge.js";

const k = compileKnowledge(loadKnowledge());

function eventsOf(text: string, published: string | null = "2023-04-17") {
  const article: Article = { id: "t", source: "t", url: null, raw: text, text, published, outlet: null, dateline: null };
  return extractArticle(article, k).events;
}

const brief = (e: { type: string; date: string | null; participants: { name: string }[] | string[]; countries: string[] }) =>
  [e.type, e.date, e.participants.map((p) => (typeof p === "string" ? p : p.name)).sort().join("; "), e.countries.join(",")];

test("plural titles: 'Chinese and Russian defense ministers met' names both ministers", () => {
  const events = eventsOf("Chinese and Russian defense ministers met in Qingdao on Wednesday.\n\n"
    + "Chinese Defense Minister Cao Gangchuan told his Russian counterpart Sergei Ivanov that the partnership mattered.");
  assert.deepEqual(events.map(brief), [["meeting", "2023-04-12", "Cao Gangchuan; Sergei Ivanov", "CN,RU"]]);
});

test("pair references: 'the two ministers' take the pair named just before", () => {
  const events = eventsOf("Russian Defence Minister Sergei Shoigu briefed Indian Defence Minister Rajnath Singh on Wednesday. "
    + "The two ministers discussed defence cooperation during their telephone conversation.");
  // Undated, the call takes the date of its paragraph.
  assert.deepEqual(events.map(brief), [["call", "2023-04-12", "Rajnath Singh; Sergei Shoigu", "IN,RU"]]);
  assert.equal(events[0]!.mode, "phone");
});

test("pair references: 'the parties also signed' is dated by the pair's talks", () => {
  const events = eventsOf("Russian Defense Minister Sergei Shoigu and Chinese Defense Minister Wei Fenghe held talks via video link on Tuesday. "
    + "They reviewed joint patrols. The parties also signed a roadmap for military cooperation.");
  const agreement = events.find((e) => e.type === "agreement");
  assert.ok(agreement, "the signing is an agreement");
  assert.deepEqual(brief(agreement), ["agreement", "2023-04-11", "Sergei Shoigu; Wei Fenghe", "CN,RU"]);
});

test("visits: the possessive names the traveller", () => {
  const events = eventsOf("He stressed that Chinese President Hu Jintao's successful visit to Russia in June had deepened ties.", "2011-09-24");
  assert.deepEqual(events.map(brief), [["visit", "2011-06", "Hu Jintao", "CN,RU"]]);
});

test("visits: 'visiting' minister is on a visit; the spokesman who reports it takes no part", () => {
  const events = eventsOf("Russian President Vladimir Putin held a working meeting with visiting Chinese Defense Minister Li Shangfu, "
    + "Putin's press secretary Dmitry Peskov said on Sunday.");
  assert.deepEqual(events.map(brief).sort(), [
    ["meeting", "2023-04-16", "Li Shangfu; Vladimir Putin", "CN,RU"],
    ["visit", "2023-04-16", "Li Shangfu", "CN,RU"],
  ]);
});

test("visits: travellers joined by 'and' embark on one trip", () => {
  const events = eventsOf("US Secretary of State Antony Blinken and US Defense Secretary Lloyd Austin embarked on their first foreign trip to Japan on Monday.");
  assert.deepEqual(events.map(brief), [["visit", "2023-04-17", "Antony Blinken; Lloyd Austin", "JP,US"]]);
});

test("ships meeting at sea are not officials meeting", () => {
  const events = eventsOf("Naval groups of the Russian Pacific Fleet and the Chinese Navy met in the East China Sea on Wednesday to begin the Joint Sea 2022 naval maneuvers.");
  assert.deepEqual(events.map((e) => e.type), ["exercise"]);
});

test("exercise names: the edition's year dates an exercise the text does not", () => {
  assert.deepEqual(exerciseNameIn("the \"Peace Mission 2005\" exercises"), { name: "Peace Mission 2005", year: "2005" });
  assert.deepEqual(exerciseNameIn("joint naval drills Joint Sea-2021 began"), { name: "Joint Sea-2021", year: "2021" });
  assert.equal(exerciseNameIn("drills held in May 2014"), null);
  const events = eventsOf("Russia and China launched the joint exercise Peace Mission 2005 today on the Shandong peninsula.", null);
  assert.deepEqual(events.map(brief), [["exercise", "2005", "", "CN,RU"]]);
});

test("states named as places, targets and threats take no part", () => {
  const [e] = eventsOf("Azerbaijan's defence ministry said on Monday it had begun joint drills with its ally Turkiye near the border with Armenia.");
  assert.deepEqual(e!.countries, ["AZ", "TR"]);
  assert.deepEqual(eventsOf("China's navy completed three days of maneuvers around Taiwan on Monday."), []);
  assert.deepEqual(eventsOf("The secretaries of the Philippines and the United States condemned dangerous maneuvers in the South China Sea on Monday."), []);
});

test("talk in a report of a phone call is that call", () => {
  const events = eventsOf("General Liu Zhenli of China spoke by phone with Russian Army General Valery Gerasimov on Friday. "
    + "The sides exchanged views on military cooperation.");
  assert.deepEqual(events.map(brief), [["call", "2023-04-14", "Liu Zhenli; Valery Gerasimov", "CN,RU"]]);
});

test("port calls: the fleet's commander and the host navy's officers take part", () => {
  const events = eventsOf("Three Chinese warships arrived in Karachi, Pakistan, on Saturday on a goodwill visit.\n\n"
    + "The visit will promote friendship, the commander of the Chinese fleet Rear Admiral Shen Hao said.\n\n"
    + "Chief of Naval Staff of the Pakistan Navy Admiral Muhammad Zakaullah visited the fleet.");
  const call = events.find((e) => e.type === "port_call");
  assert.ok(call);
  assert.deepEqual(brief(call), ["port_call", "2023-04-15", "Muhammad Zakaullah; Shen Hao", "CN,PK"]);
});

test("port calls recalled as expeditions, one per year listed", () => {
  const events = eventsOf("Earlier, in 2007 and 2014, two other Russian naval fleets had carried out such an expedition to Iran.", "2015-08-10");
  assert.deepEqual(events.map((e) => [e.type, e.date]).sort(), [["port_call", "2007"], ["port_call", "2014"]]);
});

test("intentions, anniversaries, prospects and what lies ahead are not events", () => {
  assert.deepEqual(eventsOf("Russian Defense Minister Sergei Shoigu and Chinese Defense Minister Wei Fenghe agreed on Tuesday to step up joint exercises."), []);
  assert.deepEqual(eventsOf("Chinese General Guo Boxiong noted that this year marks the anniversary of the signing of the China-Russia Treaty."), []);
  assert.deepEqual(eventsOf("Iranian navy ships are likely to pay a port call to Russia in mid-October."), []);
  assert.deepEqual(eventsOf("The meeting came on Monday ahead of joint Russian-Indian naval drills in the Bay of Bengal.")
    .filter((e) => e.type === "exercise"), []);
});

test("'earlier in the day' is the day of the meeting reported before; two pairs are two meetings", () => {
  const events = eventsOf("Russian Defense Minister Sergei Ivanov met Chinese Chief of the General Staff Liang Guanglie in Moscow on Tuesday. "
    + "Earlier in the day, Liang held talks with his Russian counterpart Yuri Baluyevsky.", "2006-05-24");
  assert.deepEqual(events.map(brief).sort(), [
    ["meeting", "2006-05-23", "Liang Guanglie; Sergei Ivanov", "CN,RU"],
    ["meeting", "2006-05-23", "Liang Guanglie; Yuri Baluyevsky", "CN,RU"],
  ]);
});

test("a multilateral meeting is an event beside the bilateral talks on its sidelines", () => {
  const events = eventsOf("Russian Defense Minister Sergei Shoigu met his Chinese counterpart Li Shangfu in New Delhi on Friday. "
    + "The SCO defence ministers' meeting is taking place in the Indian capital.", "2023-04-28");
  assert.deepEqual(events.map((e) => [e.type, e.frameworks.join(","), [...e.participants].sort().join("; ")]).sort(), [
    ["meeting", "", "Li Shangfu; Sergei Shoigu"],
    ["meeting", "SCO", "Li Shangfu; Sergei Shoigu"],
  ]);
});

test("officials of two states speaking together met", () => {
  const events = eventsOf("Lt. Gen. He Lei, vice president of the Academy of Military Science of the PLA, and Lt. Gen. Alexander Fomin, "
    + "Russian Deputy Minister of Defense, together noted that ties were at an all-time high.", "2017-06-04");
  assert.deepEqual(events.map((e) => [e.type, [...e.participants].sort().join("; "), e.countries.join(",")]), [["meeting", "Alexander Fomin; He Lei", "CN,RU"]]);
});
