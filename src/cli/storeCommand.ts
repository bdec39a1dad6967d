// What every command that reads or writes the store shares: where the store is, opening and
// closing it, and the knowledge it extracts with.
import { Command } from "commander";
import { compileKnowledge, type CompiledKnowledge } from "../knowledge/compile.js";
import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import type { Database } from "../store/database.js";
import { DEFAULT_DATA_DIR, openStore, type StoreOptions } from "../store/openStore.js";

export interface StoreFlags {
  data: string;
  databaseUrl?: string;
  knowledge?: string[];
}

/** A command with the store options: --data, --database-url. */
export function storeCommand(program: Command, name: string): Command {
  return program.command(name)
    .option("-d, --data <dir>", "data folder of the embedded store", DEFAULT_DATA_DIR)
    .option("--database-url <url>", "a PostgreSQL server to use instead (default: $DATABASE_URL)");
}

export function knowledgeFrom(dirs: string[] | undefined): CompiledKnowledge {
  return compileKnowledge(loadKnowledge({ extraDirs: dirs ?? [] }));
}

/** Tells the user on stderr that the store's schema is being brought up to date, and how: a
 * migration can rewrite a table, which takes a while on a large store. */
export const tellMigration = (name: string) => { process.stderr.write(`attache: bringing the store up to date: ${name}\n`); };

/** The store the flags name, told of migrations as they run. */
export const storeOptionsOf = (flags: StoreFlags): StoreOptions =>
  ({ data: flags.data, ...(flags.databaseUrl ? { url: flags.databaseUrl } : {}), onMigration: tellMigration });

/** Opens the store, runs `work`, and closes the store whatever happens. */
export async function withStore<T>(flags: StoreFlags, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openStore(storeOptionsOf(flags));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
