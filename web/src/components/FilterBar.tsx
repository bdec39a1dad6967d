// The filters a timeline, list or network share: free text, dyad, states, person, dates and
// types. Submitting (or toggling a type) navigates: the filters are the address.
import { useLocation } from "preact-iso";
import { TYPE_COLOUR, TYPE_LABEL } from "../format.js";
import { useParams, withParams } from "../query.js";
import { EVENT_TYPES } from "../types.js";

const FIELDS: { name: string; label: string; placeholder: string; size?: number }[] = [
  { name: "text", label: "Text", placeholder: '"joint patrol" -naval', size: 18 },
  { name: "dyad", label: "Dyad", placeholder: "CN-RU", size: 6 },
  { name: "country", label: "State", placeholder: "RU", size: 4 },
  { name: "person", label: "Person", placeholder: "Shoigu", size: 12 },
  { name: "from", label: "From", placeholder: "2019", size: 9 },
  { name: "to", label: "To", placeholder: "2021-06", size: 9 },
];

export function FilterBar({ fields = FIELDS.map((f) => f.name) }: { fields?: string[] }) {
  const { path, params } = useParams();
  const { route } = useLocation();
  const types = params.getAll("type").flatMap((t) => t.split(","));
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const changes: Record<string, string | null> = {};
    for (const name of fields) changes[name] = form.get(name)?.toString().trim() || null;
    if (changes.from || changes.to) changes.year = null;
    route(withParams(path, params, changes));
  };
  const toggle = (t: string) => route(withParams(path, params, { type: types.includes(t) ? types.filter((x) => x !== t) : [...types, t] }));
  return (
    <form class="filters" onSubmit={submit} key={params.toString()}>
      {FIELDS.filter((f) => fields.includes(f.name)).map((f) => (
        <label class="field">
          <span>{f.label}</span>
          <input name={f.name} value={params.get(f.name) ?? ""} placeholder={f.placeholder} size={f.size} />
        </label>
      ))}
      <button type="submit" class="primary">Apply</button>
      <div class="type-toggles" role="group" aria-label="Event types">
        {EVENT_TYPES.map((t) => (
          <button type="button" class={`toggle ${types.includes(t) ? "on" : ""}`} aria-pressed={types.includes(t)} onClick={() => toggle(t)}
            style={{ "--c": TYPE_COLOUR[t] }}>
            <span class="swatch" style={{ background: TYPE_COLOUR[t] }} />{TYPE_LABEL[t]}
          </button>
        ))}
      </div>
      {[...params.keys()].some((k) => k !== "offset") && <a class="clear" href={path}>Clear all</a>}
    </form>
  );
}
