// Facets beside a list: each dimension's most frequent values under the current filters; a
// click adds the value to the filters (or removes it), in the address.
import { TYPE_LABEL } from "../format.js";
import { withParams } from "../query.js";
import type { EventType, Facets } from "../types.js";

const TITLES: [keyof Facets, string][] = [
  ["dyad", "Dyad"], ["country", "State"], ["type", "Type"], ["mode", "Mode"], ["year", "Year"], ["framework", "Framework"], ["outlet", "Outlet"],
];

/** The parameter a facet sets: a dyad and a year are one value; the others lists. */
const single = new Set(["dyad", "year"]);

export function FacetPanel({ facets, path, params }: { facets: Facets; path: string; params: URLSearchParams }) {
  return (
    <aside class="facets" aria-label="Facets">
      {TITLES.map(([name, title]) => {
        const chosen = params.getAll(name).flatMap((v) => (name === "country" || name === "type" || name === "mode" ? v.split(",") : [v]));
        const values = name === "year" ? [...facets.year].reverse() : facets[name];
        if (!values.length) return null;
        return (
          <section class="facet" data-facet={name}>
            <h3>{title}</h3>
            <ul>
              {values.map(({ value, count }) => {
                const on = chosen.includes(value);
                const next = single.has(name) ? (on ? null : value) : on ? chosen.filter((v) => v !== value) : [...chosen, value];
                const extra: Record<string, null> = name === "year" ? { from: null, to: null } : {};
                return (
                  <li class={on ? "on" : ""}>
                    <a href={withParams(path, params, { [name]: next, ...extra })}>
                      <span class="label">{name === "type" ? TYPE_LABEL[value as EventType] : name === "mode" ? value.replace("_", " ") : value}</span>
                      <span class="count">{count.toLocaleString("en")}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
