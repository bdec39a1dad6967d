// One article: its text with every evidence sentence and mention marked, and its events.
import { useJson } from "../api.js";
import { ArticleText } from "../components/ArticleText.js";
import { EventTable } from "../components/EventTable.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { useParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Article } from "../types.js";

export function ArticlePage({ id }: { id: string }) {
  const { url } = useParams();
  const { data, error, loading } = useJson<Article>(`/api/articles/${encodeURIComponent(id)}`);
  useReady(!loading, url);
  return (
    <>
      <Status loading={loading} error={error} />
      {data && (
        <>
          <PageHead title={data.id} sub={`${data.outlet ?? "Unknown outlet"} · published ${data.published ?? "undated"} · ${plural(data.events.length, "event")} · ${plural(data.persons.length, "person")}`} />
          <section class="panel">
            <p class="legend-line"><mark class="focus">evidence</mark> <a class="mention">mention of a person</a> <span class="muted">· source {data.source}</span></p>
            <ArticleText article={data} />
          </section>
          <h2 class="section">Events in this article</h2>
          <EventTable events={data.events} showSource={false} />
        </>
      )}
    </>
  );
}
