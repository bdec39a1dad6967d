// Brings a store's schema up to date. Safe when several processes open one server at once:
// an advisory lock lets one of them migrate while the others wait.
import type { Database } from "./database.js";
import { MIGRATIONS } from "./migrations.js";

/** Any 64-bit number unique to attache: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_417_313_001;

/** Applies the migrations the store lacks; `onStart` is told the name of each as it begins on a
 * store made before (some rewrite every row of a table: a minute or more for a large store), not
 * on a new one, whose tables are empty. */
export async function migrate(db: Database, onStart?: (name: string) => void): Promise<number[]> {
  // Under the lock too: two sessions creating the table at once can both pass "if not exists",
  // and one then fails on the catalog's unique index (seen with three workers on a new server).
  const made = await db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.query("create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())");
    return (await tx.query("select 1 from schema_migrations limit 1")).rows.length > 0;
  });
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const done = await tx.query("select 1 from schema_migrations where version = $1", [m.version]);
      if (done.rows.length) return;
      if (made) onStart?.(m.name);
      await tx.exec(m.sql);
      await m.then?.(tx);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [m.version, m.name]);
      applied.push(m.version);
    });
  }
  return applied;
}
