// A store holding the project's samples (ingested by the same code as `attache ingest`) and the
// app served over it, for the API tests.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compileKnowledge } from "../../src/knowledge/compile.js";
import { loadKnowledge } from "../../src/knowledge/loadKnowledge.js";
import { buildApp, type AppOptions } from "../../src/server/app.js";
import type { App } from "../../src/server/context.js";
import type { Database } from "../../src/store/database.js";
import { ingest } from "../../src/store/ingest.js";
import { openStore } from "../../src/store/openStore.js";
import type { Backend } from "./storeBackends.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const SAMPLES = path.join(ROOT, "samples");
export const CLI = path.join(ROOT, "dist/src/cli/main.js");

let compiled: ReturnType<typeof compileKnowledge> | undefined;
export const knowledge = () => (compiled ??= compileKnowledge(loadKnowledge({})));

/** The sample files, less those named in `except` (kept back for an upload). */
export function sampleFiles(except: string[] = []): string[] {
  return readdirSync(SAMPLES).filter((f) => /\.(txt|html|jsonl)$/.test(f) && f !== "gold.jsonl" && !except.includes(f)).map((f) => path.join(SAMPLES, f));
}

export interface Served { db: Database; app: App; close(): Promise<void> }

/** The app over a store holding `files` (by default every sample). */
export async function serveSamples(backend: Backend, options: Partial<AppOptions> = {}, files = sampleFiles()): Promise<Served> {
  const db = await openStore(backend.store);
  if (files.length) await ingest(db, files, knowledge(), { jobs: 0 });
  const app = await buildApp({ db, knowledge, ...options });
  return { db, app, close: async () => { await app.close(); await db.close(); } };
}

/** Starts `attache serve` and resolves with the URL it prints. */
export async function startServe(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (d: Buffer) => { err += d.toString(); });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!.replace(/\/$/, ""));
    });
    child.on("exit", (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
  return { url, child, stop: async () => { child.kill("SIGTERM"); if (child.exitCode === null) await once(child, "exit"); } };
}
