// Engagements on a time axis, one lane per dyad (or per type), a dot per real-world event in
// its type's colour. Wheel or drag to zoom and pan (d3-zoom); the view is kept in the address
// (?view=FROM..TO), so a shared link opens on the same stretch of time.
import { scaleTime } from "d3-scale";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomTransform } from "d3-zoom";
import { useLocation } from "preact-iso";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { dateRange, dyadsOf, states, TYPE_COLOUR, TYPE_LABEL } from "../format.js";
import type { TimelineEvent } from "../types.js";

const W = 1000, LANE = 30, M = { top: 8, right: 16, bottom: 26, left: 92 }, MAX_LANES = 14;

/** The first day a partial date stands for. */
function day(d: string): Date {
  const [y, m, dd] = d.split("-").map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, dd ?? 1));
}
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function TimelineChart({ events, lanesBy, view }: { events: TimelineEvent[]; lanesBy: "dyad" | "type"; view: string | null }) {
  const { route } = useLocation();
  const svg = useRef<SVGSVGElement>(null);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const dated = events.filter((e) => e.date);

  const { lanes, x } = useMemo(() => {
    const count = new Map<string, number>();
    for (const e of dated) for (const k of lanesBy === "dyad" ? dyadsOf(e.countries) : [e.type]) count.set(k, (count.get(k) ?? 0) + 1);
    const lanes = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_LANES).map(([k]) => k);
    const times = dated.map((e) => day(e.date!).getTime());
    const lo = times.length ? Math.min(...times) : Date.UTC(2009, 0, 1);
    const hi = times.length ? Math.max(...times) : Date.UTC(2025, 11, 31);
    const pad = Math.max(15 * 864e5, (hi - lo) * 0.02);
    return { lanes, x: scaleTime().domain([new Date(lo - pad), new Date(hi + pad)]).range([M.left, W - M.right]) };
  }, [events, lanesBy]);

  const height = M.top + M.bottom + Math.max(1, lanes.length) * LANE;

  useEffect(() => {
    const el = svg.current;
    if (!el) return undefined;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 400])
      .extent([[M.left, 0], [W - M.right, height]])
      .translateExtent([[M.left, 0], [W - M.right, height]])
      .on("zoom", (ev: { transform: ZoomTransform }) => setT(ev.transform))
      .on("end", (ev: { transform: ZoomTransform }) => {
        const [a, b] = ev.transform.rescaleX(x).domain();
        const params = new URLSearchParams(location.search);
        if (ev.transform.k === 1) params.delete("view"); else params.set("view", `${iso(a!)}..${iso(b!)}`);
        const qs = params.toString();
        history.replaceState(history.state, "", `${location.pathname}${qs ? `?${qs}` : ""}`);
      });
    const sel = select(el);
    sel.call(z);
    // Open on the stretch of time the address names.
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(view ?? "");
    if (m) {
      const [a, b] = [x(day(m[1]!)), x(day(m[2]!))];
      const k = Math.max(1, (W - M.right - M.left) / Math.max(1, b - a));
      sel.call(z.transform, zoomIdentity.translate(M.left - a * k, 0).scale(k));
    } else sel.call(z.transform, zoomIdentity);
    return () => { sel.on(".zoom", null); };
  }, [x, height]);

  const xz = t.rescaleX(x);
  const laneOf = new Map(lanes.map((l, i) => [l, i]));
  return (
    <div class="timeline-chart">
      <svg ref={svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-label="Timeline of engagements">
        <defs><clipPath id="plot"><rect x={M.left} y={0} width={W - M.left - M.right} height={height} /></clipPath></defs>
        {lanes.map((l, i) => (
          <g>
            <rect x={M.left} y={M.top + i * LANE} width={W - M.left - M.right} height={LANE} class={i % 2 ? "lane odd" : "lane"} />
            <text x={M.left - 8} y={M.top + i * LANE + LANE / 2 + 4} text-anchor="end" class="lane-label">{lanesBy === "type" ? TYPE_LABEL[l as keyof typeof TYPE_LABEL] : l}</text>
          </g>
        ))}
        {xz.ticks(8).map((tick) => (
          <g>
            <line x1={xz(tick)} x2={xz(tick)} y1={M.top} y2={height - M.bottom} class="grid" />
            <text x={xz(tick)} y={height - 8} text-anchor="middle" class="tick">{xz.tickFormat(8)(tick)}</text>
          </g>
        ))}
        <g clip-path="url(#plot)">
          {dated.flatMap((e) => (lanesBy === "dyad" ? dyadsOf(e.countries) : [e.type]).filter((k) => laneOf.has(k)).map((k) => {
            const cx = xz(day(e.date!));
            if (cx < M.left - 10 || cx > W) return null;
            return (
              <circle cx={cx} cy={M.top + laneOf.get(k)! * LANE + LANE / 2} r={Math.min(9, 4 + Math.sqrt(e.reports))} fill={TYPE_COLOUR[e.type]}
                class="event-dot" data-cluster={e.cluster ?? ""} onClick={() => e.cluster && route(`/events/${encodeURIComponent(e.cluster)}`)}>
                <title>{`${dateRange(e.date, e.dateEnd)} · ${TYPE_LABEL[e.type]} · ${states(e.countries)}${e.participants.length ? `\n${e.participants.join(", ")}` : ""}${e.location ? `\n${e.location}` : ""}\n${e.reports} report${e.reports === 1 ? "" : "s"}`}</title>
              </circle>
            );
          }))}
        </g>
      </svg>
      <p class="hint muted">Scroll to zoom, drag to pan; click a dot to open the event.{lanes.length === MAX_LANES && ` The ${MAX_LANES} busiest lanes are shown.`}</p>
    </div>
  );
}
