// Lookups of a document's mentions by kind and by token, so that the questions recognizers and
// events ask for every name or sentence ("does a person cover these tokens?", "the dates of this
// sentence") do not scan all mentions each time. Stages only ever append to doc.mentions (a refiner
// may replace the array), and never change a mention's kind or tokens: the index takes in the
// mentions added since it was last asked, and starts over for a new array.
import type { Doc, Mention, MentionKind, Token } from "./document.js";

export interface MentionIndex {
  /** Mentions of each kind, in the order of doc.mentions. */
  byKind: Map<MentionKind, Mention[]>;
  /** Per token: covered by a person mention. */
  personTokens: Uint8Array;
  /** Mentions that cover no token, which the token marks miss (title references can be such). */
  empty: Mention[];
  /** Per token: covered by a place, organisation, framework or country not named by its demonym. */
  otherNameTokens: Uint8Array;
  /** By token: the mentions (not persons or dates) that start there, in the order of doc.mentions. */
  titleMentionsByStart: Map<number, Mention[]>;
  /** By token: the last mention (not a person or date) that ends there. */
  lastTitleMentionByEnd: Map<number, Mention>;
}

interface State extends MentionIndex {
  mentions: Mention[];
  tokens: Token[];
  count: number;
}

// The document read last and its index: stages read one document after another. (A WeakMap
// by document would keep every document's index until a full collection, doubling the heap.)
let last: { doc: Doc; state: State } | null = null;

/** The index of doc.mentions as they are now. */
export function mentionIndex(doc: Doc): MentionIndex {
  let state = last?.doc === doc ? last.state : undefined;
  if (!state || state.mentions !== doc.mentions || state.tokens !== doc.tokens) {
    const n = doc.tokens.length;
    state = {
      mentions: doc.mentions, tokens: doc.tokens, count: 0,
      byKind: new Map(), personTokens: new Uint8Array(n), empty: [], otherNameTokens: new Uint8Array(n),
      titleMentionsByStart: new Map(), lastTitleMentionByEnd: new Map(),
    };
    last = { doc, state };
  }
  for (; state.count < doc.mentions.length; state.count++) add(state, doc.mentions[state.count]!);
  return state;
}

function add(state: State, m: Mention): void {
  let list = state.byKind.get(m.kind);
  if (!list) state.byKind.set(m.kind, (list = []));
  list.push(m);
  if (m.tokenStart >= m.tokenEnd) state.empty.push(m);
  if (m.kind === "person") {
    state.personTokens.fill(1, m.tokenStart, m.tokenEnd);
  } else if (m.kind !== "date") {
    if (isOtherName(m)) state.otherNameTokens.fill(1, m.tokenStart, m.tokenEnd);
    const starting = state.titleMentionsByStart.get(m.tokenStart);
    if (starting) starting.push(m); else state.titleMentionsByStart.set(m.tokenStart, [m]);
    state.lastTitleMentionByEnd.set(m.tokenEnd, m);
  }
}

/** A name that a person's name cannot be part of: a place, organisation, framework or country (not its demonym). */
export function isOtherName(m: Mention): boolean {
  return m.kind === "place" || m.kind === "organisation" || m.kind === "framework" || (m.kind === "country" && m.form !== "demonym");
}

/** True when a mention that passes `test` covers any token of [tokenStart, tokenEnd); `marks` are the tokens such mentions cover. */
export function overlapsMarked(index: MentionIndex, marks: Uint8Array, test: (m: Mention) => boolean, tokenStart: number, tokenEnd: number): boolean {
  for (let t = Math.max(0, tokenStart); t < tokenEnd && t < marks.length; t++) if (marks[t]) return true;
  return index.empty.some((m) => test(m) && m.tokenStart < tokenEnd && tokenStart < m.tokenEnd);
}
