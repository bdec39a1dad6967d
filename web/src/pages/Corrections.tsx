// The analyst's corrections, in the order they are applied: each with its time, its reason, and
// whether what it names is still in the store. Made on the event and person pages.
import { useJson } from "../api.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Correction, StoredCorrection } from "../types.js";

/** The articles a correction names, for links to them. */
function articlesOf(c: Correction): string[] {
  const article = (report: string) => report.slice(0, report.lastIndexOf("#"));
  switch (c.kind) {
    case "event-merge": return [...new Set([article(c.report), article(c.into)])];
    case "event-split": case "event-reject": return [article(c.report)];
    case "person-split": return c.articles;
    case "person-merge": return [];
  }
}

export function Corrections() {
  const { url } = useParams();
  const { data, error, loading } = useJson<StoredCorrection[]>("/api/corrections");
  useReady(!loading, url);
  return (
    <>
      <PageHead title="Corrections" sub={data && `${plural(data.length, "correction")}, applied again whenever articles are stored`} />
      <Status loading={loading} error={error} />
      {data && (
        <section class="panel">
          <table class="compact corrections">
            <thead><tr><th class="num">#</th><th>When (UTC)</th><th>Correction</th><th>Reason</th><th>Applies</th></tr></thead>
            <tbody>
              {data.map((c) => (
                <tr data-correction={c.id}>
                  <td class="num">{c.id}</td>
                  <td>{c.at.slice(0, 16).replace("T", " ")}</td>
                  <td>{c.description}{articlesOf(c.correction).map((a) => <> · <a href={`/articles/${encodeURIComponent(a)}`}>{a}</a></>)}</td>
                  <td>{c.reason}</td>
                  <td>{c.applies ? "yes" : <span class="muted">no: what it names is not stored</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!data.length && <p class="empty">No correction yet: make one from an event's report or a person's dossier.</p>}
        </section>
      )}
    </>
  );
}
