// Figures that count over many events (stats, facets, years, networks) are kept per query until
// the store changes. An embedded store changes only through this server (its data folder is
// locked to one process), so a write clears them; a server's store may be written by others too,
// so there they also expire after a minute.
import { LRUCache } from "lru-cache";

export interface FigureCache {
  /** The figures for `key`, computed once until the store changes. */
  get<T extends object>(key: string, compute: () => Promise<T>): Promise<T>;
  /** The store changed. */
  clear(): void;
}

export function figureCache(shared: boolean): FigureCache {
  const cache = new LRUCache<string, object>({ max: 500, ...(shared ? { ttl: 60_000 } : {}) });
  return {
    get: async <T extends object>(key: string, compute: () => Promise<T>) => {
      const hit = cache.get(key) as T | undefined;
      if (hit) return hit;
      const value = await compute();
      cache.set(key, value);
      return value;
    },
    clear: () => cache.clear(),
  };
}
