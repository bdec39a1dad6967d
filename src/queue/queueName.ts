// Where the queue lives in the store's database.

/** The pg-boss queue that holds batches of articles to extract and store. */
export const QUEUE = "attache-articles";
/** pg-boss's schema. */
export const BOSS_SCHEMA = "pgboss";
