// One stored article as an analyst reads it: its cleaned text, the persons it names with the
// offsets of each mention, and its events with their evidence offsets.
import type { Dateline } from "../../article.js";
import type { PersonResult } from "../../extract/result.js";
import type { Queryable } from "../database.js";
import { findEvents, type StoredEvent } from "./events.js";

export interface StoredArticle {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  dateline: Dateline | null;
  /** The cleaned text every offset refers to. */
  text: string;
  persons: (PersonResult & { id: number })[];
  events: StoredEvent[];
}

export async function findArticle(db: Queryable, id: string): Promise<StoredArticle | null> {
  const { rows } = await db.query<{ id: string; source: string; url: string | null; outlet: string | null; published: string | null; dateline: Dateline | null; text: string }>(
    "select id, source, url, outlet, published, dateline, text from articles where id = $1", [id]);
  const a = rows[0];
  if (!a) return null;
  const persons = await db.query<PersonResult & { id: number }>(
    `select p.id, p.name, ap.country, ap.title, ap.rank, ap.mentions
     from article_persons ap join persons p on p.id = ap.person_id where ap.article_id = $1 order by ap.ordinal`, [id]);
  const events = await findEvents(db, { articleIds: [id], order: "article" });
  return { ...a, persons: persons.rows, events };
}
