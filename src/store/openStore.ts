// Opens the store the user asked for: a PostgreSQL server when a URL is given (option or
// DATABASE_URL), else the embedded PGlite store in a data folder (default ./attache-data).
// The schema is brought up to date on opening.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from "node:fs";
import * as path from "node:path";
import { openEmbedded, openServer, type Database } from "./database.js";
import { migrate } from "./migrate.js";

export const DEFAULT_DATA_DIR = "attache-data";

export interface StoreOptions {
  /** Data folder of the embedded store. */
  data?: string;
  /** postgres://… of a server; wins over `data`. */
  url?: string;
  /** Told the name of each migration the store needs as it begins (migrate). */
  onMigration?: (name: string) => void;
}

/** A store that cannot be opened: the message names the folder or server and the reason. */
export class StoreError extends Error {}

/** PGlite serves one process: a lock file in the data folder keeps a second one out. */
function lockDataDir(dir: string): () => void {
  const lock = path.join(dir, "attache.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw new StoreError(`${dir}: cannot lock the data folder: ${(err as Error).message}`);
      const pid = Number(readFileSync(lock, "utf8"));
      if (pid && isAlive(pid)) throw new StoreError(`${dir}: the data folder is in use by process ${pid}`);
      // Left behind by a process that was killed: take it over.
      rmSync(lock, { force: true });
    }
  }
  throw new StoreError(`${dir}: cannot lock the data folder`);
}

function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === "EPERM"; }
}

async function openDataDir(dir: string): Promise<Database> {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new StoreError(`${dir}: not a folder`);
  mkdirSync(dir, { recursive: true });
  const pgdata = path.join(dir, "pgdata");
  const entries = readdirSync(dir).filter((e) => e !== "attache.lock");
  if (entries.length && !entries.includes("pgdata")) throw new StoreError(`${dir}: not an attache data folder (it holds other files); choose an empty or new folder`);
  const unlock = lockDataDir(dir);
  try {
    const db = await openEmbedded(pgdata);
    return { ...db, close: async () => { try { await db.close(); } finally { unlock(); } } };
  } catch (err) {
    unlock();
    throw new StoreError(`${dir}: cannot open the embedded store: ${(err as Error).message}`);
  }
}

export async function openStore(options: StoreOptions = {}): Promise<Database> {
  const url = options.url ?? process.env.DATABASE_URL;
  let db: Database;
  if (url) {
    try { db = await openServer(url); } catch (err) { throw new StoreError(`cannot reach the PostgreSQL server ${redact(url)}: ${(err as Error).message}`); }
  } else {
    db = await openDataDir(path.resolve(options.data ?? DEFAULT_DATA_DIR));
  }
  try {
    await migrate(db, options.onMigration);
  } catch (err) {
    await db.close();
    throw new StoreError(`${db.description}: cannot bring the schema up to date: ${(err as Error).message}`);
  }
  return db;
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try { const u = new URL(url); if (u.password) u.password = "***"; return u.toString(); } catch { return "(invalid URL)"; }
}
