// A readable timeline of engagements for the terminal.
import { mergeReports } from "../cluster/mergeReports.js";
import type { DocResult, EventResult } from "../extract/result.js";

const TYPE_LABEL: Record<string, string> = {
  meeting: "meeting", call: "call", visit: "visit", exercise: "exercise", agreement: "agreement", port_call: "port call",
};

/** One line of the timeline: an event and the article that reports it. */
export interface TimelineEntry {
  event: EventResult;
  articleId: string;
  outlet: string | null;
}

function describe(e: EventResult): string {
  const mode = e.type === "call" && e.mode ? ` (${e.mode})` : "";
  const who = e.participants.length ? e.participants.join(", ") : "forces of " + e.countries.join(", ");
  const where = e.location ? ` in ${e.location}` : e.locationCountry ? ` in ${e.locationCountry}` : "";
  const frameworks = e.frameworks.length ? ` [${e.frameworks.join(", ")}]` : "";
  return `${TYPE_LABEL[e.type]}${mode}: ${who}${where} · ${e.countries.join("–")}${frameworks}`;
}

export function entriesOf(docs: DocResult[]): TimelineEntry[] {
  return docs.flatMap((d) => d.events.map((event) => ({ event, articleId: d.id, outlet: d.outlet })));
}

/** The entries of one real-world event together: those of one cluster, or an unclustered entry alone. */
function byEvent(entries: TimelineEntry[]): TimelineEntry[][] {
  const groups = new Map<string, TimelineEntry[]>();
  entries.forEach((entry, i) => {
    const key = entry.event.cluster ?? `\u0000${i}`;
    const group = groups.get(key);
    if (group) group.push(entry); else groups.set(key, [entry]);
  });
  return [...groups.values()];
}

/** One line per real-world event by date (undated last) with its merged facts, then each report's
 * evidence and source; `articles` is how many articles the entries come from. */
export function formatTimeline(entries: TimelineEntry[], articles: number): string {
  const events = byEvent(entries).map((reports) => ({ merged: mergeReports(reports.map((r) => r.event)), reports }));
  events.sort((a, b) => (a.merged.date ?? "~").localeCompare(b.merged.date ?? "~") || a.reports[0]!.articleId.localeCompare(b.reports[0]!.articleId));
  const lines: string[] = [];
  for (const { merged: e, reports } of events) {
    const date = (e.date ?? "undated").padEnd(10);
    const flag = e.primary ? " " : "~";
    lines.push(`${date} ${flag} ${describe(e)}${reports.length > 1 ? ` · ${reports.length} reports` : ""}`);
    for (const { event, articleId, outlet } of reports) {
      const evidence = event.evidence.text.replace(/\s+/g, " ");
      lines.push(`             “${evidence.length > 150 ? evidence.slice(0, 147) + "…" : evidence}” — ${outlet ?? "unknown outlet"}, ${articleId}`);
    }
  }
  lines.push("", `${events.length} engagements in ${entries.length} reports from ${articles} articles (~ marks events recalled in passing)`);
  return lines.join("\n");
}
