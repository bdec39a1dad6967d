// Reading the JSON API: every page fetches the twin of its own address (/x?… → /api/x?…).
import { useEffect, useState } from "preact/hooks";

const TOKEN_KEY = "attache.token";

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) ?? "",
  set: (value: string) => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
};

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** The token goes with every request when one is set: beyond loopback, reads need it too. */
export function authHeaders(): Record<string, string> {
  const t = token.get();
  return t ? { authorization: `Bearer ${t}` } : {};
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { headers: authHeaders(), ...(signal ? { signal } : {}) });
  const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** The JSON twin of a page address. */
export const twin = (pageUrl: string) => `/api${pageUrl === "/" ? "/stats" : pageUrl}`;

export interface Loaded<T> { data: T | undefined; error: string | undefined; loading: boolean }

/** Fetches `url` (null: nothing yet), again whenever it changes; a stale answer is dropped. */
export function useJson<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: url !== null });
  useEffect(() => {
    if (url === null) return undefined;
    const abort = new AbortController();
    setState((s) => ({ data: s.data, error: undefined, loading: true }));
    getJson<T>(url, abort.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (err: Error) => { if (!abort.signal.aborted) setState({ data: undefined, error: err.message, loading: false }); },
    );
    return () => abort.abort();
  }, [url]);
  return state;
}
