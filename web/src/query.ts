// Filters live in the address: pages read them from the query string and change them by
// navigating, so every view can be shared and reloaded.
import { useLocation } from "preact-iso";

export const FILTER_KEYS = ["text", "dyad", "country", "person", "type", "mode", "framework", "outlet", "year", "from", "to"] as const;

export function useParams(): { path: string; params: URLSearchParams; url: string } {
  const { path, url } = useLocation();
  return { path, url, params: new URLSearchParams(url.split("?")[1] ?? "") };
}

/** The address with some parameters set (a list: repeated), removed (null), or kept; paging
 * restarts unless `offset` is among the changes. */
export function withParams(path: string, params: URLSearchParams, changes: Record<string, string | string[] | null>): string {
  const next = new URLSearchParams(params);
  if (!("offset" in changes)) next.delete("offset");
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    for (const v of value === null ? [] : Array.isArray(value) ? value : [value]) if (v !== "") next.append(key, v);
  }
  const qs = next.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Only the filter parameters of an address (to carry a view's filters to another page). */
export function filtersOf(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if ((FILTER_KEYS as readonly string[]).includes(k)) out.append(k, v);
  return out;
}
