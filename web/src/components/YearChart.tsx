// Engagements per year, stacked by type: a bar chart drawn with d3's scales and stack.
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { TYPE_COLOUR, TYPE_LABEL } from "../format.js";
import { EVENT_TYPES, type EventType, type YearCount } from "../types.js";

const W = 1000, H = 150, M = { top: 10, right: 10, bottom: 22, left: 36 };

export function YearChart({ counts, onYear, selected }: { counts: YearCount[]; onYear?: (year: string) => void; selected?: string | null }) {
  const dated = counts.filter((c) => c.year !== "undated");
  const seen = dated.map((c) => Number(c.year));
  // Every year between the first and the last, so a quiet year shows as a gap.
  const years = seen.length ? Array.from({ length: Math.max(...seen) - Math.min(...seen) + 1 }, (_, i) => String(Math.min(...seen) + i)) : [];
  if (!years.length) return <p class="empty">No dated engagements.</p>;
  const rows = years.map((year) => {
    const row: Record<string, number> & { year: number } = { year: Number(year) } as Record<string, number> & { year: number };
    for (const t of EVENT_TYPES) row[t] = 0;
    for (const c of dated) if (c.year === year) row[c.key] = (row[c.key] ?? 0) + c.count;
    return row;
  });
  const series = stack<Record<string, number>, EventType>().keys(EVENT_TYPES)(rows);
  const max = Math.max(1, ...rows.map((r) => EVENT_TYPES.reduce((n, t) => n + (r[t] ?? 0), 0)));
  const x = scaleBand<string>().domain(years).range([M.left, W - M.right]).padding(0.18);
  const y = scaleLinear().domain([0, max]).nice().range([H - M.bottom, M.top]);
  const every = Math.ceil(years.length / 16);
  const undated = counts.filter((c) => c.year === "undated").reduce((n, c) => n + c.count, 0);
  return (
    <figure class="year-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Engagements per year by type">
        {y.ticks(4).map((t) => (
          <g><line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} class="grid" /><text x={M.left - 6} y={y(t) + 4} class="tick" text-anchor="end">{t}</text></g>
        ))}
        {series.map((s) => s.map((d, i) => {
          const year = years[i]!;
          const height = y(d[0]) - y(d[1]);
          if (height <= 0) return null;
          return (
            <rect x={x(year)} width={x.bandwidth()} y={y(d[1])} height={height} fill={TYPE_COLOUR[s.key]}
              class={`bar ${onYear ? "clickable" : ""} ${selected && selected !== year ? "dim" : ""}`} onClick={onYear && (() => onYear(year))}>
              <title>{`${year} · ${TYPE_LABEL[s.key]}: ${d[1] - d[0]}`}</title>
            </rect>
          );
        }))}
        {years.map((year, i) => (i % every === 0 ? <text x={x(year)! + x.bandwidth() / 2} y={H - 6} class="tick" text-anchor="middle">{year}</text> : null))}
      </svg>
      <figcaption>
        {EVENT_TYPES.map((t) => <span class="legend"><span class="swatch" style={{ background: TYPE_COLOUR[t] }} />{TYPE_LABEL[t]}</span>)}
        {undated > 0 && <span class="muted"> · {undated} undated not shown</span>}
        {onYear && <span class="muted"> · click a bar to keep its year</span>}
      </figcaption>
    </figure>
  );
}
