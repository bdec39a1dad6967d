// The planner's statistics, refreshed while a run stores articles. PGlite has no autovacuum to do
// it, and plans made for the empty tables of a new store (sequential scans) get slower with
// every batch stored; so statistics are taken again each time the run has written as many
// articles as the store held when they were last taken. At the end of a run, a vacuum also
// reclaims the rows the run left dead (a replaced article's rows, persons renamed by
// corrections), and marks the pages it wrote all-visible, which lets counts and dyad lists answer
// from their indexes alone. A vacuum skips the pages no one wrote since the last one, so its cost
// follows the run's size, not the store's; taking statistics does not (it samples every table,
// about 1.3 s on a server holding 100,000 articles), so the run's last statistics are taken only
// when it wrote a tenth or more of what the store held at the ones before.
//
// The statistics taken while a run stores serve that run's own plans (look-ups by key, by person,
// by dyad and date), which a small sample estimates as well as a large one; so they sample a tenth
// of the rows the store's setting asks: 0.2 s instead of 0.9-1.2 s in a PGlite store of 10,000
// articles. A run that took such statistics always ends with full ones, which the analysts'
// queries then plan with.
//
// Clustering reads the dyad rows from their index alone (migration 21), but only on the pages a
// vacuum marked all-visible: on the others it fetches each row from the table. PGlite has no
// autovacuum, and a server's comes once a fifth of a table is new; so a run also vacuums the
// dyad rows every 2,000 articles it writes (the rows 5,000 articles wrote into a PGlite store of
// 100,000 took 91 ms).
import type { Queryable } from "./database.js";

/** Articles written in one run after which the statistics are first refreshed. */
const FIRST_REFRESH = 500;
/** The share of the store a run must write for its statistics to be taken again at the end. */
const CLOSING_SHARE = 0.1;
/** The sample of the statistics taken while a run stores, as a share of the store's setting. */
const RUNNING_SAMPLE = 0.1;
/** Articles a run writes between vacuums of the dyad rows. */
const DYAD_VACUUM_EVERY = 2_000;

/** Statistics from a sample of `share` of the rows the store's default_statistics_target asks. */
export const sampledAnalyze = (share: number) => `begin;
select set_config('default_statistics_target', greatest(1, round(current_setting('default_statistics_target')::int * ${share}))::text, true);
analyze;
commit`;

export interface StatisticsKeeper {
  /** Told how many articles the run has written (stored new or again) so far. */
  stored(total: number): Promise<void>;
  /** At the end of the run: dead rows reclaimed, and fresh statistics when the run changed the
   * store enough; `onVacuum` is told first, when there is a vacuum to wait for. */
  finish(total: number, onVacuum?: () => void): Promise<void>;
}

/** Keeps the statistics of `db` through a run; reads how many articles the store holds (the
 * estimate of its last statistics) when the run starts. */
export async function keepStatistics(db: Queryable): Promise<StatisticsKeeper> {
  const { rows } = await db.query<{ n: number }>("select greatest(reltuples, 0)::float8 as n from pg_class where oid = 'articles'::regclass");
  // Articles in the store at the last statistics, and the run's count then.
  let held = Number(rows[0]?.n ?? 0);
  let writtenThen = 0;
  // Whether the last statistics are a running sample's.
  let sampled = false;
  // The run's count at the last vacuum of the dyad rows.
  let dyadsVacuumedAt = 0;
  const since = (total: number) => total - writtenThen;
  const take = async (sql: string, total: number) => {
    await db.exec(sql);
    held += since(total);
    writtenThen = total;
  };
  return {
    async stored(total) {
      if (total - dyadsVacuumedAt >= DYAD_VACUUM_EVERY) {
        await db.exec("vacuum event_dyads");
        dyadsVacuumedAt = total;
      }
      if (since(total) >= Math.max(FIRST_REFRESH, held)) {
        await take(sampledAnalyze(RUNNING_SAMPLE), total);
        sampled = true;
      }
    },
    async finish(total, onVacuum) {
      if (total < FIRST_REFRESH) return;
      onVacuum?.();
      if (sampled || since(total) >= Math.max(FIRST_REFRESH, CLOSING_SHARE * held)) await take("vacuum (analyze)", total);
      else await db.exec("vacuum");
    },
  };
}
