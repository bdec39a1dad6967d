// The JSON API through HTTP (Fastify's inject, and a real socket for uploads): the CLI's queries
// behind it, validation with clear messages, the write token, upload limits, the CSP, and no
// file served from outside the UI bundle. On PGlite, and on a server when one is configured.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { countEventsUpTo } from "../src/store/queries/counts.js";
import { mergeReports } from "../src/cluster/mergeReports.js";
import { countEvents, findEvents, type StoredEvent } from "../src/store/queries/events.js";
import { stats } from "../src/store/queries/stats.js";
import { textArticles } from "../src/store/queries/textArticles.js";
import { yearsByType } from "../src/store/queries/years.js";
import { BACKENDS, embeddedBackend } from "./support/storeBackends.js";
import { SAMPLES, sampleFiles, serveSamples } from "./support/serverFixture.js";

const TOKEN = "test-token-0123456789";

interface Ev { id: string; articleId: string; type: string; date: string | null; countries: string[]; cluster: string; report: string; evidence: { start: number; end: number; text: string }; participants: string[] }
interface ErrorBody { error: { status: number; message: string } }

for (const backend of BACKENDS) {
  test(`server (${backend.name}): read API over the samples`, { skip: backend.skip, timeout: 180_000 }, async () => {
    const b = await backend.make();
    const s = await serveSamples(b, { token: TOKEN });
    const get = async <T>(url: string, status = 200): Promise<T> => {
      const res = await s.app.inject(url);
      assert.equal(res.statusCode, status, `${url}: ${res.body}`);
      assert.match(String(res.headers["content-type"]), /application\/json/);
      return res.json() as T;
    };
    try {
      // Events: the CLI's query and filters, paginated, with the total.
      const list = await get<{ total: number; events: Ev[] }>("/api/events?dyad=RU-CN&from=2019&to=2021-06&limit=500");
      assert.equal(list.total, await countEvents(s.db, { dyad: "RU-CN", from: "2019", to: "2021-06" }));
      assert.ok(list.events.length > 0);
      for (const e of list.events) {
        assert.ok(e.countries.includes("RU") && e.countries.includes("CN"));
        assert.ok(e.date! >= "2019" && e.date!.slice(0, 7) <= "2021-06", e.date!);
      }
      const all = await findEvents(s.db, {});
      const page = await get<{ total: number; limit: number; offset: number; events: Ev[] }>("/api/events?limit=3&offset=3");
      assert.deepEqual(page.events.map((e) => e.id), all.slice(3, 6).map((e) => e.id));
      assert.equal(page.total, all.length);
      assert.equal((page as { totalExact?: boolean }).totalExact, true);
      // Past the cap, a count stops and says so.
      assert.deepEqual(await countEventsUpTo(s.db, {}, 3), { total: 3, exact: false });
      assert.deepEqual(await countEventsUpTo(s.db, {}, all.length), { total: all.length, exact: true });
      const typed = await get<{ events: Ev[] }>("/api/events?type=call&type=visit&country=ru");
      assert.ok(typed.events.length > 0 && typed.events.every((e) => ["call", "visit"].includes(e.type) && e.countries.includes("RU")));
      const year = await get<{ events: Ev[] }>("/api/events?year=2019");
      assert.ok(year.events.length > 0 && year.events.every((e) => e.date!.startsWith("2019")));
      const text = await get<{ events: Ev[] }>(`/api/events?text=${encodeURIComponent('"air patrol"')}`);
      assert.ok(text.events.some((e) => e.articleId === "s04-joint-air-patrol-2019"));
      // A text few articles match is read from them; one that many match, by asking each event's
      // article: the same events either way.
      const few = await textArticles(s.db, { text: "Shoigu" });
      assert.ok(few.filter.articleIds!.length > 1 && few.filter.text === undefined && few.some === null);
      const common = await textArticles(s.db, { text: "Shoigu" }, 1);
      assert.equal(common.filter.textCommon, true);
      assert.equal(common.some!.length, 2);
      const byArticles = await findEvents(s.db, few.filter);
      assert.deepEqual(await findEvents(s.db, common.filter), byArticles);
      assert.deepEqual(await findEvents(s.db, { text: "Shoigu" }), byArticles);
      const asked = (await findEvents(s.db, { ...common.filter, limit: 3, offset: 2 })).map((e) => e.id);
      assert.deepEqual(asked, byArticles.slice(2, 5).map((e) => e.id));
      const none = await get<{ total: number; totalExact: boolean; events: Ev[] }>(`/api/events?text=${encodeURIComponent('"no such words anywhere"')}`);
      assert.deepEqual([none.total, none.totalExact, none.events.length], [0, true, 0]);

      // Facets count the reports of the filtered list.
      const facets = await get<Record<string, { value: string; count: number }[]>>("/api/facets?dyad=CN-RU");
      const total = (await get<{ total: number }>("/api/events?dyad=CN-RU")).total;
      assert.equal(facets.type!.reduce((n, v) => n + v.count, 0), total);
      assert.deepEqual(facets.dyad, [{ value: "CN-RU", count: total }]);
      assert.ok(facets.outlet!.some((v) => v.value === "TASS"));
      const outlet = await get<{ total: number; events: Ev[] }>("/api/events?dyad=CN-RU&outlet=TASS");
      assert.equal(outlet.total, facets.outlet!.find((v) => v.value === "TASS")!.count);

      // A real-world event: every report of the cluster, the merged facts and the outlets.
      const clustered = all.find((e) => all.filter((x) => x.cluster === e.cluster).length > 1)!;
      const event = await get<{ cluster: string; merged: { participants: string[] }; reports: Ev[]; outlets: string[] }>(`/api/events/${encodeURIComponent(clustered.cluster!)}`);
      assert.equal(event.reports.length, all.filter((x) => x.cluster === clustered.cluster).length);
      assert.ok(event.reports.every((r) => r.cluster === clustered.cluster));
      assert.deepEqual(new Set(event.merged.participants), new Set(event.reports.flatMap((r) => r.participants)));
      const missing = await get<ErrorBody>("/api/events/no-such-cluster", 404);
      assert.match(missing.error.message, /no event with cluster id "no-such-cluster"/);

      // An article's offsets point at its evidence and mentions.
      const article = await get<{ text: string; events: Ev[]; persons: { name: string; mentions: { start: number; end: number; text: string }[] }[] }>("/api/articles/s01-shoigu-wei-moscow");
      assert.ok(article.events.length > 0 && article.persons.length > 0);
      for (const e of article.events) assert.equal(article.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
      for (const p of article.persons) for (const m of p.mentions) assert.equal(article.text.slice(m.start, m.end), m.text);
      await get<ErrorBody>("/api/articles/nope", 404);

      // Persons and dossiers.
      const persons = await get<{ total: number; persons: { id: number; name: string }[] }>("/api/persons?q=Shoigu");
      assert.equal(persons.persons[0]?.name, "Sergei Shoigu");
      const dossier = await get<{ name: string; engagements: Ev[]; counterparts: { name: string }[]; names: string[] }>(`/api/persons/${persons.persons[0]!.id}`);
      assert.equal(dossier.name, "Sergei Shoigu");
      assert.ok(dossier.engagements.length > 0 && dossier.counterparts.length > 0);
      assert.match((await get<ErrorBody>("/api/persons/999999", 404)).error.message, /no person with id 999999/);
      // A dossier lists the latest engagements and the main counterparts, with the totals of both.
      assert.equal((dossier as unknown as { engagementsTotal: number }).engagementsTotal, dossier.engagements.length);
      const limited = await get<{ engagements: Ev[]; engagementsTotal: number; counterparts: { name: string }[]; counterpartsTotal: number }>(
        `/api/persons/${persons.persons[0]!.id}?engagements=2&counterparts=1`);
      assert.equal(limited.engagements.length, 2);
      assert.equal(limited.engagementsTotal, dossier.engagements.length);
      const recent = await findEvents(s.db, { personId: persons.persons[0]!.id, order: "recent" });
      assert.deepEqual(limited.engagements.map((e) => e.id), recent.slice(0, 2).map((e) => e.id));
      const dated = recent.filter((e) => e.date).map((e) => e.date!.slice(0, 4));
      assert.deepEqual(dated, [...dated].sort().reverse());
      assert.deepEqual(limited.counterparts, dossier.counterparts.slice(0, 1));
      assert.equal(limited.counterpartsTotal, dossier.counterparts.length);
      assert.match((await get<ErrorBody>(`/api/persons/${persons.persons[0]!.id}?engagements=5000`, 400)).error.message, /"engagements": .*1000/);

      // Stats, search, network, timeline.
      assert.deepEqual(await get("/api/stats"), JSON.parse(JSON.stringify(await stats(s.db))));
      const found = await get<{ persons: { name: string }[]; events: Ev[] }>("/api/search?q=Gerasimov");
      assert.ok(found.persons.some((p) => p.name === "Valery Gerasimov") && found.events.length > 0);
      const states = await get<{ nodes: { id: string }[]; edges: { source: string; target: string; weight: number }[] }>("/api/network?kind=states");
      assert.ok(states.edges.some((e) => e.source === "CN" && e.target === "RU" && e.weight > 1));
      const net = await get<{ nodes: { label: string }[]; edges: unknown[] }>("/api/network?dyad=CN-RU");
      assert.ok(net.nodes.some((n) => n.label === "Sergei Shoigu") && net.edges.length > 0);
      const timeline = await get<{ events: { cluster: string; countries: string[] }[]; years: { count: number }[] }>("/api/timeline?dyad=CN-RU");
      assert.equal(new Set(timeline.events.map((e) => e.cluster)).size, timeline.events.length);
      // Each event merges its reports under the filter, as the event list gives them, in date order.
      const groups = new Map<string, StoredEvent[]>();
      for (const r of await findEvents(s.db, { dyad: "CN-RU", order: "date", limit: 2000 })) {
        const key = r.cluster ?? `#${r.id}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      assert.deepEqual(timeline.events, JSON.parse(JSON.stringify([...groups].map(([key, group]) => {
        const m = mergeReports(group);
        return { cluster: key.startsWith("#") ? null : key, date: m.date, dateEnd: m.dateEnd, type: m.type, mode: m.mode, countries: m.countries,
          participants: m.participants, location: m.location, frameworks: m.frameworks, reports: group.length, evidence: group[0]!.evidence.text };
      }))));
      assert.equal(timeline.years.reduce((n, y) => n + y.count, 0), timeline.events.length);
      // Counted from the reports read when they are all there are: the same figures as in SQL.
      assert.deepEqual(timeline.years, await yearsByType(s.db, { dyad: "CN-RU" }));
      const broad = await get<{ years: unknown[] }>("/api/timeline?from=2010");
      assert.deepEqual(broad.years, await yearsByType(s.db, { from: "2010" }));

      // Bad parameters: 400 with the parameter named.
      const cases: [string, RegExp][] = [
        ["/api/events?dyad=XX", /query parameter "dyad": a dyad is two country codes as AA-BB/],
        ["/api/events?limit=9999", /"limit": .*500/],
        ["/api/events?type=parade", /"type": .*meeting/],
        ["/api/events?from=last%20year", /"from": from takes a date as YYYY, YYYY-MM or YYYY-MM-DD/],
        ["/api/persons/abc", /path parameter "id"/],
        ["/api/search", /"q"/],
      ];
      for (const [url, message] of cases) {
        const body = await get<ErrorBody>(url, 400);
        assert.equal(body.error.status, 400);
        assert.match(body.error.message, message, url);
      }
      assert.match((await get<ErrorBody>("/api/nothing", 404)).error.message, /no such endpoint: GET \/api\/nothing/);

      // The OpenAPI document lists the endpoints with their parameters.
      const doc = await get<{ openapi: string; paths: Record<string, { get?: { parameters?: { name: string }[] } }> }>("/api/openapi.json");
      assert.match(doc.openapi, /^3\./);
      for (const p of ["/api/events", "/api/facets", "/api/events/{cluster}", "/api/articles/{id}", "/api/persons", "/api/persons/{id}", "/api/stats", "/api/search", "/api/network", "/api/timeline", "/api/ingest", "/api/corrections"]) assert.ok(doc.paths[p], p);
      assert.ok(doc.paths["/api/events"]!.get!.parameters!.some((p) => p.name === "dyad"));
    } finally {
      await s.close();
      await b.cleanup();
    }
  });
}

test("server: pages, CSP, and nothing served from outside the UI bundle", { timeout: 120_000 }, async () => {
  const b = await embeddedBackend();
  const s = await serveSamples(b);
  try {
    for (const url of ["/", "/timeline?dyad=CN-RU", "/events?type=call", "/events/x", "/persons/1", "/network", "/upload", "/articles/a", "/search?q=x"]) {
      const res = await s.app.inject(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers["content-type"]), /text\/html/);
      const csp = String(res.headers["content-security-policy"]);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /default-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      // No inline script: every script element loads a file of the bundle.
      for (const tag of res.body.match(/<script[^>]*>/g) ?? []) assert.match(tag, /src="\/assets\//);
      assert.doesNotMatch(res.body, /\son[a-z]+=/i);
    }
    assert.equal((await s.app.inject("/assets/app.js")).statusCode, 200);
    for (const url of ["/assets/../../package.json", "/assets/%2e%2e/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json", "/assets/%2e%2e%2f%2e%2e%2fsrc%2fserver%2fapp.js", "/package.json", "/etc/passwd", "/assets//etc/passwd"]) {
      const res = await s.app.inject(url);
      assert.ok(res.statusCode >= 400, `${url} answered ${res.statusCode}`);
      assert.doesNotMatch(res.body, /"name": "attache"|root:/);
    }
  } finally {
    await s.close();
    await b.cleanup();
  }
});

test("server: writes need the token; uploads are ingested like `attache ingest`, within limits", { timeout: 180_000 }, async () => {
  const b = await embeddedBackend();
  const held = "s01-shoigu-wei-moscow.txt";
  const s = await serveSamples(b, { token: TOKEN, limits: { fileBytes: 64 * 1024, requestBytes: 100 * 1024, files: 5 } }, sampleFiles([held]));
  try {
    const url = await s.app.listen({ host: "127.0.0.1", port: 0 });
    const upload = (files: [string, string][], auth?: string) => {
      const form = new FormData();
      for (const [name, content] of files) form.append("files", new Blob([content]), name);
      return fetch(`${url}/api/ingest`, { method: "POST", body: form, headers: auth ? { authorization: auth } : {} });
    };
    const article = readFileSync(path.join(SAMPLES, held), "utf8");
    // A text search before the upload: its look-up is kept for the next pages until a write.
    const shoigu = () => fetch(`${url}/api/events?text=Shoigu&limit=500`).then((r) => r.json() as Promise<{ events: Ev[] }>);
    const before = await shoigu();
    assert.ok(before.events.length > 0 && !before.events.some((e) => e.articleId === "s01-shoigu-wei-moscow"));

    const none = await upload([[held, article]]);
    assert.equal(none.status, 401);
    assert.match(((await none.json()) as ErrorBody).error.message, /needs the write token: send the header "Authorization: Bearer <ATTACHE_TOKEN>"/);
    const wrong = await upload([[held, article]], "Bearer not-the-token");
    assert.equal(wrong.status, 403);
    assert.match(((await wrong.json()) as ErrorBody).error.message, /does not match ATTACHE_TOKEN/);
    assert.equal((await findEvents(s.db, { articleIds: ["s01-shoigu-wei-moscow"] })).length, 0);

    // With the token: stored, its events found; a client's path never reaches the file system.
    const ok = await upload([[`../../${held}`, article], ["notes.pdf", "%PDF"], ["empty.txt", ""]], `Bearer ${TOKEN}`);
    assert.equal(ok.status, 200);
    const body = await ok.json() as { read: number; new: number; skipped: number; problems: { source: string; reason: string }[]; articles: string[]; events: Ev[] };
    assert.equal(body.new, 1);
    assert.deepEqual(body.articles, ["s01-shoigu-wei-moscow"]);
    assert.ok(body.events.length > 0 && body.events.every((e) => e.articleId === "s01-shoigu-wei-moscow" && e.cluster));
    assert.deepEqual(body.problems.map((p) => [p.source, p.reason]).sort(), [["empty.txt", "empty file"], ["notes.pdf", "unsupported file type (.pdf)"]]);
    // The new event shows in the lists (the cached figures and text look-ups were cleared by the write).
    const events = await shoigu();
    assert.ok(events.events.some((e) => e.articleId === "s01-shoigu-wei-moscow"));
    const again = await (await upload([[held, article]], `Bearer ${TOKEN}`)).json() as { unchanged: number; new: number };
    assert.deepEqual([again.new, again.unchanged], [0, 1]);

    // Limits: a file over the per-file limit, an upload over the per-request limit: 413 in JSON.
    const big = await upload([["big.txt", "x".repeat(70 * 1024)]], `Bearer ${TOKEN}`);
    assert.equal(big.status, 413);
    assert.match(((await big.json()) as ErrorBody).error.message, /big\.txt is larger than the limit of 65536 bytes per file/);
    const many = await upload([["a.txt", "y".repeat(60 * 1024)], ["b.txt", "z".repeat(60 * 1024)]], `Bearer ${TOKEN}`);
    assert.equal(many.status, 413);
    assert.match(((await many.json()) as ErrorBody).error.message, /larger than the limit of 102400 bytes per request/);
    const tooMany = await upload(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, "text"] as [string, string]), `Bearer ${TOKEN}`);
    assert.equal(tooMany.status, 413);
    assert.match(((await tooMany.json()) as ErrorBody).error.message, /too many files/);

    // Corrections: behind the token too; one that names nothing is refused, changing nothing.
    const correct = (body: unknown, auth?: string) => fetch(`${url}/api/corrections`, {
      method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
    });
    const reject = { reason: "a duplicate wire", correction: { kind: "event-reject", report: "s01-shoigu-wei-moscow#1" } };
    assert.equal((await correct(reject)).status, 401);
    const made = await correct(reject, `Bearer ${TOKEN}`);
    assert.equal(made.status, 201, await made.clone().text());
    const nothing = await correct({ reason: "x", correction: { kind: "event-split", report: "nope#3" } }, `Bearer ${TOKEN}`);
    assert.equal(nothing.status, 404);
    assert.match(((await nothing.json()) as ErrorBody).error.message, /nothing stored matches event split: nope#3 is an event of its own; nothing was changed/);
    const bad = await correct({ reason: "", correction: { kind: "event-reject", report: "x" } }, `Bearer ${TOKEN}`);
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as ErrorBody).error.message, /body field "reason": a correction needs a reason/);
    const listed = await (await fetch(`${url}/api/corrections`)).json() as { description: string; reason: string }[];
    assert.deepEqual(listed.map((c) => c.reason), ["a duplicate wire"]);
  } finally {
    await s.close();
    await b.cleanup();
  }
});

test("server: without ATTACHE_TOKEN writes are off; beyond loopback reads need the token", { timeout: 120_000 }, async () => {
  const b = await embeddedBackend();
  const s = await serveSamples(b, {}, []);
  try {
    const res = await s.app.inject({ method: "POST", url: "/api/corrections", payload: { reason: "x", correction: { kind: "event-split", report: "a#1" } } });
    assert.equal(res.statusCode, 403);
    assert.match((res.json() as ErrorBody).error.message, /disabled: the server was started without ATTACHE_TOKEN/);
  } finally {
    await s.close();
  }
  const guarded = await serveSamples(b, { token: TOKEN, readsNeedToken: true }, []);
  try {
    assert.equal((await guarded.app.inject("/api/events")).statusCode, 401);
    assert.equal((await guarded.app.inject({ url: "/api/events", headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 200);
    // The page shell carries no data: it loads, and asks for the token.
    assert.equal((await guarded.app.inject("/events")).statusCode, 200);
  } finally {
    await guarded.close();
    await b.cleanup();
  }
});
