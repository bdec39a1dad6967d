// The events the article is written to report (primary) versus ones it recalls in passing:
// recalled events lie before the news day's month, or are anchored by "last month", "in 2012".
import type { Doc } from "../document.js";

export function markPrimary(doc: Doc): void {
  const newsDay = doc.article.dateline?.date ?? doc.article.published;
  for (const e of doc.events) {
    if (!newsDay || !e.date) { e.primary = true; continue; }
    if (e.date.length === 10 && newsDay.length === 10) {
      const days = (Date.parse(newsDay) - Date.parse(e.date)) / 86400000;
      e.primary = days <= 7 && days >= -1;
    } else {
      e.primary = e.date.slice(0, 7) === newsDay.slice(0, 7) && e.date.length >= 7;
    }
  }
}
