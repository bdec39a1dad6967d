// The exchange record of ../shared/eval/FORMAT.md: one JSON object per article.
import type { DocResult } from "../extract/result.js";

export interface RecordPerson {
  name: string;
  country: string | null;
  title: string | null;
  rank: string | null;
  mentions: string[];
}

export interface RecordEvent {
  type: string;
  mode: string | null;
  date: string | null;
  date_end: string | null;
  location: string | null;
  location_country: string | null;
  participants: string[];
  countries: string[];
  frameworks: string[];
  primary: boolean;
  cluster: string | null;
  evidence: string;
  evidence_start: number;
  evidence_end: number;
  confidence: number;
}

export interface ArticleRecord {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  persons: RecordPerson[];
  events: RecordEvent[];
}

export function toRecord(doc: DocResult): ArticleRecord {
  return {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    outlet: doc.outlet,
    published: doc.published,
    persons: doc.persons.map((p) => ({
      name: p.name,
      country: p.country,
      title: p.title,
      rank: p.rank,
      mentions: [...new Set(p.mentions.map((m) => m.text))],
    })),
    events: doc.events.map((e) => ({
      type: e.type,
      mode: e.mode,
      date: e.date,
      date_end: e.dateEnd,
      location: e.location,
      location_country: e.locationCountry,
      participants: e.participants,
      countries: e.countries,
      frameworks: e.frameworks,
      primary: e.primary,
      cluster: e.cluster ?? null,
      evidence: e.evidence.text,
      evidence_start: e.evidence.start,
      evidence_end: e.evidence.end,
      confidence: e.confidence,
    })),
  };
}
