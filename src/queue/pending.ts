// The articles put on the queue and not stored yet: one row per article id with the hash of
// its latest version and the job that carries it. Enqueuing reads it to skip what is already
// queued; a worker stores an article only if it still holds the row of that version, and
// deletes the row in the transaction that stores it. So a job that is done twice (a retried
// job, an article enqueued again) or overtaken by a newer version stores nothing. The table is
// the store's (migration 8).
import type { Queryable } from "../store/database.js";
import { BOSS_SCHEMA, QUEUE } from "./queueName.js";

/** The queued hash of those of `ids` whose job is still waiting, running or due for a retry (a
 * job that failed for good leaves its articles free to be queued again). */
export async function queuedHashes(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; hash: string }>(
    `select q.id, q.hash from queued_articles q join ${BOSS_SCHEMA}.job j on j.name = $2 and j.id = q.job
     where q.id = any($1::text[]) and j.state < 'completed'`,
    [ids, QUEUE],
  );
  return new Map(rows.map((r) => [r.id, r.hash]));
}

/** Records that `job` carries these versions, replacing any earlier queued version. */
export async function recordQueued(tx: Queryable, job: string, articles: { id: string; hash: string }[]): Promise<void> {
  await tx.query(
    `insert into queued_articles (id, hash, job) select id, hash, $2::uuid from jsonb_to_recordset($1::jsonb) as x(id text, hash text)
     on conflict (id) do update set hash = excluded.hash, job = excluded.job`,
    [JSON.stringify(articles), job],
  );
}

/** Takes the rows of these versions that are still pending; returns the ids taken. */
export async function claimQueued(tx: Queryable, articles: { id: string; hash: string }[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>(
    `delete from queued_articles q using jsonb_to_recordset($1::jsonb) as x(id text, hash text)
     where q.id = x.id and q.hash = x.hash returning q.id`,
    [JSON.stringify(articles)],
  );
  return new Set(rows.map((r) => r.id));
}
