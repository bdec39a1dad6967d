// Search: persons whose names contain the words, and events whose evidence or article matches.
import { useJson } from "../api.js";
import { EventTable } from "../components/EventTable.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { ListedPerson, StoredEvent } from "../types.js";

interface Found { q: string; persons: ListedPerson[]; personsTotal: number; events: StoredEvent[]; eventsTotal: number; eventsTotalExact: boolean }

export function Search() {
  const { params, url } = useParams();
  const q = params.get("q") ?? "";
  const { data, error, loading } = useJson<Found>(q ? `/api${url}` : null);
  useReady(!q || !loading, url);
  return (
    <>
      <PageHead title={q ? `Search: “${q}”` : "Search"} />
      {!q && <p class="muted">Type in the search box above.</p>}
      <Status loading={loading && !!q} error={error} />
      {data && (
        <>
          <h2 class="section">{plural(data.personsTotal, "person")}</h2>
          <p class="chips">{data.persons.map((p) => <a class="chip" href={`/persons/${p.id}`}>{p.name}{p.country && ` (${p.country})`}</a>)}
            {data.personsTotal > data.persons.length && <a href={`/persons?q=${encodeURIComponent(q)}`}>all {data.personsTotal}…</a>}</p>
          <h2 class="section">{plural(data.eventsTotal, "event report")}{data.eventsTotalExact ? "" : "+"} {data.eventsTotal > data.events.length && <a class="small" href={`/events?text=${encodeURIComponent(q)}`}>all in the table…</a>}</h2>
          <EventTable events={data.events} />
        </>
      )}
    </>
  );
}
