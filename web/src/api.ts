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

/** The body of an API answer, or an ApiError with the server's message. */
async function answerOf<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return answerOf<T>(await fetch(url, { headers: authHeaders(), ...(signal ? { signal } : {}) }));
}

/** The JSON twin of a page address. */
export const twin = (pageUrl: string) => `/api${pageUrl === "/" ? "/stats" : pageUrl}`;

export interface Loaded<T> { data: T | undefined; error: string | undefined; loading: boolean }

/** Fetches `url` (null: nothing yet), again whenever it or `generation` changes (a page bumps
 * its generation after a write to read the view again); while the new answer is on its way the
 * last one stays on screen, marked as loading; a stale answer is dropped. */
export function useJson<T>(url: string | null, generation = 0): Loaded<T> {
  const key = url === null ? null : `${generation} ${url}`;
  const [state, setState] = useState<{ key: string | null; data?: T; error?: string }>({ key: null });
  useEffect(() => {
    if (url === null) return undefined;
    const abort = new AbortController();
    getJson<T>(url, abort.signal).then(
      (data) => setState({ key, data }),
      (err: Error) => { if (!abort.signal.aborted) setState({ key, error: err.message }); },
    );
    return () => abort.abort();
  }, [key]);
  return { data: state.data, error: state.key === key ? state.error : undefined, loading: key !== null && state.key !== key };
}

/** Posts a JSON body with the write token; the answer's body, or an ApiError with the server's message. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  return answerOf<T>(await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...authHeaders() }, body: JSON.stringify(body) }));
}
