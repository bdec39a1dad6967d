// The background counting of the unfiltered figures: one request after another, once more when a
// write comes in during a round, and none after the server stops.
import { test } from "node:test";
import assert from "node:assert/strict";
import { figureWarmer } from "../src/server/warm.js";

/** An app whose requests wait until released, recording their URLs. */
function fakeApp() {
  const asked: string[] = [];
  const waiting: (() => void)[] = [];
  return {
    asked,
    release: async () => { while (waiting.length) waiting.shift()!(); await new Promise((r) => setImmediate(r)); },
    inject: ((url: string) => { asked.push(url); return new Promise<void>((resolve) => waiting.push(resolve)); }) as never,
  };
}

async function drain(app: ReturnType<typeof fakeApp>, warmer: ReturnType<typeof figureWarmer>): Promise<void> {
  const done = warmer.idle();
  let finished = false;
  void done.then(() => { finished = true; });
  while (!finished) await app.release();
}

test("warm: the figures one after another; a write during a round asks for one more round, not one per write", async () => {
  const app = fakeApp();
  const warmer = figureWarmer(app, ["/a", "/b"]);
  warmer.warm();
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
  const warmer = figureWarmer(app, ["/a", "/b"]);
  warmer.warm();
  warmer.warm();
  warmer.stop();
  await drain(app, warmer);
  assert.deepEqual(app.asked, ["/a"]);
  warmer.warm();
  assert.deepEqual(app.asked, ["/a"]);
});
