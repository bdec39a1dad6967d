// The stored record, back in the exchange format of ../shared/eval/FORMAT.md (one JSON object
// per article) or as one CSV row per event. Streams in id order, a bounded batch at a time.
import { stringify } from "csv-stringify/sync";
import { toRecord, type ArticleRecord } from "../../export/record.js";
import type { PersonResult } from "../../extract/result.js";
import type { Queryable } from "../database.js";
import { findEvents, type StoredEvent } from "./events.js";

const BATCH = 500;

interface ArticleRow { id: string; source: string; url: string | null; outlet: string | null; published: string | null }
interface PersonRow extends PersonResult { article_id: string }

/** Every stored article as a FORMAT.md record, in id order. */
export async function* exportRecords(db: Queryable): AsyncGenerator<ArticleRecord> {
  let after = "";
  for (;;) {
    const { rows: articles } = await db.query<ArticleRow>(
      "select id, source, url, outlet, published from articles where id > $1 order by id limit $2", [after, BATCH]);
    if (!articles.length) return;
    after = articles[articles.length - 1]!.id;
    const ids = articles.map((a) => a.id);
    const { rows: persons } = await db.query<PersonRow>(
      `select ap.article_id, p.name, ap.country, ap.title, ap.rank, ap.mentions
       from article_persons ap join persons p on p.id = ap.person_id where ap.article_id = any($1::text[])
       order by ap.article_id, ap.ordinal`, [ids]);
    const events = await findEvents(db, { articleIds: ids, order: "article" });
    for (const a of articles) {
      yield toRecord({
        ...a,
        persons: persons.filter((p) => p.article_id === a.id),
        events: events.filter((e) => e.articleId === a.id),
      });
    }
  }
}

export const CSV_COLUMNS = [
  "article_id", "date", "date_end", "type", "mode", "countries", "participants", "location", "location_country",
  "frameworks", "primary", "confidence", "evidence", "evidence_start", "evidence_end", "cluster", "outlet", "published", "source", "url",
] as const;

/** CSV text for events, one row each, lists joined with "; "; with the header line when asked. */
export function eventsCsv(events: StoredEvent[], header: boolean): string {
  const rows = events.map((e) => [
    e.articleId, e.date, e.dateEnd, e.type, e.mode, e.countries.join("; "), e.participants.join("; "), e.location, e.locationCountry,
    e.frameworks.join("; "), e.primary, e.confidence, e.evidence.text, e.evidence.start, e.evidence.end, e.cluster ?? null, e.outlet, e.published, e.source, e.url,
  ]);
  return stringify(header ? [[...CSV_COLUMNS], ...rows] : rows);
}

/** Every stored event, in article id order, a bounded batch at a time. */
export async function* exportEvents(db: Queryable): AsyncGenerator<StoredEvent[]> {
  let after = "";
  for (;;) {
    const { rows } = await db.query<{ id: string }>("select id from articles where id > $1 order by id limit $2", [after, BATCH]);
    if (!rows.length) return;
    after = rows[rows.length - 1]!.id;
    yield await findEvents(db, { articleIds: rows.map((r) => r.id), order: "article" });
  }
}
