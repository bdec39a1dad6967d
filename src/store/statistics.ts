// The planner's statistics, refreshed while a run stores articles. PGlite has no autovacuum to do
// it, and plans made for the empty tables of a new store (sequential scans) get slower with
// every batch stored; so statistics are taken again each time a run has doubled what it stored.
// At the end of a run, a vacuum also reclaims the rows the run left dead (a replaced article's
// rows, persons renamed by corrections), and marks the pages it wrote all-visible, which lets
// counts and dyad lists answer from their indexes alone. PGlite has no autovacuum to do either.
// A vacuum skips the pages no one wrote since the last one, so its cost follows the run's size,
// not the store's.
import type { Queryable } from "./database.js";

/** Articles stored in one run after which the statistics are first refreshed. */
const FIRST_REFRESH = 500;

export interface StatisticsKeeper {
  /** Told how many articles the run has stored so far. */
  stored(total: number): Promise<void>;
  /** At the end of the run: dead rows reclaimed and fresh statistics for the queries that follow
   * a bulk load; `onVacuum` is told first, when there is a vacuum to wait for. */
  finish(total: number, onVacuum?: () => void): Promise<void>;
}

export function keepStatistics(db: Queryable): StatisticsKeeper {
  let next = FIRST_REFRESH;
  return {
    async stored(total) {
      if (total < next) return;
      await db.exec("analyze");
      next = total * 2;
    },
    async finish(total, onVacuum) {
      if (total < FIRST_REFRESH) return;
      onVacuum?.();
      await db.exec("vacuum (analyze)");
    },
  };
}
