// A readable timeline of engagements for the terminal.
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

/** The entries by date (undated last), each with its evidence; `articles` is how many articles they come from. */
export function formatTimeline(entries: TimelineEntry[], articles: number): string {
  const rows = [...entries].sort((a, b) => (a.event.date ?? "~").localeCompare(b.event.date ?? "~") || a.articleId.localeCompare(b.articleId));
  const lines: string[] = [];
  for (const { event: e, articleId, outlet } of rows) {
    const date = (e.date ?? "undated").padEnd(10);
    const flag = e.primary ? " " : "~";
    lines.push(`${date} ${flag} ${describe(e)}`);
    const evidence = e.evidence.text.replace(/\s+/g, " ");
    lines.push(`             “${evidence.length > 150 ? evidence.slice(0, 147) + "…" : evidence}” — ${outlet ?? "unknown outlet"}, ${articleId}`);
  }
  lines.push("", `${rows.length} engagements from ${articles} articles (~ marks events recalled in passing)`);
  return lines.join("\n");
}
