// Upload: drop article files (.txt, .html, .jsonl) and ingest them with the write token; the
// summary says what was new, unchanged, updated or skipped (and why), and lists the events found.
import { useState } from "preact/hooks";
import { authHeaders, token } from "../api.js";
import { EventTable } from "../components/EventTable.js";
import { PageHead } from "../components/Layout.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { IngestResult } from "../types.js";

const ACCEPT = ".txt,.text,.html,.htm,.jsonl,.ndjson";
const size = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

export function Upload() {
  const { url } = useParams();
  const [files, setFiles] = useState<File[]>([]);
  const [secret, setSecret] = useState(token.get());
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IngestResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useReady(!busy, url);
  const add = (list: FileList | null) => { if (list) setFiles((f) => [...f, ...Array.from(list)]); };
  const send = async (e: Event) => {
    e.preventDefault();
    token.set(secret.trim());
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    setBusy(true); setError(null); setResult(null);
    try {
      const res = await fetch("/api/ingest", { method: "POST", body: form, headers: authHeaders() });
      const body = await res.json() as IngestResult & { error?: { message: string } };
      if (!res.ok) setError(body.error?.message ?? `${res.status} ${res.statusText}`);
      else { setResult(body); setFiles([]); }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHead json={false} title="Upload articles" sub="Ingested like `attache ingest`: unchanged files are skipped, changed ones replace their old results." />
      <form class="panel upload" onSubmit={send}>
        <label class="field wide">
          <span>Write token (ATTACHE_TOKEN)</span>
          <input type="password" name="token" autocomplete="off" value={secret} onInput={(e) => setSecret((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class={`drop ${over ? "over" : ""}`}
          onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
          onDrop={(e) => { e.preventDefault(); setOver(false); add(e.dataTransfer?.files ?? null); }}>
          <input type="file" name="files" multiple accept={ACCEPT} onChange={(e) => { add((e.currentTarget as HTMLInputElement).files); (e.currentTarget as HTMLInputElement).value = ""; }} />
          <b>Drop article files here</b>
          <span class="muted">or click to choose · .txt, .html or .jsonl (one article per line)</span>
        </label>
        {files.length > 0 && (
          <ul class="files">
            {files.map((f, i) => <li>{f.name} <span class="muted">{size(f.size)}</span> <button type="button" class="link" onClick={() => setFiles(files.filter((_, j) => j !== i))}>remove</button></li>)}
          </ul>
        )}
        <button type="submit" class="primary" disabled={!files.length || busy}>{busy ? "Ingesting…" : `Ingest ${files.length || ""} file${files.length === 1 ? "" : "s"}`}</button>
        {error && <div class="error" role="alert">{error}</div>}
      </form>
      {result && (
        <section class="panel result" aria-live="polite">
          <h2>Ingested</h2>
          <p class="summary">read {result.read} · new {result.new} · unchanged {result.unchanged} · updated {result.updated} · skipped {result.skipped}</p>
          {result.problems.length > 0 && <ul class="problems">{result.problems.map((p) => <li>skipped {p.source}{p.line ? `:${p.line}` : ""}: {p.reason}</li>)}</ul>}
          {result.articles.length > 0 && <p>Articles: {result.articles.map((a, i) => <>{i > 0 && ", "}<a href={`/articles/${encodeURIComponent(a)}`}>{a}</a></>)}</p>}
          <EventTable events={result.events} />
        </section>
      )}
    </>
  );
}
