// A meeting or call needs two sides. When the sentence names only one ("Gerasimov said during
// the video call"), the other side is the article's main official of the other state taking part.
import type { Doc } from "../document.js";

export function addCounterpart(doc: Doc): void {
  for (const e of doc.events) {
    // A multilateral meeting has no one counterpart.
    if ((e.type !== "meeting" && e.type !== "call") || e.name || e.participants.length !== 1 || e.countries.length !== 2) continue;
    const own = doc.persons[e.participants[0]!]!.country;
    const other = e.countries.find((c) => c !== own);
    // The most mentioned official of that state.
    const candidates = doc.persons
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.country === other && !p.credit)
      .sort((a, b) => b.p.mentions.length - a.p.mentions.length);
    const best = candidates[0];
    if (best && (candidates.length === 1 || best.p.mentions.length > candidates[1]!.p.mentions.length)) e.participants.push(best.i);
  }
}
