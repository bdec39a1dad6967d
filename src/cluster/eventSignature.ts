// What clustering compares of an event: its type, the days its date can stand for, its states,
// its participants as transliteration-proof keys, an exercise's edition name and its place.
import type { RecordEvent } from "../export/record.js";
import { exerciseNameIn } from "../extract/events/exerciseName.js";
import { personKey } from "../knowledge/nameKey.js";

/** The fields of an exported event (../shared/eval/FORMAT.md) that clustering reads. */
export type ClusterableEvent = Pick<RecordEvent, "type" | "date" | "date_end" | "location" | "location_country" | "participants" | "countries" | "evidence">;

export interface EventSignature {
  /** The reporting article: a cluster holds at most one event of each. */
  article: string;
  type: string;
  date: string | null;
  /** First and last day (days since 1970) the date and date_end can stand for; null when undated. */
  first: number | null;
  last: number | null;
  /** Last day the article can report on (its publication day), when known. */
  reportedBy: number | null;
  countries: string[];
  /** Participants as personKey. */
  persons: string[];
  /** An exercise's edition ("joint sea 2012"), folded; null when the evidence names none. */
  edition: string | null;
  place: string | null;
  placeCountry: string | null;
}

const DAY = 86_400_000;

/** Days since 1970 of the first and last day an ISO date of any precision stands for. */
export function dayRange(iso: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY;
    return [d, d];
  }
  if (m[2]) {
    const month = Number(m[2]) - 1;
    return [Date.UTC(y, month, 1) / DAY, Date.UTC(y, month + 1, 0) / DAY];
  }
  return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
}

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** The edition an exercise's evidence names ("joint sea 2012"), folded; null when it names none. */
export function exerciseEdition(evidence: string): string | null {
  const edition = exerciseNameIn(evidence);
  return edition ? fold(edition.name) : null;
}

export function eventSignature(article: string, published: string | null, e: ClusterableEvent): EventSignature {
  const range = e.date ? dayRange(e.date) : null;
  const endRange = e.date_end ? dayRange(e.date_end) : null;
  const reported = published ? dayRange(published) : null;
  return {
    article,
    type: e.type,
    date: e.date,
    first: range ? range[0] : null,
    last: range ? Math.max(range[1], endRange ? endRange[1] : range[1]) : null,
    reportedBy: reported ? reported[1] : null,
    countries: [...e.countries].sort(),
    persons: [...new Set(e.participants.map(personKey))],
    edition: e.type === "exercise" ? exerciseEdition(e.evidence) : null,
    place: e.location ? fold(e.location) : null,
    placeCountry: e.location_country,
  };
}
