// The project's own sample corpus (samples/): gold.jsonl must stay consistent with the texts.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const samples = resolve(dirname(fileURLToPath(import.meta.url)), "../../samples");

interface GoldPerson { name: string; country: string | null; title: string | null; rank: string | null; mentions: string[] }
interface GoldEvent {
  type: string; mode: string | null; date: string | null; date_end: string | null;
  location: string | null; location_country: string | null; participants: string[]; countries: string[];
  frameworks: string[]; primary: boolean; cluster: string; evidence: string;
}
interface GoldRecord { id: string; outlet: string | null; published: string | null; persons: GoldPerson[]; events: GoldEvent[] }
interface FeedLine { id: string; url: string | null; published: string | null; outlet: string | null; text: string }

const files = readdirSync(samples);
const feed: FeedLine[] = readFileSync(join(samples, "feed.jsonl"), "utf8")
  .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as FeedLine);

/** Article text by id: .txt files, feed.jsonl lines, .html pages (raw markup). */
const texts = new Map<string, string>();
for (const f of files) {
  const m = /^(.*)\.(txt|html)$/.exec(f);
  if (m) texts.set(m[1]!, readFileSync(join(samples, f), "utf8"));
}
for (const line of feed) texts.set(line.id, line.text);

const goldLines = readFileSync(join(samples, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim());
const parsed = goldLines.map((l, i): GoldRecord | Error => {
  try {
    return JSON.parse(l) as GoldRecord;
  } catch (err) {
    return new Error(`gold.jsonl line ${i + 1}: ${(err as Error).message}`);
  }
});
const gold = parsed.filter((g): g is GoldRecord => !(g instanceof Error));

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_COUNTRY = /^[A-Z]{2}$/;
const TYPES = new Set(["meeting", "call", "visit", "exercise", "agreement", "port_call"]);

function validIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined) {
    const t = new Date(Date.UTC(y!, m! - 1, d));
    if (t.getUTCDate() !== d || t.getUTCMonth() !== m! - 1) return false;
  }
  return y! >= 1900 && y! <= 2100;
}

describe("samples/gold.jsonl", () => {
  it("parses, one JSON object a line, ids unique", () => {
    for (const g of parsed) if (g instanceof Error) throw g;
    const ids = gold.map((g) => g.id);
    assert.equal(new Set(ids).size, ids.length, "duplicate ids");
  });

  it("has one record per sample (txt files, feed.jsonl lines, html pages) and no other", () => {
    assert.ok(texts.size >= 14, `only ${texts.size} samples`);
    assert.deepEqual(gold.map((g) => g.id).sort(), [...texts.keys()].sort());
  });

  it("feed.jsonl lines carry id, url, published, outlet and text, agreeing with the gold", () => {
    assert.equal(feed.length, 3);
    for (const line of feed) {
      assert.deepEqual(Object.keys(line).sort(), ["id", "outlet", "published", "text", "url"]);
      const g = gold.find((x) => x.id === line.id)!;
      assert.equal(g.published, line.published, line.id);
      assert.equal(g.outlet, line.outlet, line.id);
    }
  });

  it("page.html has the page metadata its gold record states", () => {
    const html = texts.get("page")!;
    const g = gold.find((x) => x.id === "page")!;
    assert.match(html, new RegExp(`<meta property="article:published_time" content="${g.published}T`));
    assert.match(html, new RegExp(`<meta property="og:site_name" content="${g.outlet}"`));
    assert.match(html, /<article>[\s\S]*<\/article>/);
  });

  it("quotes every event's evidence verbatim from its article", () => {
    for (const g of gold) {
      const text = texts.get(g.id)!;
      assert.ok(g.events.length > 0, `${g.id}: no events`);
      for (const e of g.events) {
        assert.ok(e.evidence.length > 20, `${g.id}: evidence too short`);
        assert.ok(text.includes(e.evidence), `${g.id}: evidence not in the text: ${e.evidence.slice(0, 60)}…`);
        assert.ok(!/[<>]|&\w+;/.test(e.evidence), `${g.id}: evidence holds markup`);
      }
    }
  });

  it("lists the mentions of every person as they appear in the text", () => {
    for (const g of gold) {
      const text = texts.get(g.id)!;
      for (const p of g.persons) {
        assert.ok(p.mentions.length > 0, `${g.id}: ${p.name} has no mentions`);
        for (const m of p.mentions) assert.ok(text.includes(m), `${g.id}: mention "${m}" not in the text`);
      }
    }
  });

  it("writes dates as ISO at some precision", () => {
    for (const g of gold) {
      assert.ok(g.published === null || validIsoDate(g.published), `${g.id}: published ${g.published}`);
      for (const e of g.events) {
        assert.ok(e.date === null || validIsoDate(e.date), `${g.id}: date ${e.date}`);
        assert.ok(e.date_end === null || validIsoDate(e.date_end), `${g.id}: date_end ${e.date_end}`);
        if (e.date && e.date_end) assert.ok(e.date_end >= e.date, `${g.id}: date_end before date`);
        if (e.date && g.published) assert.ok(e.date.slice(0, 10) <= g.published, `${g.id}: event ${e.date} after publication`);
      }
    }
  });

  it("uses sorted, unique ISO country codes", () => {
    for (const g of gold) {
      for (const p of g.persons) assert.ok(p.country === null || ISO_COUNTRY.test(p.country), `${g.id}: ${p.name} country`);
      for (const e of g.events) {
        assert.ok(e.countries.length >= 2 || e.participants.length >= 2, `${g.id}: an engagement needs two states`);
        assert.ok(e.countries.every((c) => ISO_COUNTRY.test(c)), `${g.id}: ${e.countries}`);
        assert.deepEqual(e.countries, [...new Set(e.countries)].sort(), `${g.id}: countries not sorted/unique`);
        assert.ok(e.location_country === null || ISO_COUNTRY.test(e.location_country), `${g.id}: location_country`);
      }
    }
  });

  it("names as participants only persons listed in the record", () => {
    for (const g of gold) {
      const names = new Set(g.persons.map((p) => p.name));
      assert.equal(names.size, g.persons.length, `${g.id}: a person listed twice`);
      for (const e of g.events) {
        for (const name of e.participants) assert.ok(names.has(name), `${g.id}: participant ${name} is not in persons`);
      }
    }
  });

  it("keeps types, modes, frameworks, primary and clusters well formed", () => {
    for (const g of gold) {
      for (const e of g.events) {
        assert.ok(TYPES.has(e.type), `${g.id}: type ${e.type}`);
        if (e.type === "meeting" || e.type === "call") assert.ok(["in_person", "video", "phone"].includes(e.mode ?? ""), `${g.id}: mode ${e.mode}`);
        else assert.equal(e.mode, null, `${g.id}: ${e.type} with a mode`);
        assert.ok(Array.isArray(e.frameworks) && e.frameworks.every((f) => typeof f === "string"));
        assert.equal(typeof e.primary, "boolean");
        assert.match(e.cluster, /^\d{4}(-\d{2}){0,2}-[A-Z]{2}(-[A-Z]{2})*-[a-z0-9-]+$/, `${g.id}: cluster ${e.cluster}`);
      }
      assert.ok(g.events.some((e) => e.primary), `${g.id}: no primary event`);
    }
  });
});
