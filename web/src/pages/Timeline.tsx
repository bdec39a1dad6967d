// Timeline of engagements: per-year chart, then every real-world event on a zoomable time axis
// by dyad or by type, coloured by type.
import { useLocation } from "preact-iso";
import { useJson } from "../api.js";
import { FilterBar } from "../components/FilterBar.js";
import { PageHead, Status } from "../components/Layout.js";
import { TimelineChart } from "../components/TimelineChart.js";
import { YearChart } from "../components/YearChart.js";
import { plural } from "../format.js";
import { filtersOf, useParams, withParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Timeline as TimelineData } from "../types.js";

export function Timeline() {
  const { path, params, url } = useParams();
  const { route } = useLocation();
  const filters = filtersOf(params).toString();
  const { data, error, loading } = useJson<TimelineData>(`/api/timeline${filters ? `?${filters}` : ""}`);
  useReady(!loading, url);
  // One dyad chosen makes one lane: then the types are the lanes, unless the address says.
  const lanesBy = (params.get("lanes") ?? (params.get("dyad") ? "type" : "dyad")) === "type" ? "type" : "dyad";
  const total = data?.events.length ?? 0;
  return (
    <>
      <PageHead title="Timeline" sub={data && (data.truncated
        ? `the first ${plural(total, "engagement")} by date: choose a dyad, a type or dates to see the rest`
        : plural(total, "engagement"))}>
        <div class="seg" role="group" aria-label="Lanes">
          <a class={lanesBy === "dyad" ? "on" : ""} href={withParams(path, params, { lanes: "dyad", view: params.get("view") })}>By dyad</a>
          <a class={lanesBy === "type" ? "on" : ""} href={withParams(path, params, { lanes: "type", view: params.get("view") })}>By type</a>
        </div>
        <a class="button" href={`/events${filters ? `?${filters}` : ""}`}>As a table</a>
      </PageHead>
      <FilterBar />
      <Status loading={loading && !data} error={error} />
      {data && (
        <>
          <section class="panel">
            <TimelineChart events={data.events} lanesBy={lanesBy} view={params.get("view")} />
          </section>
          <section class="panel">
            <h2>Engagements per year</h2>
            <YearChart counts={data.years} selected={params.get("year")}
              onYear={(year) => route(withParams(path, params, { year: params.get("year") === year ? null : year, from: null, to: null, view: null }))} />
          </section>
        </>
      )}
    </>
  );
}
