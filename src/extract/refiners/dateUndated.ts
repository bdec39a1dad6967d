// An event whose sentence has no date takes the date of its paragraph, else the news day
// (the article reports the day's news: "held talks ..., the ministry said").
import type { Doc } from "../document.js";
import { sentenceMentions } from "../events/sentenceMentions.js";

/** Body sentences in the lead: an undated event there is the day's news, not a generic remark. */
export const LEAD_SENTENCES = 3;

/** A sentence of the story itself, not a headline, caption or page line: it ends as a sentence does. */
const BODY_SENTENCE = /^(?:\S+\s+){5,}\S*[.!?]["”’)]?$/s;

/** The index of the first sentence past the lead: headlines and page lines, then LEAD_SENTENCES body sentences. */
function leadEnd(doc: Doc): number {
  let body = 0;
  for (const s of doc.sentences) {
    if (BODY_SENTENCE.test(doc.text.slice(s.start, s.end)) && ++body === LEAD_SENTENCES) return s.index + 1;
  }
  return doc.sentences.length;
}

/** "Earlier in the day", "later that day": the day of the event reported before. */
const SAME_DAY = /\b(?:earlier|later) (?:in|on) the day\b|\b(?:earlier|later) that day\b|\bthe same day\b/i;

export function dateUndated(doc: Doc): void {
  const newsDay = doc.article.dateline?.date ?? doc.article.published;
  // Read only when an event lacks a date: most articles date all theirs.
  let lead: number | undefined;
  for (const [i, e] of doc.events.entries()) {
    if (e.date) continue;
    const s0 = doc.sentences[e.sentence]!;
    if (SAME_DAY.test(doc.text.slice(s0.start, s0.end))) {
      // A visit or an exercise is dated by its first day, not the day of its latest news.
      const before = doc.events.slice(0, i).reverse().find((x) => x.anchored && x.date?.length === 10 && x.sentence < e.sentence && x.type !== "visit" && x.type !== "exercise");
      if (before) { e.date = before.date; e.anchored = true; continue; }
    }
    if (e.sentence < (lead ??= leadEnd(doc))) e.anchored = true;
    const s = doc.sentences[e.sentence]!;
    // The nearest earlier sentence of the same paragraph that has a date.
    for (let i = e.sentence - 1; i >= 0 && doc.sentences[i]!.paragraph === s.paragraph; i--) {
      const d = sentenceMentions(doc, "date", doc.sentences[i]!);
      if (d.length) { e.date = d[0]!.value; break; }
    }
    // A visit under way spans days: the news day does not date it, its month does.
    e.date ??= (e.type === "visit" ? newsDay?.slice(0, 7) : newsDay) ?? null;
  }
}
