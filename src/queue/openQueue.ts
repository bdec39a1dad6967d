// The queue of articles to extract, kept in the PostgreSQL server by pg-boss (its tables live in
// the schema `pgboss` of the store's database), so workers on any machine that reaches the
// server share it. Beside it, the store keeps the table of pending articles (see pending.ts).
import PgBoss from "pg-boss";
import type { Queryable } from "../store/database.js";
import { BOSS_SCHEMA, QUEUE } from "./queueName.js";

export interface QueueOptions {
  /** Whether this process also looks for expired jobs (a worker's part): every so many seconds. */
  expiryCheckSeconds?: number;
}

/** A started pg-boss on the server at `url`, with the queue created. */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    max: 2,
    // Cron schedules and the clock-skew monitor serve nothing here.
    schedule: false,
    supervise: options.expiryCheckSeconds !== undefined,
    ...(options.expiryCheckSeconds !== undefined ? { maintenanceIntervalSeconds: options.expiryCheckSeconds } : {}),
  });
  boss.on("error", (err) => process.stderr.write(`attache: queue: ${err.message}\n`));
  try {
    await boss.start();
    await createQueueOnce(boss);
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new Error(`cannot open the queue on the server: ${(err as Error).message}`);
  }
  return boss;
}

const DEADLOCK = "40P01";

/**
 * Creates the queue unless it exists. Processes starting at the same moment on a fresh server
 * (a fleet of workers) can deadlock in pg-boss's create_queue, which attaches a partition to its
 * job table; PostgreSQL aborts one of them, and retrying it is what PostgreSQL advises.
 */
export async function createQueueOnce(boss: PgBoss, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== DEADLOCK || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** pg-boss's view of a transaction of ours: a job sent or deleted through it commits with it. */
export const inTransaction = (tx: Queryable): PgBoss.ConnectionOptions => ({
  db: { executeSql: (text, values) => tx.query(text, values) },
});
