// A readable timeline of engagements for the terminal.
import type { DocResult, EventResult } from "../extract/result.js";

const TYPE_LABEL: Record<string, string> = {
  meeting: "meeting", call: "call", visit: "visit", exercise: "exercise", agreement: "agreement", port_call: "port call",
};

function describe(e: EventResult): string {
  const mode = e.type === "call" && e.mode ? ` (${e.mode})` : "";
  const who = e.participants.length ? e.participants.join(", ") : "forces of " + e.countries.join(", ");
  const where = e.location ? ` in ${e.location}` : e.locationCountry ? ` in ${e.locationCountry}` : "";
  const frameworks = e.frameworks.length ? ` [${e.frameworks.join(", ")}]` : "";
  return `${TYPE_LABEL[e.type]}${mode}: ${who}${where} · ${e.countries.join("–")}${frameworks}`;
}

export function formatTimeline(docs: DocResult[]): string {
  const rows = docs.flatMap((d) => d.events.map((e) => ({ d, e })));
  rows.sort((a, b) => (a.e.date ?? "").localeCompare(b.e.date ?? "") || a.d.id.localeCompare(b.d.id));
  const lines: string[] = [];
  for (const { d, e } of rows) {
    const date = (e.date ?? "undated").padEnd(10);
    const flag = e.primary ? " " : "~";
    lines.push(`${date} ${flag} ${describe(e)}`);
    const evidence = e.evidence.text.replace(/\s+/g, " ");
    lines.push(`             “${evidence.length > 150 ? evidence.slice(0, 147) + "…" : evidence}” — ${d.outlet ?? "unknown outlet"}, ${d.id}`);
  }
  lines.push("", `${rows.length} engagements from ${docs.length} articles (~ marks events recalled in passing)`);
  return lines.join("\n");
}
