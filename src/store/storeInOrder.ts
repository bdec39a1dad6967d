// Batches extracted ahead on the worker threads while this thread stores one, stored in the order
// they were read (ingest, reprocess; a queue worker holds as many jobs).

/** Batches in hand with `threads` extraction threads: every worker busy and one batch ready, no
 * more, so memory stays bounded. */
export const batchesInHand = (threads: number) => Math.max(1, threads) + 1;

export interface InOrder<B> {
  /** Adds a batch being extracted; stores the oldest while more than batchesInHand are in hand. */
  add(batch: B): Promise<void>;
  /** Stores every batch in hand. */
  drain(): Promise<void>;
  /** On failure: batches extracted but not stored are dropped (the next run does them again). */
  abandon(): void;
}

export function storeInOrder<B extends { extracted: Promise<unknown> }>(threads: number, store: (batch: B) => Promise<void>): InOrder<B> {
  const inHand: B[] = [];
  return {
    async add(batch) {
      inHand.push(batch);
      while (inHand.length > batchesInHand(threads)) await store(inHand.shift()!);
    },
    async drain() {
      while (inHand.length) await store(inHand.shift()!);
    },
    abandon() {
      for (const b of inHand) b.extracted.catch(() => undefined);
    },
  };
}
