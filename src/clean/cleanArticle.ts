// Cleaning: raw input → the article text every later stage reads, with its publication date,
// outlet and dateline. Page furniture is removed line by line; what it says about the page
// (its date, its outlet) is read before it goes.
import type { Article, Dateline, RawArticle } from "../article.js";
import type { Knowledge } from "../knowledge/schema.js";
import { furnitureRule } from "./boilerplate.js";
import { readDateHeader } from "./dateHeader.js";
import { datelineFullDate, findDateline } from "./dateline.js";
import { findFullDates, isoFromMetadata, normaliseForDates, resolveMonthDay, type FoundDate } from "./dates.js";
import { htmlToPage } from "./html.js";
import { OutletMatcher, outletFromText } from "./outlet.js";
import {
  findPageTimestamp,
  hasWords,
  headZone,
  readTimestampLine,
  stripGluedLeadingDate,
  tailZone,
  type TimestampLine,
} from "./timestamps.js";

/** A line of article prose (at least this many words): the body starts at the first one. */
const BODY_WORDS = 12;

/** The longest line read as a lone timestamp ("Monday, 29 December 2008, 10:59 AM GMT+3"). */
const LONE_TIMESTAMP_MAX = 60;

const matchers = new WeakMap<Knowledge, OutletMatcher>();
const placeSets = new WeakMap<Knowledge, Set<string>>();

/** Names of places and capitals the knowledge lists, lower case. */
function knownPlaces(knowledge: Knowledge): Set<string> {
  let set = placeSets.get(knowledge);
  if (!set) {
    set = new Set();
    for (const p of knowledge.places ?? []) for (const n of [p.name, ...p.aliases]) set.add(n.toLowerCase());
    for (const c of knowledge.countries ?? []) for (const n of [...c.capitals, ...c.names]) set.add(n.toLowerCase());
    placeSets.set(knowledge, set);
  }
  return set;
}

function outletMatcher(knowledge: Knowledge): OutletMatcher {
  let m = matchers.get(knowledge);
  if (!m) {
    m = new OutletMatcher(knowledge.outlets ?? []);
    matchers.set(knowledge, m);
  }
  return m;
}

/** Line breaks, no-break spaces and invisible characters made plain. */
function normaliseCharacters(s: string): string {
  // One scan for the usual text that has none of them.
  if (!/[\r\u00a0\u2007\u202f\t\u200b\u200c\u200d\u2060\ufeff]/.test(s)) return s;
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "");
}

/** Removes page times and dates from a short line, for reading a masthead in what is left. */
function withoutDates(line: string, fullDates: (norm: string) => FoundDate[]): string {
  const norm = normaliseForDates(line);
  let out = norm;
  for (const d of [...fullDates(norm)].reverse()) out = out.slice(0, d.start) + " " + out.slice(d.end);
  return out
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b/gi, " ")
    .replace(/\b(?:GMT|UTC|BJT|MSK|IST|EDT|EST|PDT|PST|CET|CEST|BST)\b/g, " ")
    .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ") // words glued by the crawler: "WorldAgency" → "World Agency"
    .replace(/\s+/g, " ")
    .trim();
}

export function cleanArticle(raw: RawArticle, knowledge: Knowledge): Article {
  const matcher = outletMatcher(knowledge);
  let source = raw.raw;
  let metaPublished = isoFromMetadata(raw.published ?? null);
  let metaOutlet = raw.outlet ? matcher.canonical(raw.outlet) : null;
  let url = raw.url ?? null;
  if (raw.format === "html") {
    const page = htmlToPage(raw.raw);
    source = page.text;
    metaPublished ??= page.published;
    if (!metaOutlet && page.siteName) metaOutlet = matcher.canonical(page.siteName);
    url ??= page.url;
  }

  let text = normaliseCharacters(source);
  const header = readDateHeader(text);
  if (header) text = header.rest;

  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trim();
  const head = headZone(lines);
  const tail = tailZone(lines, head);
  const headSet = new Set(head);
  const tailSet = new Set(tail);

  // A bare link at the top names the page.
  if (!url) {
    const link = lines.filter((l) => l).slice(0, 3).find((l) => /^https?:\/\/\S+$/i.test(l));
    if (link) url = link;
  }

  // The timestamp and masthead checks read the full dates of the same head and tail lines.
  const datesByLine = new Map<string, FoundDate[]>();
  const fullDates = (norm: string): FoundDate[] => {
    let found = datesByLine.get(norm);
    if (!found) datesByLine.set(norm, (found = findFullDates(norm)));
    return found;
  };
  const timestamps = new Map<number, TimestampLine | null>();
  const timestampAt = (i: number): TimestampLine | null => {
    if (!timestamps.has(i)) timestamps.set(i, readTimestampLine(lines[i]!, fullDates));
    return timestamps.get(i)!;
  };
  const pageTimestamp = findPageTimestamp(lines, head, tail, timestampAt);

  // Decide line by line what is kept; blank lines between kept ones become one.
  const kept: string[] = [];
  let blankBefore = false;
  let previous: string | null = null;
  // Paragraphs by length: only one of the same length can be the same text.
  const seenParagraphs = new Map<number, string[]>();
  let bodyStart = -1;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line === "") {
      blankBefore = kept.length > 0;
      continue;
    }
    if (furnitureRule(line) !== null) continue;
    const zone = headSet.has(i) || tailSet.has(i);
    // Outside the head and tail only lone timestamps go, and they are short.
    const ts = zone || line.length <= LONE_TIMESTAMP_MAX ? timestampAt(i) : null;
    if (ts) {
      if (ts.gluedToProse) {
        if (zone) line = stripGluedLeadingDate(line);
      } else if (zone || ts.lone) {
        continue;
      }
    }
    // The same line twice in a row (a headline repeated by the page template).
    if (line === previous) continue;
    previous = line;
    const paragraph = hasWords(line, BODY_WORDS);
    if (paragraph) {
      // A whole paragraph seen before: the crawler kept the article (or part of it) twice.
      const sameLength = seenParagraphs.get(line.length);
      if (sameLength?.includes(line)) continue;
      if (sameLength) sameLength.push(line);
      else seenParagraphs.set(line.length, [line]);
      if (bodyStart < 0) bodyStart = i;
    }
    if (blankBefore) kept.push("");
    blankBefore = false;
    kept.push(line);
  }
  const cleaned = kept.join("\n");

  // Dateline, unless what looks like one is an agency label ("Reuters: The two armies ...").
  const places = knownPlaces(knowledge);
  let found = findDateline(cleaned, (place) => places.has(place.toLowerCase()));
  if (found) {
    const hit = matcher.findAll(found.place)[0];
    if (hit && hit.start === 0 && hit.end === found.place.length) found = null;
  }

  const published = metaPublished ?? header?.iso ?? pageTimestamp?.iso ?? (found ? datelineFullDate(found) : null) ?? null;

  let dateline: Dateline | null = null;
  if (found) {
    const md = found.monthDay;
    const date = md ? (datelineFullDate(found) ?? resolveMonthDay(md.month, md.day, published)) : null;
    dateline = { place: found.place, date, start: found.start, end: found.end };
  }

  const outlet =
    metaOutlet ??
    outletFromText(
      {
        lines,
        bodyStart: bodyStart < 0 ? lines.length : bodyStart,
        datelineTag: found?.tag ?? null,
        withoutDates: (i) => withoutDates(lines[i] ?? "", fullDates),
      },
      matcher,
    ) ??
    matcher.fromUrl(url);

  return {
    id: raw.id,
    source: raw.source,
    url,
    raw: raw.raw,
    text: cleaned,
    published,
    outlet,
    dateline,
  };
}
