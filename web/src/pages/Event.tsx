// A real-world event: its merged facts, every report with its article and outlet, and each
// article's text with the evidence sentence and the mentions highlighted.
import { useEffect, useState } from "preact/hooks";
import { getJson, useJson } from "../api.js";
import { ArticleText } from "../components/ArticleText.js";
import { States, TypeBadge } from "../components/Badges.js";
import { PageHead, Status } from "../components/Layout.js";
import { dateRange, MODE_LABEL, plural, states, TYPE_LABEL } from "../format.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Article, RealWorldEvent } from "../types.js";

export function Event({ cluster }: { cluster: string }) {
  const { url } = useParams();
  const { data, error, loading } = useJson<RealWorldEvent>(`/api/events/${encodeURIComponent(cluster)}`);
  // The articles of the event's reports, fetched together once the event is known.
  const [loaded, setLoaded] = useState<{ cluster: string; articles: Map<string, Article> } | null>(null);
  useEffect(() => {
    if (!data) return;
    const ids = [...new Set(data.reports.map((r) => r.articleId))];
    Promise.all(ids.map((id) => getJson<Article>(`/api/articles/${encodeURIComponent(id)}`))).then(
      (list) => setLoaded({ cluster: data.cluster, articles: new Map(list.map((a) => [a.id, a])) }),
      () => setLoaded({ cluster: data.cluster, articles: new Map() }),
    );
  }, [data]);
  const articles = loaded && data && loaded.cluster === data.cluster ? loaded.articles : null;
  // Participants by the ids the articles give them: a name leads straight to the dossier.
  const personIds = new Map([...(articles?.values() ?? [])].flatMap((a) => a.persons.map((p) => [p.name, p.id] as const)));
  const personHref = (name: string) => (personIds.has(name) ? `/persons/${personIds.get(name)}` : `/persons?q=${encodeURIComponent(name)}`);
  useReady(!loading && (!!error || articles !== null), url);
  const m = data?.merged;
  return (
    <>
      <Status loading={loading} error={error} />
      {data && m && (
        <>
          <PageHead title={<><TypeBadge type={m.type} /> {TYPE_LABEL[m.type]} · {states(m.countries)}</>}
            sub={`${dateRange(m.date, m.dateEnd)}${m.location ? ` · ${m.location}` : ""} · ${plural(data.reports.length, "report")} from ${plural(data.outlets.length, "outlet")}`} />
          <section class="panel facts">
            <h2>Merged facts</h2>
            <dl>
              <dt>Date</dt><dd>{dateRange(m.date, m.dateEnd)}</dd>
              <dt>Type</dt><dd>{TYPE_LABEL[m.type]}{m.mode && ` (${MODE_LABEL[m.mode] ?? m.mode})`}</dd>
              <dt>States</dt><dd><States codes={m.countries} /></dd>
              <dt>Participants</dt><dd>{m.participants.length ? m.participants.map((p, i) => <>{i > 0 && ", "}<a href={personHref(p)}>{p}</a></>) : "—"}</dd>
              <dt>Place</dt><dd>{m.location ?? m.locationCountry ?? "—"}</dd>
              <dt>Frameworks</dt><dd>{m.frameworks.length ? m.frameworks.join(", ") : "—"}</dd>
              <dt>Outlets</dt><dd>{data.outlets.length ? data.outlets.join(", ") : "—"}</dd>
              <dt>Confidence</dt><dd>{Math.round(m.confidence * 100)}%{m.primary ? "" : " · recalled in passing"}</dd>
            </dl>
          </section>
          <h2 class="section">Reports</h2>
          {data.reports.map((r) => {
            const article = articles?.get(r.articleId);
            return (
              <section class="panel report" data-report={r.report}>
                <header class="report-head">
                  <div>
                    <b>{r.outlet ?? "Unknown outlet"}</b>
                    <span class="muted"> · published {r.published ?? "undated"} · </span>
                    <a href={`/articles/${encodeURIComponent(r.articleId)}`}>{r.report}</a>
                    {r.url && <> · <a href={r.url} rel="noopener noreferrer" target="_blank">original</a></>}
                  </div>
                  <div class="muted small">reported as {TYPE_LABEL[r.type]}, {dateRange(r.date, r.dateEnd)}{r.participants.length ? ` · ${r.participants.join(", ")}` : ""}</div>
                </header>
                <blockquote class="evidence-quote">“{r.evidence.text}”<span class="offsets">characters {r.evidence.start}–{r.evidence.end}</span></blockquote>
                {article ? <ArticleText article={article} focus={r.evidence} /> : <div class="loading">Loading the article…</div>}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
