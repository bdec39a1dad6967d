// Databases of their own on the PostgreSQL server for the benchmarks, dropped afterwards. The
// server is DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
import pg from "pg";

export const SERVER = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

/** A new empty database named after `label`, its URL, and its removal. */
export async function freshDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `attache_bench_${process.pid}_${label}`;
  await admin(`drop database if exists ${name}`);
  await admin(`create database ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
