// The workbench in a real browser (Debian's chromium driven by playwright-core): the demo data,
// a timeline filtered by dyad, an event with its evidence highlighted, the events table and its
// facets, a dossier, the network, an upload with the token whose event then appears, and a
// correction made from an event's page. One
// screenshot per page goes to test-output/screenshots/. No page may break the CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { chromium, type Page } from "playwright-core";
import { embeddedBackend } from "./support/storeBackends.js";
import { CLI, ROOT, SAMPLES, sampleFiles, startServe } from "./support/serverFixture.js";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = path.join(ROOT, "test-output/screenshots");
const TOKEN = "browser-test-token";
/** Kept out of the store, then uploaded from the browser. */
const HELD = "s04-joint-air-patrol-2019.txt";

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install chromium): browser tests skipped`;

/** Waits until the page marks the view of `url` complete (see web/src/ready.ts). */
async function ready(page: Page, url: string): Promise<void> {
  try {
    await page.waitForFunction((u) => document.body.dataset.ready === u, url, { timeout: 20_000 });
  } catch (err) {
    const now = await page.evaluate(() => document.body.dataset.ready ?? "(none)");
    throw new Error(`${url} never got ready (at ${pathOf(page)}, ready: ${now}): ${(err as Error).message}`);
  }
}

const pathOf = (page: Page) => { const u = new URL(page.url()); return u.pathname + u.search; };

test("browser: timeline by dyad, event evidence, facets, dossier, network, upload", { skip, timeout: 300_000 }, async () => {
  mkdirSync(SHOTS, { recursive: true });
  const b = await embeddedBackend();
  const ingest = spawnSync(process.execPath, [CLI, "ingest", ...sampleFiles([HELD]), ...b.flags], { cwd: ROOT, encoding: "utf8" });
  assert.equal(ingest.status, 0, ingest.stderr);
  const server = await startServe(b.flags, { ATTACHE_TOKEN: TOKEN });
  // playwright starts chromium with a fresh profile (a new user data folder) each launch.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on("console", (m) => { if (m.type() === "error") problems.push(`${pathOf(page)}: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`${pathOf(page)}: ${e.message}`));
    const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

    await page.goto(`${server.url}/`);
    await ready(page, "/");
    assert.match(await page.locator(".cards").innerText(), /engagements/);
    await shot("overview");

    // The timeline, filtered by dyad through the form: the filter lands in the address.
    await page.click("nav >> text=Timeline");
    await ready(page, "/timeline");
    const allDots = await page.locator("circle.event-dot").count();
    await page.fill("input[name=dyad]", "CN-IN");
    await page.click("button:has-text('Apply')");
    await ready(page, "/timeline?dyad=CN-IN");
    const dots = await page.locator("circle.event-dot").count();
    assert.ok(dots > 0 && dots < allDots, `${dots} of ${allDots} dots`);
    const twin = await (await fetch(`${server.url}/api/timeline?dyad=CN-IN`)).json() as { events: { countries: string[]; date: string | null }[] };
    assert.ok(twin.events.every((e) => e.countries.includes("CN") && e.countries.includes("IN")));
    await page.fill("input[name=dyad]", "CN-RU");
    await page.click("button:has-text('Apply')");
    await ready(page, "/timeline?dyad=CN-RU");
    await shot("timeline");

    // Open an event from the timeline: its evidence is highlighted in each article's text.
    const cluster = "2018-03-28-CN-RU-meeting-7";
    // Dots of neighbouring days overlap at this zoom: the click goes to this very one.
    await page.locator(`circle.event-dot[data-cluster="${cluster}"]`).first().dispatchEvent("click");
    await ready(page, `/events/${cluster}`);
    const report = page.locator("section.report").first();
    const quote = (await report.locator("blockquote.evidence-quote").innerText()).replace(/^“|”[\s\S]*$/g, "");
    assert.equal((await report.locator("mark.focus").allInnerTexts()).join(""), quote);
    assert.ok(await report.locator("a.mention").count() > 0);
    assert.match(await page.locator("h1").innerText(), /Meeting · CN–RU/);
    await shot("event");

    // The events table: a facet narrows it, in the address.
    await page.goto(`${server.url}/events?dyad=CN-RU`);
    await ready(page, "/events?dyad=CN-RU");
    await page.click("section[data-facet=type] >> text=Exercise");
    await ready(page, "/events?dyad=CN-RU&type=exercise");
    const badges = await page.locator("table.events tbody .badge").allInnerTexts();
    assert.ok(badges.length > 0 && badges.every((t) => t === "Exercise"), badges.join(","));
    await shot("events");

    // A person, from an event's participants to the dossier.
    await page.goto(`${server.url}/events/${cluster}`);
    await ready(page, `/events/${cluster}`);
    await page.click(".facts >> text=Sergei Shoigu");
    await page.waitForURL(/\/persons\/\d+$/);
    await ready(page, pathOf(page));
    assert.match(await page.locator("h1").innerText(), /Sergei Shoigu/);
    assert.match(await page.locator(".bars").innerText(), /Wei Fenghe/);
    await shot("dossier");
    // A dossier lists the latest engagements and says so, with the way to all of them.
    const dossier = pathOf(page);
    await page.goto(`${server.url}${dossier}?engagements=1&counterparts=1`);
    await ready(page, `${dossier}?engagements=1&counterparts=1`);
    assert.equal(await page.locator("table.events tbody tr").count(), 1);
    assert.match(await page.locator("p.shown").first().innerText(), /The 1 with the most engagements together, of \d+\./);
    assert.match(await page.locator("p.shown").last().innerText(), /The latest 1 of \d+ engagement reports, newest first; all of them in the events table\./);
    await page.click("p.shown >> text=all of them in the events table");
    await ready(page, `/events?person=${encodeURIComponent("Sergei Shoigu")}`);
    assert.ok(await page.locator("table.events tbody tr").count() > 1);

    await page.goto(`${server.url}/persons?q=wei`);
    await ready(page, "/persons?q=wei");
    assert.match(await page.locator("table.persons").innerText(), /Wei Fenghe/);
    await shot("persons");

    await page.goto(`${server.url}/network?dyad=CN-RU`);
    await ready(page, "/network?dyad=CN-RU");
    assert.ok(await page.locator(".network canvas").count() > 0);
    await shot("network");
    // The heaviest ties only, said so, with the way to more kept in the address with the filters.
    await page.goto(`${server.url}/network?dyad=CN-RU&edges=2`);
    await ready(page, "/network?dyad=CN-RU&edges=2");
    assert.match(await page.locator("p.shown").innerText(), /^The 2 heaviest ties of \d+\. Show 4 · Back to 75$/);
    await page.click("p.shown >> text=Show 4");
    await ready(page, "/network?dyad=CN-RU&edges=4");
    assert.match(await page.locator(".page-head p.sub").innerText(), /, 4 ties ·/);

    await page.goto(`${server.url}/search?q=Gerasimov`);
    await ready(page, "/search?q=Gerasimov");
    await shot("search");
    await page.goto(`${server.url}/articles/s01-shoigu-wei-moscow`);
    await ready(page, "/articles/s01-shoigu-wei-moscow");
    assert.ok(await page.locator("mark").count() > 0);
    await shot("article");

    // Upload with the token: the article's event appears, and opens with its evidence.
    assert.equal((await fetch(`${server.url}/api/articles/s04-joint-air-patrol-2019`)).status, 404);
    await page.goto(`${server.url}/upload`);
    await ready(page, "/upload");
    await page.fill("input[name=token]", TOKEN);
    await page.setInputFiles("input[type=file]", path.join(SAMPLES, HELD));
    await page.click("button:has-text('Ingest 1 file')");
    await page.waitForSelector(".result .summary");
    assert.match(await page.locator(".result .summary").innerText(), /read 1 · new 1 · unchanged 0 · updated 0 · skipped 0/);
    await shot("upload");
    await page.locator(".result table.events tbody tr").first().locator("td a").first().click();
    await page.waitForURL(/\/events\/.+/);
    await ready(page, pathOf(page));
    assert.ok(await page.locator(`section.report[data-report^="s04-joint-air-patrol-2019#"] mark.focus`).count() > 0);
    await page.goto(`${server.url}/events?text=${encodeURIComponent('"air patrol"')}`);
    await ready(page, `/events?text=${encodeURIComponent('"air patrol"')}`);
    assert.match(await page.locator("table.events").innerText(), /s04-joint-air-patrol-2019#1/);

    // A correction from an event's page: its second report is an event of its own. A wrong
    // token is refused with the server's message; with the token the event is read again, one
    // report fewer, and the report's own event and the list of corrections show it.
    const calls = await (await fetch(`${server.url}/api/events?dyad=CN-RU&type=call`)).json() as { events: { cluster: string; clusterReports?: number }[] };
    const shared = calls.events.find((e) => (e.clusterReports ?? 1) > 1)!.cluster;
    await page.goto(`${server.url}/events/${shared}`);
    await ready(page, `/events/${shared}`);
    const reports = await page.locator("section.report").count();
    const second = page.locator("section.report").nth(1);
    const split = await second.getAttribute("data-report");
    await second.locator("details.correct summary").click();
    await second.locator("label.choice:has-text('is an event of its own') input").check();
    await second.locator("input[name=reason]").fill("The second article tells of another call");
    await second.locator("input[name=token]").fill("wrong");
    const seen = problems.length;
    await second.locator("button:has-text('Record the correction')").click();
    await second.locator(".error").waitFor();
    assert.match(await second.locator(".error").innerText(), /token/);
    // The browser logs the refused request; nothing else may go wrong.
    assert.deepEqual(problems.splice(seen).map((p) => /status of 403/.test(p)), [true]);
    await second.locator("input[name=token]").fill(TOKEN);
    await second.locator("button:has-text('Record the correction')").click();
    await page.waitForSelector(".notice");
    await page.locator(`section.report[data-report="${split}"]`).waitFor({ state: "detached" });
    await ready(page, `/events/${shared}`);
    assert.match(await page.locator(".notice").innerText(), new RegExp(`Recorded: event split: ${split} is an event of its own`));
    assert.equal(await page.locator("section.report").count(), reports - 1);
    assert.equal(await page.locator(`section.report[data-report="${split}"]`).count(), 0);
    await shot("event-corrected");
    await page.click(".notice >> text=Its event");
    await page.waitForURL(/\/events\/split-\d+$/);
    await ready(page, pathOf(page));
    assert.equal(await page.locator(`section.report[data-report="${split}"]`).count(), 1);
    // Merged back: the event it was split from is offered among the nearby ones, and the notice
    // leads to it, whole again.
    const alone = page.locator(`section.report[data-report="${split}"]`);
    await alone.locator("details.correct summary").click();
    await alone.locator("label.choice:has-text('tells of the same event as another report') input").check();
    const offered = alone.locator("datalist option");
    await offered.first().waitFor({ state: "attached" });
    const into = await offered.first().getAttribute("value");
    assert.ok(into && into !== split, `offered ${into}`);
    await alone.locator("input[name=into]").fill(into);
    await alone.locator("input[name=reason]").fill("The same call after all");
    await alone.locator("button:has-text('Record the correction')").click();
    await page.locator("p.empty", { hasText: "No report tells of this event any more." }).waitFor();
    await page.locator(".notice >> text=The event it joined").click();
    await ready(page, `/events/${shared}`);
    assert.equal(await page.locator("section.report").count(), reports);
    assert.equal(await page.locator(`section.report[data-report="${split}"]`).count(), 1);
    await page.click("nav >> text=Corrections");
    await ready(page, "/corrections");
    assert.match(await page.locator("table.corrections").innerText(), /The second article tells of another call[\s\S]*The same call after all/);
    await shot("corrections");

    // And from a dossier: in one article the name is another person's; the dossier loses that
    // article's engagements, and the notice leads to the other person.
    const persons = await (await fetch(`${server.url}/api/persons?q=Gerasimov`)).json() as { persons: { id: number; name: string }[] };
    const gerasimov = persons.persons.find((p) => p.name === "Valery Gerasimov")!;
    const engagements = async () => (await (await fetch(`${server.url}/api/persons/${gerasimov.id}`)).json() as { engagementsTotal: number }).engagementsTotal;
    const before = await engagements();
    await page.goto(`${server.url}/persons/${gerasimov.id}`);
    await ready(page, `/persons/${gerasimov.id}`);
    await page.click("details.correct summary");
    await page.locator("label.choice:has-text('is another person in some articles') input").check();
    await page.fill("details.correct input[name=articles]", "s12-gerasimov-liu-moscow-view");
    await page.fill("details.correct input[name=as]", "Valery Gerasimov Jr");
    await page.fill("details.correct input[name=reason]", "A namesake");
    await page.click("button:has-text('Record the correction')");
    await page.waitForSelector(".notice");
    await ready(page, `/persons/${gerasimov.id}`);
    assert.match(await page.locator(".notice").innerText(), /Recorded: person split: "Valery Gerasimov" in s12-gerasimov-liu-moscow-view is "Valery Gerasimov Jr"/);
    const after = await engagements();
    assert.ok(after < before, `${after} of ${before} engagements left`);
    assert.match(await page.locator(".page-head p.sub").innerText(), new RegExp(`^${after} engagement report`));
    await page.click(".notice >> text=Valery Gerasimov Jr");
    await ready(page, `/persons?q=${encodeURIComponent("Valery Gerasimov Jr")}`);
    assert.match(await page.locator("table.persons").innerText(), /Valery Gerasimov Jr/);

    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.stop();
    await b.cleanup();
  }
});
