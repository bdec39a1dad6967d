// Jobs are stored in the order they were queued, as a single-process ingest stores its batches
// in input order. Stored results depend on that order: a report that fits two clusters equally
// joins the first stored, and a person seen under two spellings is named as first stored. So
// workers extract in parallel, but a job is stored only when every job queued before it is
// stored (or has failed for good); a killed worker's job holds the others up until it expires
// and another worker takes it.
import type { Queryable } from "../store/database.js";
import { BOSS_SCHEMA, QUEUE } from "./queueName.js";

/** Whether a job queued before `jobId` is still waiting, running or due for a retry. */
export async function earlierJobPending(tx: Queryable, jobId: string): Promise<boolean> {
  const { rows } = await tx.query<{ pending: boolean }>(
    `select exists (
       select 1 from ${BOSS_SCHEMA}.job j join ${BOSS_SCHEMA}.job me on me.name = j.name and me.id = $2::uuid
       where j.name = $1 and j.state < 'completed' and (j.created_on, j.id) < (me.created_on, me.id)
     ) as pending`,
    [QUEUE, jobId],
  );
  return rows[0]!.pending;
}

/** Whether the first job not stored yet is free to take (queued, or back from an expired or
 * failed attempt): then every job in hand anywhere waits for it, and a worker whose hands are
 * full must take it all the same. */
export async function firstJobFree(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ state: string }>(
    `select state from ${BOSS_SCHEMA}.job where name = $1 and state < 'completed' order by created_on, id limit 1`, [QUEUE]);
  return rows.length > 0 && rows[0]!.state !== "active";
}
