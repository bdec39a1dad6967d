// The facts of one real-world event, merged from the reports of its cluster: the most precise
// date, the first place named, every participant, state and framework; primary when any
// report is written about it. Each report keeps its own evidence (provenance).
import type { EventResult } from "../extract/result.js";

const union = (lists: string[][]) => [...new Set(lists.flat())];

/** The most precise date of the reports (a day over a month over a year; the earliest of equals). */
function mostPrecise(dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (d && (!best || d.length > best.length || (d.length === best.length && d < best))) best = d;
  }
  return best;
}

export function mergeReports(reports: EventResult[]): EventResult {
  const first = reports[0]!;
  const date = mostPrecise(reports.map((r) => r.date));
  const placed = reports.find((r) => r.location) ?? reports.find((r) => r.locationCountry) ?? first;
  return {
    ...first,
    mode: reports.find((r) => r.mode)?.mode ?? null,
    date,
    dateEnd: mostPrecise(reports.filter((r) => r.date === date).map((r) => r.dateEnd)) ?? null,
    location: placed.location,
    locationCountry: placed.locationCountry,
    participants: union(reports.map((r) => r.participants)),
    countries: union(reports.map((r) => r.countries)).sort(),
    frameworks: union(reports.map((r) => r.frameworks)).sort(),
    primary: reports.some((r) => r.primary),
    confidence: Math.max(...reports.map((r) => r.confidence)),
  };
}
