import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RawArticle } from "../src/article.js";
import { furnitureRule } from "../src/clean/boilerplate.js";
import { cleanArticle } from "../src/clean/cleanArticle.js";
import { findDateline } from "../src/clean/dateline.js";
import { findFullDates, isoFromMetadata, resolveMonthDay } from "../src/clean/dates.js";
import { htmlToPage } from "../src/clean/html.js";
import { readTimestampLine } from "../src/clean/timestamps.js";
import type { Knowledge, Outlet } from "../src/knowledge/schema.js";

const outlets: Outlet[] = [
  { name: "TASS", aliases: ["/TASS/", "ITAR-TASS"], domains: ["tass.com"] },
  { name: "Xinhua", aliases: ["(Xinhua)", "Xinhua News Agency"], domains: ["xinhuanet.com"] },
  { name: "Reuters", aliases: [], domains: ["reuters.com"] },
  { name: "AP", aliases: ["Associated Press"], domains: [] },
  { name: "AFP", aliases: [], domains: [] },
  { name: "ANI", aliases: [], domains: [] },
  { name: "Sputnik", aliases: ["Sputnik News"], domains: ["sputnikglobe.com"] },
  { name: "UrduPoint", aliases: ["UrduPoint News"], domains: [] },
  { name: "Mehr News Agency", aliases: ["MNA"], domains: [] },
  { name: "Interfax", aliases: [], domains: [] },
  { name: "Trend", aliases: [], domains: [] },
  { name: "China Military Online", aliases: ["ChinaMil"], domains: [] },
  { name: "Harbour Herald", aliases: [], domains: ["harbourherald.example"] },
];

// Only the parts cleaning reads; the rest of the knowledge is not needed here.
const K = {
  countries: [{ code: "IN", names: ["India"], demonyms: [], forces: [], capitals: ["New Delhi"] }],
  places: [],
  ranks: [],
  posts: [],
  organisations: [],
  frameworks: [],
  persons: [],
  outlets,
} as unknown as Knowledge;

function clean(raw: string, extra: Partial<RawArticle> = {}) {
  return cleanArticle({ id: "t", source: "t.txt", format: "txt", raw, ...extra }, K);
}

const BODY =
  "The defence ministers of the two countries held talks on Tuesday and agreed to expand joint training next year, officials said.";

describe("boilerplate", () => {
  const furniture = [
    "Share:",
    "Share this article",
    "Share Tweet Email",
    "Like Us on Facebook",
    "Follow us on Twitter and Telegram",
    "Sign up for our free weekly newsletter for the latest news!",
    "Subscribe",
    "Homepage > News > World >",
    "English>>Military",
    "©2021 Harbour Herald All rights reserved. Do not copy.",
    "Copyright 2020 Some Paper",
    "Editor: Wang Fang | Source: Xinhua",
    "Source: Harbour Herald",
    "Tags",
    "Tags: navy, drills",
    "Your Comment",
    "• captcha",
    "Real Time Analytics",
    "News ID 48213",
    "Print",
    "Related:",
    "Read more: Ten things to know about naval drills",
    "(Photo : Xinhua)",
    "Two officers shake hands. (Photo : Harbour Herald)",
    "Image: ABC",
    "(Reporting by Jane Roe; Editing by John Doe)",
    "MNA/PR",
    "* * *",
    "https://example.org/2020/01/01/story.html",
  ];
  for (const line of furniture) {
    it(`removes ${JSON.stringify(line)}`, () => {
      assert.notEqual(furnitureRule(line), null, line);
    });
  }

  const prose = [
    "Both sides agreed to share intelligence on piracy in the Gulf of Aden, the statement said.",
    "The two navies share a long history of joint escort missions.",
    "Print media in both countries covered the visit widely.",
    "Tags on the containers showed they came from the northern port.",
    "The source of the leak was not identified, officials said.",
    BODY,
  ];
  for (const line of prose) {
    it(`keeps ${JSON.stringify(line.slice(0, 40))}...`, () => {
      assert.equal(furnitureRule(line), null);
    });
  }

  it("drops a paragraph the page repeats further down", () => {
    const second = "The ships will stay in port for three days before sailing home, the navy said in a statement.";
    const a = clean(["Ships visit port", "", BODY, "", second, "", BODY, "", second].join("\n"));
    assert.equal(a.text, ["Ships visit port", "", BODY, "", second].join("\n"));
  });

  it("drops furniture lines without leaving gaps and keeps headlines", () => {
    const raw = [
      "Homepage > News > World >",
      "",
      "Navies end joint drill",
      "Navies end joint drill",
      "",
      "Like Us on Facebook",
      "",
      "",
      "",
      BODY,
      "Share",
      "Both sides agreed to share radar data during the exercise, a spokesman said.",
      "",
      "Tags",
      "",
    ].join("\n");
    const a = clean(raw);
    assert.equal(
      a.text,
      ["Navies end joint drill", "", BODY, "Both sides agreed to share radar data during the exercise, a spokesman said."].join("\n"),
    );
    assert.ok(!/\n{3,}/.test(a.text));
  });
});

describe("publication date", () => {
  it("reads and removes the ' date YYYY-MM-DD' header", () => {
    const a = clean(` date 2019-06-13 MOSCOW, June 13. /TASS/. ${BODY}`);
    assert.equal(a.published, "2019-06-13");
    assert.ok(a.text.startsWith("MOSCOW, June 13. /TASS/."));
  });

  it("keeps a month-precision header", () => {
    assert.equal(clean(` date 2017-06 ${BODY}`).published, "2017-06");
  });

  it("prefers input metadata", () => {
    assert.equal(clean(` date 2019-06-13 ${BODY}`, { published: "2019-06-12T22:00:00Z" }).published, "2019-06-12");
  });

  const stamps: [string, string][] = [
    ["2009-11-27 08:57 BJT", "2009-11-27"],
    ["By | Jun 04, 2017 12:00 AM EDT", "2017-06-04"],
    ["Published: 10:11, June 10, 2023", "2023-06-10"],
    ["08:04, April 25, 2012", "2012-04-25"],
    ["Aug 10, 2015, 10:59 AM", "2015-08-10"],
    ["Updated: 2013-07-03 09:12", "2013-07-03"],
    ["July 1, 2013", "2013-07-01"],
    ["01.07.2013", "2013-07-01"],
    ["09:03 GMT 09.06.2023", "2023-06-09"],
    ["by Harbour Herald 03-02-2016 | 9:15 AM", "2016-02-03"],
    ["Tuesday, March 3, 2009", "2009-03-03"],
    ["Posted Apr 23, 2012 by A. Writer", "2012-04-23"],
    ["25 July 2013", "2013-07-25"],
    ["tirsdag 3. april 2018", "2018-04-03"],
    ["Source: Harbour Herald Editor: Li Ming 2020-06-24 15:44:45", "2020-06-24"],
  ];
  for (const [line, iso] of stamps) {
    it(`reads the timestamp ${JSON.stringify(line)}`, () => {
      const a = clean(["Navies end joint drill", "", line, "", BODY].join("\n"));
      assert.equal(a.published, iso);
      assert.ok(!a.text.includes(line), "the timestamp line is furniture");
      assert.ok(a.text.includes(BODY));
    });
  }

  it("reads a labelled date at the bottom of the page", () => {
    const a = clean([BODY, "", "The drills will last a week.", "", "(Harbour Herald Oct 2, 2007)"].join("\n"));
    assert.equal(a.published, "2007-10-02");
  });

  it("strips a date glued to the opening sentence", () => {
    const a = clean(["Jets intercept patrol", "March 2, 2016Two coast guard cutters escorted the tanker out of the strait, the agency said on Wednesday."].join("\n"));
    assert.equal(a.published, "2016-03-02");
    assert.ok(a.text.includes("\nTwo coast guard cutters escorted"));
  });

  it("does not take a date from a sentence, a slash date or a list of other stories", () => {
    assert.equal(clean(["The pact, signed on March 3, 2011 in Astana, is being ratified by both parliaments this year.", BODY].join("\n")).published, null);
    assert.equal(clean(["UPDATE 11/05/2010: parliament ratified it.", BODY].join("\n")).published, null);
    const listed = [BODY, "Top Headlines", "Another story about something else", "December 30, 2025", "A third story", "December 29, 2025"].join("\n");
    assert.equal(clean(listed).published, null);
  });

  it("falls back to a dateline that writes its year", () => {
    const a = clean(`NEW DELHI (UrduPoint News / Sputnik - 14th March, 2022) ${BODY}`);
    assert.equal(a.published, "2022-03-14");
    assert.equal(a.outlet, "UrduPoint");
  });

  it("leaves published null when nothing gives a year", () => {
    const a = clean(`BEIJING, Nov. 26 (Xinhua) -- ${BODY}`);
    assert.equal(a.published, null);
    assert.equal(a.dateline?.date, null);
  });
});

describe("date helpers", () => {
  it("reads metadata dates as written", () => {
    assert.equal(isoFromMetadata("2019-06-13T23:30:00-05:00"), "2019-06-13");
    assert.equal(isoFromMetadata("2019-06"), "2019-06");
    assert.equal(isoFromMetadata("June 13, 2019"), "2019-06-13");
    assert.equal(isoFromMetadata("soon"), null);
  });

  it("finds full dates only", () => {
    assert.deepEqual(
      findFullDates("On June 13 and on 2019-06-14 and 31.02.2019").map((d) => d.iso),
      ["2019-06-14"],
    );
  });

  it("puts a day and month in the most recent year not after the reference", () => {
    assert.equal(resolveMonthDay(6, 13, "2019-06-13"), "2019-06-13");
    assert.equal(resolveMonthDay(12, 30, "2021-01-02"), "2020-12-30");
    assert.equal(resolveMonthDay(6, 7, "2017-06"), "2017-06-07");
    assert.equal(resolveMonthDay(2, 29, "2023-03-01"), "2020-02-29");
    assert.equal(resolveMonthDay(6, 7, null), null);
  });

  it("does not read relative phrases as dates", () => {
    assert.deepEqual(findFullDates("The drills will last a week, starting today."), []);
    assert.deepEqual(findFullDates("In 2019 the two sides met last week."), []);
  });

  it("tells timestamp lines from sentences", () => {
    assert.equal(readTimestampLine("The drills ended on July 12, 2013.")?.iso, undefined);
    assert.equal(readTimestampLine("Drills to begin July 5, 2013")?.iso, undefined);
    assert.equal(readTimestampLine("Sputnik News – March 2, 2016")?.iso, "2016-03-02");
    assert.equal(readTimestampLine("July 1, 2013")?.lone, true);
  });
});

describe("dateline", () => {
  const forms: [string, string, string, string | null][] = [
    // raw opening, dateline text, place, tag
    ["MOSCOW, June 13. /TASS/. ", "MOSCOW, June 13. /TASS/.", "MOSCOW", "TASS"],
    ["BEIJING, Nov. 26 (Xinhua) -- ", "BEIJING, Nov. 26 (Xinhua) --", "BEIJING", "Xinhua"],
    ["QINGDAO, April 24 (Xinhua) -- ", "QINGDAO, April 24 (Xinhua) --", "QINGDAO", "Xinhua"],
    ["TEHRAN, Aug. 10 (MNA) – ", "TEHRAN, Aug. 10 (MNA) –", "TEHRAN", "MNA"],
    ["NEW DELHI, June 11 (PTI) ", "NEW DELHI, June 11 (PTI)", "NEW DELHI", "PTI"],
    ["MOSCOW, July 1 (Interfax) - ", "MOSCOW, July 1 (Interfax) -", "MOSCOW", "Interfax"],
    ["WASHINGTON (Reuters) - ", "WASHINGTON (Reuters) -", "WASHINGTON", "Reuters"],
    ["Moscow, 13 June: ", "Moscow, 13 June:", "Moscow", null],
    ["BEIJING, June 24 -- ", "BEIJING, June 24 --", "BEIJING", null],
    ["SHANGHAI - ", "SHANGHAI -", "SHANGHAI", null],
    ["VLADIVOSTOK, Russia -- ", "VLADIVOSTOK, Russia --", "VLADIVOSTOK", null],
  ];
  for (const [open, text, place, tag] of forms) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const full = `Navies end joint drill\n\n${open}${BODY}`;
      const d = findDateline(full);
      assert.ok(d, "a dateline");
      assert.equal(d.place, place);
      assert.equal(d.tag, tag);
      assert.equal(full.slice(d.start, d.end), text);
    });
  }

  it("resolves the dateline's day against the publication date and gives offsets in the cleaned text", () => {
    const a = clean(["Homepage > News >  World >", "Navies end joint drill", "2021-01-02 10:00 BJT", `SANYA, Dec. 30 (Xinhua) -- ${BODY}`].join("\n"));
    assert.equal(a.published, "2021-01-02");
    assert.deepEqual(a.dateline && { place: a.dateline.place, date: a.dateline.date }, { place: "SANYA", date: "2020-12-30" });
    assert.equal(a.text.slice(a.dateline!.start, a.dateline!.end), "SANYA, Dec. 30 (Xinhua) --");
  });

  it("takes a title-case place with a colon for a known place only, unless the paragraph is long", () => {
    assert.equal(clean(`New Delhi: ${BODY}`).dateline?.place, "New Delhi");
    assert.equal(clean("Exercise Falcon: two air forces begin drills in the desert").dateline, null);
  });

  it("finds a weak dateline after a long headline and a photo caption", () => {
    const raw = [
      "Two navies open their annual joint drill with a ceremony at a southern naval base",
      "",
      "Sailors line the deck of a frigate at the naval base on May 20. [Photo by A. Photographer/Harbour Herald]",
      "",
      `SANYA - ${BODY}`,
    ].join("\n");
    const a = clean(raw);
    assert.equal(a.dateline?.place, "SANYA");
    assert.equal(a.text.slice(a.dateline!.start, a.dateline!.end), "SANYA -");
  });

  it("does not take a headline or a label for a dateline", () => {
    assert.equal(findDateline(`UPDATE - ${BODY}`), null);
    assert.equal(clean(`Reuters: ${BODY}`).dateline, null);
  });

  it("does not take a dateline quoted further down a post", () => {
    const raw = [
      "Ships arrive at the port",
      "There is more on this story on another website, which the author links to below for readers.",
      "The patrol ships are now moored at the port, the blogger wrote in a short note this week.",
      "Several sailors were seen ashore during the afternoon, according to local residents nearby.",
      `TEHRAN, Aug. 8 (MNA) - ${BODY}`,
    ].join("\n");
    assert.equal(clean(raw).dateline, null);
  });
});

describe("outlet", () => {
  it("reads the dateline's agency tag", () => {
    assert.equal(clean(` date 2019-06-13 MOSCOW, June 13. /TASS/. ${BODY}`).outlet, "TASS");
    assert.equal(clean(`BEIJING, Nov. 26 (Xinhua) -- ${BODY}`).outlet, "Xinhua");
    assert.equal(clean(`MOSCOW, July 2 (ChinaMil) -- ${BODY}`).outlet, "China Military Online");
  });

  it("reads a Source line before it is dropped", () => {
    const a = clean([BODY, "", "Editor: Wang Fang | Source: Xinhua"].join("\n"));
    assert.equal(a.outlet, "Xinhua");
    assert.ok(!a.text.includes("Editor"));
  });

  it("reads a copyright notice", () => {
    assert.equal(clean([BODY, "©2019 Harbour Herald All rights reserved."].join("\n")).outlet, "Harbour Herald");
  });

  it("reads bylines, mastheads and closing wire tags", () => {
    assert.equal(clean(["Drills end", "By JANE ROE | HARBOUR HERALD Published: July 25, 2010", BODY].join("\n")).outlet, "Harbour Herald");
    assert.equal(clean(["Drills end", "Interfax", "July 1, 2013", BODY].join("\n")).outlet, "Interfax");
    assert.equal(clean(["Drills end", "Sputnik News – March 2, 2016", BODY].join("\n")).outlet, "Sputnik");
    assert.equal(clean([BODY, `${BODY} (ANI)`].join("\n")).outlet, "ANI");
    assert.equal(clean([BODY, "MNA/PR"].join("\n")).outlet, "Mehr News Agency");
    assert.equal(clean(`Navies held drills on Sunday, the ministry said, Trend reports citing local media. ${BODY}`).outlet, "Trend");
  });

  it("does not take an outlet that the body only quotes", () => {
    assert.equal(clean(["Drills end", BODY, "The exercise opened on Monday with a parade of ships, the Xinhua News Agency reported."].join("\n")).outlet, null);
    assert.equal(clean([BODY, "Reuters reported on Wednesday that the ships had left port."].join("\n")).outlet, null);
    assert.equal(clean([BODY, "ab,cd/ef (AP, Reuters, AFP)"].join("\n")).outlet, null);
  });

  it("prefers metadata, then the text, then the URL's domain", () => {
    assert.equal(clean(`BEIJING, Nov. 26 (Xinhua) -- ${BODY}`, { outlet: "ITAR-TASS" }).outlet, "TASS");
    assert.equal(clean(BODY, { outlet: "Some Local Paper" }).outlet, "Some Local Paper");
    assert.equal(clean(BODY, { url: "https://www.harbourherald.example/2020/story" }).outlet, "Harbour Herald");
    assert.equal(clean(`BEIJING, Nov. 26 (Xinhua) -- ${BODY}`, { url: "https://harbourherald.example/x" }).outlet, "Xinhua");
    assert.equal(clean(BODY).outlet, null);
  });
});

describe("HTML", () => {
  const page = `<!doctype html><html><head>
<title>Navies end joint drill | Harbour Herald</title>
<meta property="og:site_name" content="Harbour Herald">
<meta property="article:published_time" content="2021-07-10T23:30:00-05:00">
<link rel="canonical" href="https://harbourherald.example/navies">
<script>var s = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">Home</a> &gt; <a href="/w">World</a></nav>
<article>
<h1>Navies end joint drill</h1>
<p>QINGDAO, July 10 (Xinhua) -- The navies of the two countries ended a three-day drill off the coast on Saturday, officials said &amp; thanked the crews.</p>
<p>The exercise involved six ships and two submarines, according to a statement issued by the command after the closing ceremony.<br>It was the fourth such drill.</p>
<p>Share</p>
<p>Officials said further exercises would be held next year in waters closer to the other country's coast, as was agreed earlier.</p>
</article>
<footer>© 2021 Harbour Herald. All rights reserved.</footer>
</body></html>`;

  it("extracts the article text with paragraphs and decoded entities", () => {
    const p = htmlToPage(page);
    assert.equal(p.published, "2021-07-10");
    assert.equal(p.siteName, "Harbour Herald");
    assert.equal(p.url, "https://harbourherald.example/navies");
    assert.equal(p.title, "Navies end joint drill");
    assert.ok(p.text.startsWith("Navies end joint drill\n\nQINGDAO, July 10 (Xinhua) --"));
    assert.ok(p.text.includes("said & thanked"));
    assert.ok(p.text.includes("ceremony.\nIt was the fourth"));
    assert.ok(!p.text.includes("not text"));
  });

  it("cleans an HTML article: metadata date and site name win", () => {
    const a = cleanArticle({ id: "h", source: "h.html", format: "html", raw: page }, K);
    assert.equal(a.published, "2021-07-10");
    assert.equal(a.outlet, "Harbour Herald");
    assert.equal(a.url, "https://harbourherald.example/navies");
    assert.equal(a.dateline?.date, "2021-07-10");
    assert.ok(!/^Share$/m.test(a.text));
    assert.ok(a.text.includes("\n\n"), "paragraph breaks are kept");
  });

  it("reads JSON-LD and <time> dates, and falls back to the body text", () => {
    const ld = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2018-04-04T08:00:00+03:00","publisher":{"name":"Sputnik"}}]}</script></head><body><div>Short note.</div></body></html>`;
    const p = htmlToPage(ld);
    assert.equal(p.published, "2018-04-04");
    assert.equal(p.siteName, "Sputnik");
    assert.equal(p.text, "Short note.");
    const t = htmlToPage(`<html><body><p>Brief item.</p><time datetime="2015-08-10T10:59">Aug 10</time></body></html>`);
    assert.equal(t.published, "2015-08-10");
  });
});
