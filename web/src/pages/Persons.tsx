// Persons: search by any name seen, most engaged first.
import { useLocation } from "preact-iso";
import { useJson } from "../api.js";
import { Pager } from "../components/EventTable.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { useParams, withParams } from "../query.js";
import { useReady } from "../ready.js";
import type { PersonList } from "../types.js";

export function Persons() {
  const { path, params, url } = useParams();
  const { route } = useLocation();
  const { data, error, loading } = useJson<PersonList>(`/api${url}`);
  useReady(!loading, url);
  const submit = (e: Event) => {
    e.preventDefault();
    route(withParams(path, params, { q: new FormData(e.currentTarget as HTMLFormElement).get("q")?.toString().trim() ?? null }));
  };
  return (
    <>
      <PageHead title="Persons" sub={data && `${plural(data.total, "person")}${params.get("q") ? ` matching “${params.get("q")}”` : ""}, most engaged first`} />
      <form class="filters" onSubmit={submit} key={url}>
        <label class="field"><span>Name</span><input name="q" value={params.get("q") ?? ""} placeholder="Gerasimov, Wei Fenghe…" size={28} /></label>
        <button type="submit" class="primary">Search</button>
      </form>
      <Status loading={loading && !data} error={error} />
      {data && (
        <section class="panel">
          <table class="compact persons">
            <thead><tr><th>Name</th><th>State</th><th class="num">Engagements</th></tr></thead>
            <tbody>
              {data.persons.map((p) => (
                <tr><td><a href={`/persons/${p.id}`}>{p.name}</a></td><td>{p.country ?? "—"}</td><td class="num">{p.engagements}</td></tr>
              ))}
            </tbody>
          </table>
          {!data.persons.length && <p class="empty">Nobody by that name.</p>}
          <Pager total={data.total} limit={data.limit} offset={data.offset} href={(offset) => withParams(path, params, { offset: offset ? String(offset) : null })} />
        </section>
      )}
    </>
  );
}
