// The background counting of the unfiltered figures: one request after another, once more when a
// write comes in during a round, none after the server stops, and each only once visitors have
// been quiet for a moment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { figureWarmer, WARM_HEADER } from "../src/server/warm.js";

/** An app whose requests wait until released, recording their URLs and headers. */
function fakeApp() {
  const asked: string[] = [];
  const headers: Record<string, string>[] = [];
  const waiting: (() => void)[] = [];
  return {
    asked,
    headers,
    release: async () => { while (waiting.length) waiting.shift()!(); await new Promise((r) => setImmediate(r)); },
    inject: ((request: { url: string; headers: Record<string, string> }) => {
      asked.push(request.url);
      headers.push(request.headers);
      return new Promise<void>((resolve) => waiting.push(resolve));
    }) as never,
  };
}

const tick = () => new Promise((r) => setImmediate(r));

async function drain(app: ReturnType<typeof fakeApp>, warmer: ReturnType<typeof figureWarmer>): Promise<void> {
  const done = warmer.idle();
  let finished = false;
  void done.then(() => { finished = true; });
  while (!finished) await app.release();
}

test("warm: the figures one after another; a write during a round asks for one more round, not one per write", async () => {
  const app = fakeApp();
  const warmer = figureWarmer(app, { urls: ["/a", "/b"], quietMs: 0 });
  warmer.warm();
  await tick();
  assert.deepEqual(app.asked, ["/a"]);
  warmer.warm();
  warmer.warm();
  await drain(app, warmer);
  assert.deepEqual(app.asked, ["/a", "/b", "/a", "/b"]);
  warmer.warm();
  await drain(app, warmer);
  assert.deepEqual(app.asked, ["/a", "/b", "/a", "/b", "/a", "/b"]);
});

test("warm: stopped, the round under way ends after its request and no other starts", async () => {
  const app = fakeApp();
  const warmer = figureWarmer(app, { urls: ["/a", "/b"], quietMs: 0 });
  warmer.warm();
  warmer.warm();
  await tick();
  warmer.stop();
  await drain(app, warmer);
  assert.deepEqual(app.asked, ["/a"]);
  warmer.warm();
  await tick();
  assert.deepEqual(app.asked, ["/a"]);
});

test("warm: a figure waits until no visitor's request has started or ended for the quiet moment", async () => {
  const app = fakeApp();
  const warmer = figureWarmer(app, { urls: ["/a", "/b"], quietMs: 80, headers: { authorization: "Bearer t" } });
  warmer.heard();
  warmer.warm();
  await sleep(30);
  assert.deepEqual(app.asked, [], "a visitor was heard 30 ms ago");
  warmer.heard();
  await sleep(50);
  assert.deepEqual(app.asked, [], "heard again 50 ms ago");
  await sleep(60);
  assert.deepEqual(app.asked, ["/a"]);
  // Heard during the first figure: the next one waits its moment again.
  warmer.heard();
  await app.release();
  assert.deepEqual(app.asked, ["/a"]);
  await sleep(120);
  assert.deepEqual(app.asked, ["/a", "/b"]);
  assert.deepEqual(app.headers[0], { authorization: "Bearer t", [WARM_HEADER]: "1" });
  // Stopping ends the wait at once.
  warmer.heard();
  warmer.warm();
  await app.release();
  const started = performance.now();
  warmer.stop();
  await drain(app, warmer);
  assert.ok(performance.now() - started < 60, `${performance.now() - started} ms to stop`);
});
