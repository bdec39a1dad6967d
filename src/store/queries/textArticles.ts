// A text search over events is a search over their articles. Few matching articles are found at
// once through the search index, and their events read by article; checking each event's article
// in date order instead reads the whole store before it gives up on a rare word. Many matching
// articles (a common word) are dense among the events: there the walk by date finds a page soon.
import type { Queryable } from "../database.js";
import type { EventFilter } from "./events.js";

/** Up to this many matching articles (`few`), a search starts from them. */
export const FEW_ARTICLES = 2000;

export interface TextArticles {
  /** The filter with its text replaced by the matching articles' ids when few, else marked common. */
  filter: EventFilter;
  /** The ids of the first `few` + 1 matching articles, when there are more than `few`. */
  some: string[] | null;
}

export async function textArticles(db: Queryable, filter: EventFilter, few = FEW_ARTICLES): Promise<TextArticles> {
  // Looked up already: its articles are in the filter, or it is marked common.
  if (!filter.text || filter.articleIds || filter.textCommon) return { filter, some: null };
  const { rows } = await db.query<{ id: string }>(
    "select id from articles_matching(websearch_to_tsquery('english', $1), $2::int) as m(id)", [filter.text, few + 1]);
  const ids = rows.map((r) => r.id);
  if (ids.length > few) return { filter: { ...filter, textCommon: true }, some: ids };
  const { text, ...rest } = filter;
  return { filter: { ...rest, articleIds: ids }, some: null };
}
