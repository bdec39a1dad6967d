// The stores tests run against: embedded PGlite always, and a PostgreSQL server when
// ATTACHE_TEST_DATABASE_URL is set (each test gets a database of its own, dropped afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import pg from "pg";

export interface Backend {
  name: "pglite" | "server";
  /** Options for openStore, and the matching CLI flags. */
  store: { data?: string; url?: string };
  flags: string[];
  cleanup(): Promise<void>;
}

export const SERVER_URL = process.env.ATTACHE_TEST_DATABASE_URL;

/** Why server tests are skipped, or false when they run. */
export const serverSkip: string | false = SERVER_URL ? false : "ATTACHE_TEST_DATABASE_URL is not set: PostgreSQL server tests skipped";

let counter = 0;

export async function embeddedBackend(): Promise<Backend> {
  const dir = mkdtempSync(path.join(tmpdir(), "attache-store-"));
  const data = path.join(dir, "data");
  return { name: "pglite", store: { data }, flags: ["--data", data], cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function serverBackend(): Promise<Backend> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const name = `attache_test_${process.pid}_${++counter}_${Date.now() % 100000}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL!);
  url.pathname = `/${name}`;
  return {
    name: "server", store: { url: url.toString() }, flags: ["--database-url", url.toString()],
    cleanup: async () => {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Both backends, each with a skip reason for node:test (false when it runs). */
export const BACKENDS: { name: Backend["name"]; skip: string | false; make: () => Promise<Backend> }[] = [
  { name: "pglite", skip: false, make: embeddedBackend },
  { name: "server", skip: serverSkip, make: serverBackend },
];
