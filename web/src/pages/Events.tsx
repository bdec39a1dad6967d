// The events table: reports by date with facets and search, paginated; each row leads to its
// real-world event.
import { useJson } from "../api.js";
import { EventTable, Pager } from "../components/EventTable.js";
import { FacetPanel } from "../components/FacetPanel.js";
import { FilterBar } from "../components/FilterBar.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { filtersOf, useParams, withParams } from "../query.js";
import { useReady } from "../ready.js";
import type { EventList, Facets } from "../types.js";

export function Events() {
  const { path, params, url } = useParams();
  const filters = filtersOf(params).toString();
  const list = useJson<EventList>(`/api${url}`);
  const facets = useJson<Facets>(`/api/facets${filters ? `?${filters}` : ""}`);
  useReady(!list.loading && !facets.loading, url);
  const data = list.data;
  return (
    <>
      <PageHead title="Events" sub={data && `${plural(data.total, "report")}${data.totalExact ? "" : "+"} of engagements, by date`}>
        <a class="button" href={`/timeline${filters ? `?${filters}` : ""}`}>On the timeline</a>
      </PageHead>
      <FilterBar />
      <div class="with-facets">
        {facets.data ? <FacetPanel facets={facets.data} path={path} params={params} /> : <aside class="facets" />}
        <div class="list">
          <Status loading={list.loading && !data} error={list.error ?? facets.error} />
          {data && (
            <>
              <EventTable events={data.events} />
              <Pager total={data.total} exact={data.totalExact} limit={data.limit} offset={data.offset} href={(offset) => withParams(path, params, { offset: offset ? String(offset) : null })} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
