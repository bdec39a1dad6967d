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
import type { Article, EventList, RealWorldEvent, StoredCorrection, StoredEvent } from "../types.js";

export function Event({ cluster }: { cluster: string }) {
  const { url } = useParams();
  // A correction changes the event: it is read again, and the page says what was recorded.
  const [corrected, setCorrected] = useState<Corrected | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => setCorrected(null), [cluster]);
  const { data, error, loading } = useJson<RealWorldEvent>(`/api/events/${encodeURIComponent(cluster)}`, generation);
  const onCorrected = (stored: StoredCorrection) => {
    // A correction of the event's only report leaves no event here: there is nothing to read again.
    const gone = data?.reports.length === 1;
    setCorrected({ stored, gone, movedTo: null });
    if (!gone) setGeneration((g) => g + 1);
    // Where a split or merged report went: its event now, read from its article.
    const c = stored.correction;
    if (c.kind !== "event-split" && c.kind !== "event-merge") return;
    getJson<Article>(`/api/articles/${encodeURIComponent(c.report.slice(0, c.report.lastIndexOf("#")))}`).then(
      (a) => {
        const movedTo = a.events.find((e) => e.report === c.report)?.cluster ?? null;
        setCorrected((now) => (now?.stored === stored ? { ...now, movedTo } : now));
      },
      () => undefined,
    );
  };
  // Other events of the same kind within a month, offered as the report a merge names.
  const m0 = data?.merged;
  const near = m0?.date && m0.countries.length >= 2 ? monthAround(m0.date) : null;
  const nearby = useJson<EventList>(near && m0
    ? `/api/events?dyad=${[...m0.countries].sort().slice(0, 2).join("-")}&type=${m0.type}&from=${near.from}&to=${near.to}&limit=100`
    : null, generation);
  const suggestions = otherEvents(nearby.data?.events ?? [], cluster);
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
        <CorrectionNotice stored={corrected.stored}>
          {corrected.movedTo && <> <a href={`/events/${encodeURIComponent(corrected.movedTo)}`}>
            {corrected.stored.correction.kind === "event-merge" ? "The event it joined" : "Its event"}</a> ·</>}
        </CorrectionNotice>
      )}
      {corrected?.gone ? <p class="empty">No report tells of this event any more.</p> : <Status loading={loading} error={error} />}
      {!corrected?.gone && data && m && (
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
                <CorrectionForm subject={`Report ${r.report}`} choices={reportCorrections(r.report, suggestions)} onDone={onCorrected} />
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

/** A correction made on this page: whether it left the event without reports, and where the
 * split or merged report went (its event now, once read). */
interface Corrected {
  stored: StoredCorrection;
  gone: boolean;
  movedTo: string | null;
}

/** A month before and after an ISO date of any precision (YYYY[-MM[-DD]]), as filter bounds. */
function monthAround(date: string): { from: string; to: string } {
  const [y, mo = 1, d = 1] = date.split("-").map(Number) as [number, number?, number?];
  const day = (month: number, dayOf: number) => new Date(Date.UTC(y!, month - 1, dayOf)).toISOString().slice(0, 10);
  if (date.length === 4) return { from: day(0, 1), to: day(14, 0) };
  return { from: day(mo - 1, date.length === 10 ? d : 1), to: date.length === 10 ? day(mo + 1, d) : day(mo + 2, 0) };
}

/** One report of each other event, with what tells the event apart. */
function otherEvents(events: StoredEvent[], cluster: string): { value: string; label: string }[] {
  const seen = new Set<string>([cluster]);
  const out: { value: string; label: string }[] = [];
  for (const e of events) {
    if (!e.cluster || seen.has(e.cluster)) continue;
    seen.add(e.cluster);
    out.push({ value: e.report, label: `${dateRange(e.date, e.dateEnd)} · ${states(e.countries)}${e.participants.length ? ` · ${e.participants.join(", ")}` : ""}${e.location ? ` · ${e.location}` : ""}` });
  }
  return out;
}

/** What can be wrong with a report's place in an event; `nearby`: reports of other events to merge it with. */
function reportCorrections(report: string, nearby: { value: string; label: string }[]): CorrectionChoice[] {
  return [
    { label: "is an event of its own", correction: () => ({ kind: "event-split", report }) },
    { label: "is not an engagement at all", correction: () => ({ kind: "event-reject", report }) },
    {
      label: "tells of the same event as another report",
      inputs: [{
        name: "into", label: "The other report (ARTICLE#N, as the events table shows it; nearby events are offered)",
        placeholder: "s12-gerasimov-liu-moscow-view#1", suggestions: nearby,
      }],
      correction: ({ into }) => ({ kind: "event-merge", report, into: into! }),
    },
  ];
}
