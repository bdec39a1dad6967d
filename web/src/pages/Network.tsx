// Who meets whom: persons or states as nodes, edges weighted by engagements together, drawn
// with cytoscape; filters as everywhere else, in the address.
import type { Core } from "cytoscape";
import { useLocation } from "preact-iso";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useJson } from "../api.js";
import { FilterBar } from "../components/FilterBar.js";
import { PageHead, Status } from "../components/Layout.js";
import { plural } from "../format.js";
import { useParams, withParams } from "../query.js";
import { useReady } from "../ready.js";
import type { Network as NetworkData } from "../types.js";

/** A colour per state of the graph, the most engaged first, so that no two of them share one. */
const PALETTE = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"];
function stateColours(data: NetworkData): (code: string | null) => string {
  const weight = new Map<string, number>();
  for (const n of data.nodes) if (n.country) weight.set(n.country, (weight.get(n.country) ?? 0) + n.weight);
  const order = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
  const colours = new Map(order.map((c, i) => [c, PALETTE[i] ?? "#9aa4b1"]));
  return (code) => (code ? colours.get(code) ?? "#9aa4b1" : "#c8ced6");
}

function draw(cytoscape: typeof import("cytoscape"), container: HTMLElement, data: NetworkData, open: (id: string) => void): Core {
  const colourOf = stateColours(data);
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.weight));
  const maxNode = Math.max(1, ...data.nodes.map((n) => n.weight));
  const cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: n.label, colour: colourOf(n.country), size: 14 + 36 * Math.sqrt(n.weight / maxNode) } })),
      ...data.edges.map((e) => ({ data: { id: `${e.source}~${e.target}`, source: e.source, target: e.target, weight: e.weight, width: 1 + 9 * (e.weight / maxEdge) } })),
    ],
    style: [
      { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 11, color: "#1d2733", "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#9fb3c8", opacity: 0.7, "curve-style": "haystack" } },
      // An edge's label only while it is pointed at: hidden labels were still measured, each of them.
      { selector: "edge:selected, edge.hover", style: { "line-color": "#1f3a5f", opacity: 1, label: "data(weight)", "font-size": 9, color: "#627d98" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f3a5f" } },
    ],
    // Fewer iterations than the default: the layout settles well before, and the page waits for it.
    layout: { name: "cose", animate: false, numIter: 200, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, randomize: false },
  });
  // A few nodes would fill the panel: keep them at a readable size.
  if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
  cy.on("mouseover", "edge", (e) => { e.target.addClass("hover"); });
  cy.on("mouseout", "edge", (e) => { e.target.removeClass("hover"); });
  cy.on("tap", "node", (e) => open(e.target.id()));
  return cy;
}

export function Network() {
  const { path, params, url } = useParams();
  const { route } = useLocation();
  const kind = params.get("kind") === "states" ? "states" : "persons";
  const { data, error, loading } = useJson<NetworkData>(`/api${url}`);
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<NetworkData | null>(null);
  // Cytoscape is most of the UI's code: only this page loads it, while its data is on the way.
  const library = useMemo(() => import("cytoscape"), []);
  useEffect(() => {
    if (!data || !box.current) return undefined;
    const container = box.current;
    let cy: Core | null = null;
    let cancelled = false;
    void library.then(({ default: cytoscape }) => {
      if (cancelled) return;
      cy = draw(cytoscape, container, data, (id) => route(kind === "persons" ? `/persons/${id}` : withParams("/network", params, { country: id, kind: "persons" })));
      setDrawn(data);
    });
    return () => { cancelled = true; cy?.destroy(); };
  }, [data]);
  useReady(!loading && (!!error || drawn === data), url);
  return (
    <>
      <PageHead title="Network" sub={data && `${plural(data.nodes.length, kind === "persons" ? "person" : "state")}, ${plural(data.edges.length, "tie")} · edge weight = engagements together`}>
        <div class="seg" role="group" aria-label="Nodes">
          <a class={kind === "persons" ? "on" : ""} href={withParams(path, params, { kind: null })}>Persons</a>
          <a class={kind === "states" ? "on" : ""} href={withParams(path, params, { kind: "states" })}>States</a>
        </div>
      </PageHead>
      <FilterBar />
      <Status loading={loading && !data} error={error} />
      <section class="panel network-panel">
        <div class={`network ${data && !data.nodes.length ? "none" : ""}`} ref={box} aria-label="Network graph" />
        {data && !data.nodes.length && <p class="empty">No ties under these filters.</p>}
        {data && kind === "persons" && <Legend data={data} />}
        {data && <Shown data={data} path={path} params={params} />}
        <p class="hint muted">Click a {kind === "persons" ? "person for the dossier" : "state for its persons"}; scroll to zoom.</p>
      </section>
    </>
  );
}

/** How many ties are drawn of how many, with the way to more (in the address, like the filters):
 * a graph of the heaviest ties is readable and lays out in a fraction of a second. */
function Shown({ data, path, params }: { data: NetworkData; path: string; params: URLSearchParams }) {
  const shown = data.edges.length;
  const { asked, default: usual, max } = data.edgeLimits;
  const more = Math.min(max, Math.max(asked, shown) * 2);
  return (
    <p class="hint shown">
      {data.ties > shown ? <>The {plural(shown, "heaviest tie")} of {data.ties.toLocaleString("en")}. </> : shown ? <>All {plural(shown, "tie")}. </> : null}
      {data.ties > shown && shown < max && <a href={withParams(path, params, { edges: String(more) })}>Show {more}</a>}
      {data.ties > shown && shown < max && params.has("edges") && " · "}
      {params.has("edges") && asked !== usual && <a href={withParams(path, params, { edges: null })}>Back to {usual}</a>}
    </p>
  );
}

function Legend({ data }: { data: NetworkData }) {
  const colourOf = stateColours(data);
  const states = [...new Set(data.nodes.map((n) => n.country))].sort((a, b) => (a ?? "~").localeCompare(b ?? "~"));
  return <p class="hint">{states.map((c) => <span class="legend"><span class="swatch round" style={{ background: colourOf(c) }} />{c ?? "state unknown"}</span>)}</p>;
}
