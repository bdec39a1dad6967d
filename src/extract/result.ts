// What extraction returns for one article: entities and events with evidence offsets.

export type EventType = "meeting" | "call" | "visit" | "exercise" | "agreement" | "port_call";
export type EventMode = "in_person" | "video" | "phone";

/** A character range in `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface PersonResult {
  /** Canonical name. */
  name: string;
  country: string | null;
  title: string | null;
  rank: string | null;
  /** Surface forms with where they stand in the text. */
  mentions: (Span & { text: string })[];
}

export interface EventResult {
  type: EventType;
  mode: EventMode | null;
  date: string | null;
  dateEnd: string | null;
  location: string | null;
  locationCountry: string | null;
  /** Canonical names of the persons taking part. */
  participants: string[];
  /** ISO codes, sorted. */
  countries: string[];
  frameworks: string[];
  primary: boolean;
  /** The sentence that supports the event. */
  evidence: Span & { text: string };
  /** 0..1: how sure the recognizer that found it is. */
  confidence: number;
  /** The real-world event this report belongs to, once clustered (in the store); absent before. */
  cluster?: string | null;
}

export interface DocResult {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  persons: PersonResult[];
  events: EventResult[];
}
