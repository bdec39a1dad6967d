// A person's dossier: names seen, posts over time with their sources, engagements, counterparts.
// The person can be corrected here: the same person as another, or another person in some articles.
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useJson } from "../api.js";
import { CorrectionForm, CorrectionNotice, type CorrectionChoice } from "../components/CorrectionForm.js";
import { EventTable } from "../components/EventTable.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Dossier, StoredCorrection } from "../types.js";

export function Person({ id }: { id: string }) {
  const { url, params } = useParams();
  const { route } = useLocation();
  const [corrected, setCorrected] = useState<StoredCorrection | null>(null);
  const [generation, setGeneration] = useState(0);
  // The address's limits (?engagements=N&counterparts=N) go to the JSON twin.
  const { data, error, loading } = useJson<Dossier>(`/api/persons/${encodeURIComponent(id)}${params.size ? `?${params}` : ""}`, generation);
  const onCorrected = (stored: StoredCorrection) => {
    // A merged person is no more: the one kept has the names and engagements now.
    if (stored.correction.kind === "person-merge") { route(`/persons?q=${encodeURIComponent(stored.correction.keep)}`); return; }
    setCorrected(stored);
    setGeneration((g) => g + 1);
  };
  useReady(!loading, url);
  const maxCount = Math.max(1, ...(data?.counterparts.map((c) => c.engagements) ?? []));
  return (
    <>
      {corrected?.correction.kind === "person-split" && (
        <CorrectionNotice stored={corrected}> <a href={`/persons?q=${encodeURIComponent(corrected.correction.as)}`}>{corrected.correction.as}</a> ·</CorrectionNotice>
      )}
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
          <section class="panel">
            <CorrectionForm subject={data.name} choices={personCorrections(data.name)} onDone={onCorrected} />
          </section>
        </>
      )}
    </>
  );
}

/** What can be wrong with a person as extraction and identity joined them. */
function personCorrections(name: string): CorrectionChoice[] {
  return [
    {
      label: "is the same person as another",
      inputs: [{ name: "keep", label: "The other person's name, as stored (kept)", placeholder: "Sergei Shoigu" }],
      correction: ({ keep }) => ({ kind: "person-merge", keep: keep!, merge: name }),
    },
    {
      label: "is another person in some articles",
      inputs: [
        { name: "articles", label: "The articles (ids, separated by commas)", placeholder: "s01-shoigu-wei-moscow, s07-vostok-2018" },
        { name: "as", label: "That person's name", placeholder: "Wei Fenghe" },
      ],
      correction: ({ articles, as }) => ({ kind: "person-split", name, articles: articles!.split(",").map((a) => a.trim()).filter(Boolean), as: as! }),
    },
  ];
}
