// The mentions of each sentence, by kind, grouped once per document: slot filling, recognizers and
// refiners ask for a sentence's persons, dates or places many times, and mentionsIn reads every
// mention of the kind for each question. Same answers, in the same order (that of doc.mentions).
import type { Doc, Mention, MentionKind, Sentence } from "../document.js";
import { mentionsIn } from "../document.js";

type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;

const NONE: readonly Mention[] = [];

// The document read last, its mentions as they were, and their groups: per kind, per sentence. A
// refiner may replace doc.mentions, and stages only append to it: either starts the groups over.
let last: { doc: Doc; mentions: Mention[]; count: number; groups: Map<MentionKind, (readonly Mention[])[]> } | null = null;

/** The mentions of `kind` inside `sentence`: mentionsIn(doc, kind, sentence), not to be changed. */
export function sentenceMentions<K extends MentionKind>(doc: Doc, kind: K, sentence: Sentence): readonly MentionOf<K>[] {
  if (last?.doc !== doc || last.mentions !== doc.mentions || last.count !== doc.mentions.length) {
    last = { doc, mentions: doc.mentions, count: doc.mentions.length, groups: groupBySentence(doc) };
  }
  return (last.groups.get(kind)?.[sentence.index] ?? NONE) as readonly MentionOf<K>[];
}

function groupBySentence(doc: Doc): Map<MentionKind, (readonly Mention[])[]> {
  const sentences = doc.sentences;
  const groups = new Map<MentionKind, (readonly Mention[])[]>();
  // Sentences follow one another without overlapping, so a mention lies in at most one, the last
  // that starts at or before it; were it not so, each sentence is read on its own.
  if (!sentences.every((s, i) => s.index === i && (i === 0 || sentences[i - 1]!.end <= s.start))) {
    for (const kind of new Set(doc.mentions.map((m) => m.kind))) groups.set(kind, sentences.map((s) => mentionsIn(doc, kind, s)));
    return groups;
  }
  for (const m of doc.mentions) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= m.start) lo = mid; else hi = mid - 1;
    }
    const s = sentences[lo];
    if (!s || s.start > m.start || m.end > s.end) continue;
    let ofKind = groups.get(m.kind);
    if (!ofKind) groups.set(m.kind, (ofKind = new Array<readonly Mention[]>(sentences.length).fill(NONE)));
    if (ofKind[lo] === NONE) ofKind[lo] = [];
    (ofKind[lo] as Mention[]).push(m);
  }
  return groups;
}
