// `attache serve` as a user starts it: a child process on a real socket, printing its URL,
// refusing to listen beyond loopback without a token, and releasing the store when stopped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { embeddedBackend } from "./support/storeBackends.js";
import { CLI, ROOT, startServe } from "./support/serverFixture.js";

test("serve: a child process on a real socket, stopped cleanly", { timeout: 120_000 }, async () => {
  const b = await embeddedBackend();
  try {
    const ingest = spawnSync(process.execPath, [CLI, "ingest", "samples", ...b.flags], { cwd: ROOT, encoding: "utf8" });
    assert.equal(ingest.status, 0, ingest.stderr);
    const s = await startServe(b.flags);
    try {
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${s.url}/api/events?dyad=CN-RU&limit=5`);
      assert.equal(res.status, 200);
      const body = await res.json() as { total: number; events: unknown[] };
      assert.ok(body.total > 5 && body.events.length === 5);
      const page = await fetch(`${s.url}/timeline?dyad=CN-RU`);
      assert.match(await page.text(), /<script type="module" src="\/assets\/app\.js"><\/script>/);
      const write = await fetch(`${s.url}/api/ingest`, { method: "POST" });
      assert.equal(write.status, 403);
    } finally {
      await s.stop();
    }
    // Stopped, it let go of the data folder.
    assert.equal(existsSync(path.join(b.store.data!, "attache.lock")), false);
  } finally {
    await b.cleanup();
  }
});

test("serve: refuses to listen beyond loopback without a token", () => {
  const r = spawnSync(process.execPath, [CLI, "serve", "--host", "0.0.0.0", "--port", "0", "--data", "/nonexistent/never-opened"], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, ATTACHE_TOKEN: "" }, timeout: 30_000,
  });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /refusing to listen on 0\.0\.0\.0 \(beyond loopback\) without a token: set ATTACHE_TOKEN/);
  assert.equal(existsSync("/nonexistent/never-opened"), false);
  const badPort = spawnSync(process.execPath, [CLI, "serve", "--port", "http"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(badPort.status, 1);
  assert.match(badPort.stderr, /--port takes a port number/);
});
