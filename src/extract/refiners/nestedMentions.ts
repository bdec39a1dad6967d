// A name inside a longer name is not a mention of its own: "Japan" in "Sea of Japan",
// "Shanghai" in "Shanghai Cooperation Organization".
import type { Doc, Mention } from "../document.js";

const CONTAINERS = new Set(["place", "framework", "organisation"]);

export function dropNestedMentions(doc: Doc): void {
  const containers = doc.mentions.filter((m) => CONTAINERS.has(m.kind));
  const inside = (m: Mention) => containers.some((c) => c !== m && c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start);
  doc.mentions = doc.mentions.filter((m) => !((m.kind === "country" || m.kind === "place") && inside(m)));
}
