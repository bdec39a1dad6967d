// Figures that count over many events (stats, facets, years, networks, timelines) are kept per
// query until the store changes. An embedded store changes only through this server (its data
// folder is locked to one process), so a write clears them; a server's store may be written by
// others too, so there they also expire after a minute. A timeline weighs up to a megabyte: the
// cache is bounded by the size of what it holds, as JSON, not by a count.
import { LRUCache } from "lru-cache";

/** At most this many characters of JSON are kept. */
const MAX_SIZE = 64 * 1024 * 1024;

export interface FigureCache {
  /** The figures for `key`, computed once until the store changes. */
  get<T extends object>(key: string, compute: () => Promise<T>): Promise<T>;
  /** The store changed. */
  clear(): void;
}

export function figureCache(shared: boolean, maxSize = MAX_SIZE): FigureCache {
  const cache = new LRUCache<string, object>({ maxSize, ...(shared ? { ttl: 60_000 } : {}) });
  // Figures being computed: a second request for one waits for it rather than counting it again
  // (the figures counted at start are asked for at once by the first visitors).
  const pending = new Map<string, Promise<object>>();
  // Counts writes: a figure computed while the store changed is handed out, not kept.
  let generation = 0;
  return {
    get: async <T extends object>(key: string, compute: () => Promise<T>) => {
      const hit = cache.get(key) as T | undefined;
      if (hit) return hit;
      const running = pending.get(key) as Promise<T> | undefined;
      if (running) return running;
      const started = generation;
      const computing: Promise<T> = compute().then((value) => {
        if (generation === started) cache.set(key, value, { size: Math.max(1, JSON.stringify(value).length) });
        return value;
      }).finally(() => { if (pending.get(key) === computing) pending.delete(key); });
      pending.set(key, computing);
      return computing;
    },
    clear: () => { generation++; cache.clear(); pending.clear(); },
  };
}
