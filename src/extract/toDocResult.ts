// From the annotated document to the result the rest of the system stores and exports.
import type { Doc } from "./document.js";
import type { DocResult } from "./result.js";

export function toDocResult(doc: Doc): DocResult {
  const a = doc.article;
  return {
    id: a.id, source: a.source, url: a.url, outlet: a.outlet, published: a.published,
    persons: doc.persons.map((e) => ({
      name: e.name, country: e.credit ? null : e.country, title: e.title, rank: e.rank,
      mentions: e.mentions.map((i) => doc.mentions[i]!).sort((x, y) => x.start - y.start).map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    events: doc.events.map((e) => {
      const s = doc.sentences[e.sentence]!;
      return {
        type: e.type, mode: e.type === "meeting" || e.type === "call" ? e.mode : null,
        date: e.date, dateEnd: e.dateEnd, location: e.location, locationCountry: e.locationCountry,
        participants: e.participants.map((p) => doc.persons[p]!.name),
        countries: e.countries, frameworks: e.frameworks, primary: e.primary,
        evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
        confidence: e.confidence,
      };
    }),
  };
}
