// The shapes the API returns (see /api/openapi.json).
export type EventType = "meeting" | "call" | "visit" | "exercise" | "agreement" | "port_call";
export const EVENT_TYPES: EventType[] = ["meeting", "call", "visit", "exercise", "agreement", "port_call"];

export interface Span { start: number; end: number; text: string }

export interface StoredEvent {
  id: string; articleId: string; report: string; type: EventType; mode: string | null; date: string | null; dateEnd: string | null;
  location: string | null; locationCountry: string | null; participants: string[]; countries: string[]; frameworks: string[];
  primary: boolean; confidence: number; evidence: Span; cluster: string | null; source: string; url: string | null;
  outlet: string | null; published: string | null; clusterReports?: number;
}

export interface EventList { total: number; totalExact: boolean; limit: number; offset: number; events: StoredEvent[] }
export interface FacetValue { value: string; count: number }
export type Facets = Record<"country" | "dyad" | "type" | "mode" | "framework" | "year" | "outlet", FacetValue[]>;

export interface YearCount { year: string; key: string; count: number }
export interface Stats { articles: number; events: number; persons: number; clusters: number; byType: YearCount[]; byDyad: YearCount[] }

export interface TimelineEvent {
  cluster: string | null; date: string | null; dateEnd: string | null; type: EventType; mode: string | null; countries: string[];
  participants: string[]; location: string | null; frameworks: string[]; reports: number; evidence: string;
}
export interface Timeline { truncated: boolean; events: TimelineEvent[]; years: YearCount[] }

export interface RealWorldEvent {
  cluster: string;
  merged: Omit<StoredEvent, "id" | "articleId" | "report" | "source" | "url" | "outlet" | "published">;
  reports: StoredEvent[];
  outlets: string[];
}

export interface ArticlePerson { id: number; name: string; country: string | null; title: string | null; rank: string | null; mentions: Span[] }
export interface Article {
  id: string; source: string; url: string | null; outlet: string | null; published: string | null; text: string;
  persons: ArticlePerson[]; events: StoredEvent[];
}

export interface ListedPerson { id: number; name: string; country: string | null; engagements: number }
export interface PersonList { total: number; limit: number; offset: number; persons: ListedPerson[] }
export interface Dossier {
  id: number; name: string; country: string | null; names: string[];
  posts: { title: string; firstSeen: string | null; lastSeen: string | null; articles: string[] }[];
  /** The latest, newest first; engagementsTotal counts them all. */
  engagements: StoredEvent[];
  engagementsTotal: number;
  counterparts: { name: string; country: string | null; engagements: number }[];
  counterpartsTotal: number;
}

export interface Network {
  kind: "persons" | "states";
  nodes: { id: string; label: string; country: string | null; weight: number }[];
  edges: { source: string; target: string; weight: number }[];
  /** Ties under the filter, of which `edges` are the heaviest. */
  ties: number;
  /** Edges asked for (the address's, or the default), the API's default and the most it gives. */
  edgeLimits: { asked: number; default: number; max: number };
}

export interface IngestResult {
  read: number; new: number; unchanged: number; updated: number; skipped: number;
  problems: { source: string; line?: number; reason: string }[];
  articles: string[]; events: StoredEvent[];
}

/** An analyst's correction (see src/store/corrections.ts): reports are "ARTICLE#N", N from 1. */
export type Correction =
  | { kind: "person-merge"; keep: string; merge: string }
  | { kind: "person-split"; name: string; articles: string[]; as: string }
  | { kind: "event-merge"; report: string; into: string }
  | { kind: "event-split"; report: string }
  | { kind: "event-reject"; report: string };

export interface StoredCorrection {
  id: number; at: string; reason: string; correction: Correction; description: string;
  /** False when what it names is not (or no longer) in the store. */
  applies: boolean;
}
