// A real-world event: its merged facts, every report with its article and outlet, and each
// article's text with the evidence sentence and the mentions highlighted. Each report can be
// corrected here: an event of its own, not an engagement, or the same event as another report.
import { useEffect, useState } from "preact/hooks";
import { getJson, useJson } from "../api.js";
import { ArticleText } from "../components/ArticleText.js";
import { CorrectionForm, CorrectionNotice, type CorrectionChoice } from "../components/CorrectionForm.js";
import { States, TypeBadge } from "../components/Badges.js";
import { PageHead, Status } from "../components/Layout.js";
import { dateRange, MODE_LABEL, plural, states, TYPE_LABEL } from "../format.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Article, RealWorldEvent, StoredCorrection } from "../types.js";

export function Event({ cluster }: { cluster: string }) {
  const { url } = useParams();
  // A correction changes the event: it is read again, and the page says what was recorded.
  const [corrected, setCorrected] = useState<StoredCorrection | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => setCorrected(null), [cluster]);
  const { data, error, loading } = useJson<RealWorldEvent>(`/api/events/${encodeURIComponent(cluster)}`, generation);
  const onCorrected = (stored: StoredCorrection) => { setCorrected(stored); setGeneration((g) => g + 1); };
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
      {corrected && (
        <CorrectionNotice stored={corrected}>
          {corrected.correction.kind === "event-split" && <> <a href={`/events/split-${corrected.id}`}>Its event</a> ·</>}
        </CorrectionNotice>
      )}
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
                <CorrectionForm subject={`Report ${r.report}`} choices={reportCorrections(r.report)} onDone={onCorrected} />
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

/** What can be wrong with a report's place in an event. */
function reportCorrections(report: string): CorrectionChoice[] {
  return [
    { label: "is an event of its own", correction: () => ({ kind: "event-split", report }) },
    { label: "is not an engagement at all", correction: () => ({ kind: "event-reject", report }) },
    {
      label: "tells of the same event as another report",
      inputs: [{ name: "into", label: "The other report (ARTICLE#N, as the events table shows it)", placeholder: "s12-gerasimov-liu-moscow-view#1" }],
      correction: ({ into }) => ({ kind: "event-merge", report, into: into! }),
    },
  ];
}
