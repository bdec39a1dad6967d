// Reports of events as a table: date, type, states, who, where, evidence and source, each row
// leading to its real-world event.
import { dateRange, MODE_LABEL } from "../format.js";
import type { StoredEvent } from "../types.js";
import { States, TypeBadge } from "./Badges.js";

export const eventHref = (e: StoredEvent) => (e.cluster ? `/events/${encodeURIComponent(e.cluster)}` : `/articles/${encodeURIComponent(e.articleId)}`);

export function EventTable({ events, showSource = true }: { events: StoredEvent[]; showSource?: boolean }) {
  if (!events.length) return <p class="empty">No events match.</p>;
  return (
    <table class="events">
      <thead>
        <tr><th>Date</th><th>Type</th><th>States</th><th>Participants</th><th>Place</th><th class="evidence-col">Evidence</th>{showSource && <th>Source</th>}</tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} class={e.primary ? "" : "recalled"}>
            <td class="nowrap"><a href={eventHref(e)}>{dateRange(e.date, e.dateEnd)}</a></td>
            <td><TypeBadge type={e.type} />{e.mode && e.type === "call" && <div class="muted small">{MODE_LABEL[e.mode]}</div>}</td>
            <td><States codes={e.countries} /></td>
            <td>{e.participants.length ? e.participants.map((p, i) => <>{i > 0 && ", "}<a href={`/persons?q=${encodeURIComponent(p)}`}>{p}</a></>) : <span class="muted">—</span>}</td>
            <td>{e.location ?? e.locationCountry ?? <span class="muted">—</span>}</td>
            <td class="evidence-cell"><a href={eventHref(e)} class="quiet">“{e.evidence.text.length > 200 ? `${e.evidence.text.slice(0, 197)}…` : e.evidence.text}”</a></td>
            {showSource && (
              <td class="source">
                <div>{e.outlet ?? <span class="muted">unknown outlet</span>}</div>
                <a class="muted small" href={`/articles/${encodeURIComponent(e.articleId)}`}>{e.report}</a>
                {(e.clusterReports ?? 1) > 1 && <div><a class="pill" href={eventHref(e)}>{e.clusterReports} reports</a></div>}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `exact` false: there are more than `total`, which is then a lower bound. */
export function Pager({ total, exact = true, limit, offset, href }: { total: number; exact?: boolean; limit: number; offset: number; href: (offset: number) => string }) {
  if (total <= limit) return null;
  const last = Math.floor((total - 1) / limit) * limit;
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? <a href={href(0)}>« First</a> : <span>« First</span>}
      {offset > 0 ? <a href={href(Math.max(0, offset - limit))} rel="prev">‹ Previous</a> : <span>‹ Previous</span>}
      <span class="where">{(offset + 1).toLocaleString("en")}–{Math.min(total, offset + limit).toLocaleString("en")} of {total.toLocaleString("en")}{exact ? "" : "+"}</span>
      {offset + limit < total || !exact ? <a href={href(offset + limit)} rel="next">Next ›</a> : <span>Next ›</span>}
      {exact && (offset < last ? <a href={href(last)}>Last »</a> : <span>Last »</span>)}
    </nav>
  );
}
