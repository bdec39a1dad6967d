// A person's dossier: names seen, posts over time with their sources, engagements, counterparts.
import { useJson } from "../api.js";
import { EventTable } from "../components/EventTable.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Dossier } from "../types.js";

export function Person({ id }: { id: string }) {
  const { url, params } = useParams();
  // The address's limits (?engagements=N&counterparts=N) go to the JSON twin.
  const { data, error, loading } = useJson<Dossier>(`/api/persons/${encodeURIComponent(id)}${params.size ? `?${params}` : ""}`);
  useReady(!loading, url);
  const maxCount = Math.max(1, ...(data?.counterparts.map((c) => c.engagements) ?? []));
  return (
    <>
      <Status loading={loading} error={error} />
      {data && (
        <>
          <PageHead title={<>{data.name}{data.country && <span class="state big">{data.country}</span>}</>}
            sub={`${plural(data.engagementsTotal, "engagement report")} · ${plural(data.counterpartsTotal, "counterpart")}`}>
            <a class="button" href={`/network?person=${encodeURIComponent(data.name)}`}>Network</a>
          </PageHead>
          <div class="two-col">
            <section class="panel">
              <h2>Names seen</h2>
              <p class="chips">{data.names.length ? data.names.map((n) => <span class="chip">{n}</span>) : <span class="muted">only “{data.name}”</span>}</p>
              <h2>Posts over time</h2>
              {data.posts.length ? (
                <ol class="posts">
                  {data.posts.map((p) => (
                    <li>
                      <span class="when">{p.firstSeen === p.lastSeen ? p.firstSeen ?? "undated" : `${p.firstSeen ?? "?"} – ${p.lastSeen ?? "?"}`}</span>
                      <span class="title">{p.title}</span>
                      <span class="sources">{p.articles.slice(0, 4).map((a) => <a href={`/articles/${encodeURIComponent(a)}`}>{a}</a>)}{p.articles.length > 4 && <span class="muted"> +{p.articles.length - 4}</span>}</span>
                    </li>
                  ))}
                </ol>
              ) : <p class="muted">No post stated.</p>}
            </section>
            <section class="panel">
              <h2>Counterparts</h2>
              {data.counterparts.length ? (
                <ul class="bars">
                  {data.counterparts.map((c) => (
                    <li>
                      <span><a href={`/persons?q=${encodeURIComponent(c.name)}`}>{c.name}</a>{c.country && <span class="state">{c.country}</span>}</span>
                      <span class="bar-track"><span class="bar-fill" style={{ width: `${(100 * c.engagements) / maxCount}%` }} /></span>
                      <span class="count">{c.engagements}</span>
                    </li>
                  ))}
                </ul>
              ) : <p class="muted">No counterpart named.</p>}
              {data.counterpartsTotal > data.counterparts.length && (
                <p class="hint muted shown">The {data.counterparts.length} with the most engagements together, of {data.counterpartsTotal.toLocaleString("en")}.</p>
              )}
            </section>
          </div>
          <h2 class="section">Engagements</h2>
          {data.engagementsTotal > data.engagements.length && (
            <p class="hint muted shown">The latest {data.engagements.length} of {plural(data.engagementsTotal, "engagement report")}, newest first;{" "}
              <a href={`/events?person=${encodeURIComponent(data.name)}`}>all of them in the events table</a>.</p>
          )}
          <EventTable events={data.engagements} />
        </>
      )}
    </>
  );
}
