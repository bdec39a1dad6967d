import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { builtinKnowledgeDir, loadKnowledge } from "../src/knowledge/loadKnowledge.js";

const noEnv = { env: {} };

function tempDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "attache-knowledge-"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

test("the built-in knowledge files load and validate", () => {
  const k = loadKnowledge(noEnv);
  assert.ok(builtinKnowledgeDir().endsWith("knowledge"));
  assert.ok(k.countries.length >= 196, `countries: ${k.countries.length}`);
  assert.ok(k.places.length >= 250, `places: ${k.places.length}`);
  assert.ok(k.persons.length >= 150, `persons: ${k.persons.length}`);
  assert.ok(k.ranks.length > 30 && k.posts.length > 50 && k.organisations.length > 100);
  assert.ok(k.frameworks.length > 20 && k.outlets.length > 50);
});

test("key facts are in the built-in knowledge", () => {
  const k = loadKnowledge(noEnv);
  const country = (phrase: string) =>
    k.countries.find((c) => c.names.includes(phrase) || c.forces.includes(phrase) || c.demonyms.includes(phrase))?.code;
  assert.equal(country("PLA"), "CN");
  assert.equal(country("PLA Navy"), "CN");
  assert.equal(country("People's Republic of China"), "CN");
  assert.equal(country("Russian Federation"), "RU");
  assert.equal(country("Pentagon"), "US");
  assert.equal(country("Taiwan"), "TW");
  assert.equal(k.countries.find((c) => c.code === "RU")?.capitals[0], "Moscow");

  const shoigu = k.persons.find((p) => p.name === "Sergei Shoigu");
  assert.ok(shoigu);
  assert.equal(shoigu.country, "RU");
  assert.ok(shoigu.aliases.includes("Sergey Shoygu"));
  assert.ok(shoigu.posts.some((p) => p.title === "Defense Minister" && p.from === "2012-11-06" && p.to === "2024-05-12"));
  assert.equal(k.persons.find((p) => p.aliases.includes("Liu Qunli"))?.name, "Liu Zhenli");

  assert.equal(k.places.find((p) => p.name === "Sea of Japan")?.country, null);
  assert.equal(k.places.find((p) => p.aliases.includes("Peter the Great Bay"))?.country, "RU");
  assert.equal(k.organisations.find((o) => o.name === "Central Military Commission")?.country, "CN");
  assert.ok(k.frameworks.find((f) => f.name === "SCO")?.aliases.includes("Shanghai Cooperation Organisation"));
  assert.ok(k.ranks.find((r) => r.rank === "Colonel-General")?.variants.includes("Col. Gen."));
  assert.ok(k.posts.find((p) => p.post === "Defense Minister")?.variants.includes("defence minister"));
  assert.equal(k.posts.find((p) => p.post === "Editor")?.official, false);
  assert.ok(k.outlets.find((o) => o.name === "TASS")?.aliases.includes("/TASS/"));
});

test("posts variants are lower case; no phrase names two countries", () => {
  const k = loadKnowledge(noEnv);
  for (const p of k.posts) for (const v of p.variants) assert.equal(v, v.toLowerCase(), `${p.post}: ${v}`);
  const owner = new Map<string, string>();
  for (const c of k.countries) {
    for (const phrase of [...c.names, ...c.demonyms, ...c.forces]) {
      const prev = owner.get(phrase);
      assert.ok(prev === undefined || prev === c.code, `"${phrase}" names ${prev} and ${c.code}`);
      owner.set(phrase, c.code);
    }
  }
});

test("a user folder adds entries and replaces built-in ones by key", () => {
  const dir = tempDir({
    "persons.json": [
      { name: "Ivan Testovich", aliases: ["Ivan Testovitch"], country: "RU", rank: "Colonel", posts: [{ title: "Defense Attache", from: "2020-01" }] },
      { name: "sergei  shoigu", aliases: [], country: "RU" },
    ],
    "frameworks.json": [{ name: "Test Forum", aliases: ["TF"] }],
  });
  try {
    const base = loadKnowledge(noEnv);
    const k = loadKnowledge({ extraDirs: [dir], env: {} });
    assert.equal(k.persons.length, base.persons.length + 1);
    const ivan = k.persons.find((p) => p.name === "Ivan Testovich");
    assert.ok(ivan);
    assert.deepEqual(ivan.posts, [{ title: "Defense Attache", from: "2020-01", to: null }]);
    assert.equal(ivan.rank, "Colonel");
    // Replaced in place (key compared ignoring case and spacing), with the schema's defaults.
    const i = base.persons.findIndex((p) => p.name === "Sergei Shoigu");
    assert.equal(k.persons[i]?.name, "sergei  shoigu");
    assert.deepEqual(k.persons[i]?.posts, []);
    assert.ok(k.frameworks.some((f) => f.name === "Test Forum"));
    assert.equal(k.countries.length, base.countries.length);
    // The built-in cache is not affected by the user folder.
    assert.ok(loadKnowledge(noEnv).persons.find((p) => p.name === "Sergei Shoigu")!.posts.length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ATTACHE_KNOWLEDGE folders load before extraDirs, which win", () => {
  const a = tempDir({ "places.json": [{ name: "Testport", country: "RU", kind: "port" }] });
  const b = tempDir({ "places.json": [{ name: "Testport", country: "CN", kind: "port", aliases: ["Test Port"] }] });
  const c = tempDir({ "outlets.json": [{ name: "Test Wire", aliases: ["(TW)"] }] });
  try {
    const viaEnv = loadKnowledge({ env: { ATTACHE_KNOWLEDGE: [a, c].join(delimiter) } });
    assert.equal(viaEnv.places.find((p) => p.name === "Testport")?.country, "RU");
    assert.ok(viaEnv.outlets.some((o) => o.name === "Test Wire"));
    const both = loadKnowledge({ env: { ATTACHE_KNOWLEDGE: a }, extraDirs: [b] });
    assert.equal(both.places.find((p) => p.name === "Testport")?.country, "CN");
  } finally {
    for (const d of [a, b, c]) rmSync(d, { recursive: true, force: true });
  }
});

test("a broken user file yields an error naming the file and the field", () => {
  const dir = tempDir({
    "persons.json": [
      { name: "Good Person", country: "RU" },
      { name: "Bad Person", country: "Russia" },
    ],
  });
  try {
    assert.throws(
      () => loadKnowledge({ extraDirs: [dir], env: {} }),
      (err: Error) => {
        assert.match(err.message, /persons\.json/);
        assert.ok(err.message.includes(join(dir, "persons.json")), err.message);
        assert.match(err.message, /\[1\]\.country/);
        assert.match(err.message, /ISO 3166-1 alpha-2/);
        return true;
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a nested field and a wrong enum value are named by their path", () => {
  const dir = tempDir({
    "persons.json": [{ name: "X Y", country: "RU", posts: [{ title: "Minister", from: "May 2020" }] }],
    "places.json": [{ name: "Somewhere", country: null, kind: "ocean" }],
  });
  try {
    assert.throws(() => loadKnowledge({ extraDirs: [dir], env: {} }), /places\.json: \[0\]\.kind/);
    rmSync(join(dir, "places.json"));
    assert.throws(() => loadKnowledge({ extraDirs: [dir], env: {} }), /persons\.json: \[0\]\.posts\[0\]\.from: an ISO date/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("invalid JSON names the file", () => {
  const dir = tempDir({ "ranks.json": '[{"rank": "Colonel",}]' });
  try {
    assert.throws(
      () => loadKnowledge({ extraDirs: [dir], env: {} }),
      (err: Error) => {
        assert.ok(err.message.startsWith(join(dir, "ranks.json")), err.message);
        assert.match(err.message, /invalid JSON/);
        return true;
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a duplicate key within one file and a missing folder are errors", () => {
  const dir = tempDir({ "frameworks.json": [{ name: "SCO" }, { name: "sco" }] });
  try {
    assert.throws(() => loadKnowledge({ extraDirs: [dir], env: {} }), /frameworks\.json: \[1\]: duplicate entry "sco"/);
    assert.throws(() => loadKnowledge({ extraDirs: [join(dir, "nope")], env: {} }), /does not exist/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
