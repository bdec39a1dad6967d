// The one object every extraction stage reads and annotates (spaCy's Doc idea):
// the text is tokenized and split into sentences once; stages add spans with offsets.
import type { Article } from "../article.js";
import type { EventType, EventMode, Span } from "./result.js";
import { mentionIndex } from "./mentionIndex.js";

export interface Token extends Span {
  text: string;
  /** Lower-cased text, for case-insensitive gazetteers. */
  lower: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of its first token and one past its last. */
  tokenStart: number;
  tokenEnd: number;
  /** Paragraph number: sentences in one paragraph share context (dates, places). */
  paragraph: number;
}

export type MentionKind =
  | "country" | "place" | "framework" | "organisation" | "rank" | "post" | "person" | "date" | "credit";

interface MentionBase extends Span {
  kind: MentionKind;
  text: string;
  /** Token range of the mention. */
  tokenStart: number;
  tokenEnd: number;
}

export interface CountryMention extends MentionBase {
  kind: "country";
  code: string;
  /** How the state is named: a "name" (Russia), "demonym" (Russian), "force" (PLA) or "capital" (Moscow). */
  form: "name" | "demonym" | "force" | "capital";
}
export interface PlaceMention extends MentionBase { kind: "place"; name: string; country: string | null; placeKind: string }
export interface FrameworkMention extends MentionBase { kind: "framework"; name: string }
export interface OrganisationMention extends MentionBase { kind: "organisation"; name: string; country: string | null }
export interface RankMention extends MentionBase { kind: "rank"; rank: string }
export interface PostMention extends MentionBase { kind: "post"; post: string; official: boolean }

/** A date expression resolved against the publication date, at the precision the text supports. */
export interface DateMention extends MentionBase {
  kind: "date";
  /** ISO: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  end_value: string | null;
  /** The expression is relative to the publication day ("on Thursday", "last month"). */
  relative: boolean;
}

export interface PersonMention extends MentionBase {
  kind: "person";
  /** Canonical name when the mention names the person in full (or by a known alias); null for partial forms. */
  fullName: string | null;
  /** Family name, for later surname references. */
  surname: string;
  /** How it was found: a knowledge alias, rank/post before a new name, surname or title only, ... */
  source: "known" | "titled" | "appositive" | "pattern" | "surname" | "title";
  /** Rank and post seen right around the mention. */
  rank: string | null;
  title: string | null;
  country: string | null;
  /** Set by coreference: the index into Doc.persons. */
  entity: number | null;
}

export type Mention =
  | CountryMention | PlaceMention | FrameworkMention | OrganisationMention
  | RankMention | PostMention | DateMention | PersonMention;

/** One person of the article after in-article coreference. */
export interface PersonEntity {
  name: string;
  surname: string;
  country: string | null;
  title: string | null;
  rank: string | null;
  /** Indexes into Doc.mentions. */
  mentions: number[];
  /** Found in a credit line (byline, photo credit): serves no state in the story. */
  credit: boolean;
}

export interface EventCandidate {
  type: EventType;
  mode: EventMode | null;
  sentence: number;
  /** The words that triggered it. */
  trigger: Span;
  date: string | null;
  dateEnd: string | null;
  location: string | null;
  locationCountry: string | null;
  participants: number[];
  countries: string[];
  frameworks: string[];
  primary: boolean;
  confidence: number;
  /** The date came from the text near the event, or the event is in the lead: not a generic mention. */
  anchored: boolean;
  /** Extra facts a recognizer read off its pattern (a visit's destination, an exercise's or a multilateral meeting's name). */
  destination: string | null;
  name: string | null;
  /** The states the sentence sets as the two sides: the first one it names and the partner "with" the trigger. */
  sides: string[];
}

export interface Doc {
  article: Article;
  text: string;
  /** Reference day for relative dates (publication, else dateline), as a UTC date. */
  reference: Date | null;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  persons: PersonEntity[];
  events: EventCandidate[];
}

/** Mentions of a kind inside a span, in the order of doc.mentions. */
export function mentionsIn<K extends MentionKind>(doc: Doc, kind: K, span: Span): Extract<Mention, { kind: K }>[] {
  const ofKind = (mentionIndex(doc).byKind.get(kind) ?? []) as Extract<Mention, { kind: K }>[];
  return ofKind.filter((m) => m.start >= span.start && m.end <= span.end);
}
