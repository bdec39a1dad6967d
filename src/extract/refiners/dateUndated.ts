// An event whose sentence has no date takes the date of its paragraph, else the news day
// (the article reports the day's news: "held talks ..., the ministry said").
import type { Doc } from "../document.js";
import { mentionsIn } from "../document.js";

/** Sentences of the lead: an undated event there is the day's news, not a generic remark. */
export const LEAD_SENTENCES = 4;

export function dateUndated(doc: Doc): void {
  const newsDay = doc.article.dateline?.date ?? doc.article.published;
  for (const e of doc.events) {
    if (e.date) continue;
    if (e.sentence < LEAD_SENTENCES) e.anchored = true;
    const s = doc.sentences[e.sentence]!;
    // The nearest earlier sentence of the same paragraph that has a date.
    for (let i = e.sentence - 1; i >= 0 && doc.sentences[i]!.paragraph === s.paragraph; i--) {
      const d = mentionsIn(doc, "date", doc.sentences[i]!);
      if (d.length) { e.date = d[0]!.value; break; }
    }
    e.date ??= newsDay ?? null;
  }
}
