// The landing page: what the store holds, engagements per year, the busiest dyads.
import { useJson } from "../api.js";
import { PageHead, Status } from "../components/Layout.js";
import { YearChart } from "../components/YearChart.js";
import { useReady } from "../ready.js";
import type { Stats } from "../types.js";

export function Overview() {
  const { data, error, loading } = useJson<Stats>("/api/stats");
  useReady(!!data || !!error, "/");
  const dyads = new Map<string, number>();
  for (const c of data?.byDyad ?? []) dyads.set(c.key, (dyads.get(c.key) ?? 0) + c.count);
  const top = [...dyads.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return (
    <>
      <PageHead title="Military diplomacy, engagement by engagement" sub="Every engagement dated, deduplicated across outlets, and one click from the sentence that supports it." />
      <Status loading={loading} error={error} />
      {data && (
        <>
          <div class="cards">
            <a class="card" href="/timeline"><b>{data.clusters.toLocaleString("en")}</b><span>engagements</span></a>
            <a class="card" href="/events"><b>{data.events.toLocaleString("en")}</b><span>reports</span></a>
            <div class="card"><b>{data.articles.toLocaleString("en")}</b><span>articles</span></div>
            <a class="card" href="/persons"><b>{data.persons.toLocaleString("en")}</b><span>persons</span></a>
          </div>
          <section class="panel">
            <h2>Engagements per year</h2>
            <YearChart counts={data.byType} />
          </section>
          <section class="panel">
            <h2>Busiest dyads</h2>
            <table class="compact">
              <thead><tr><th>Dyad</th><th class="num">Engagements</th><th /></tr></thead>
              <tbody>
                {top.map(([dyad, n]) => (
                  <tr>
                    <td><a href={`/timeline?dyad=${dyad}`}>{dyad}</a></td>
                    <td class="num">{n.toLocaleString("en")}</td>
                    <td class="links"><a href={`/timeline?dyad=${dyad}`}>timeline</a> · <a href={`/events?dyad=${dyad}`}>events</a> · <a href={`/network?dyad=${dyad}`}>network</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </>
  );
}
