// One identity per person across articles: names that differ only in transliteration, accents,
// hyphens or word order ("Sergey Ivanovsky" and "Sergei Ivanovsky", "Zhang Wei" and "Wei
// Zhang") are one stored person, named as first stored. Known persons already come out of
// extraction under their canonical name; this joins the spellings of persons no file knows.
import { personKey } from "../knowledge/nameKey.js";
import type { Queryable } from "./database.js";
import type { ExtractedArticle } from "./saveArticles.js";

/** Renames, in place, the persons and participants of `batch` to the stored (or first seen) name
 * of their identity; returns the identity key of every name the batch now holds. */
export async function joinIdentities(tx: Queryable, batch: ExtractedArticle[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const { result } of batch) {
    for (const p of result.persons) keys.set(p.name, personKey(p.name));
    for (const e of result.events) for (const n of e.participants) keys.set(n, personKey(n));
  }
  if (!keys.size) return new Map();
  const nameOfKey = new Map<string, string>();
  const { rows } = await tx.query<{ key: string; name: string }>(
    "select distinct on (key) key, name from persons where key = any($1::text[]) order by key, id", [[...new Set(keys.values())]]);
  for (const r of rows) nameOfKey.set(r.key, r.name);
  for (const [name, key] of keys) if (!nameOfKey.has(key)) nameOfKey.set(key, name);
  const canonical = (name: string) => nameOfKey.get(keys.get(name)!)!;
  for (const { result } of batch) {
    for (const p of result.persons) p.name = canonical(p.name);
    for (const e of result.events) e.participants = [...new Set(e.participants.map(canonical))];
  }
  return new Map([...nameOfKey].map(([key, name]) => [name, key]));
}

/** Fills the identity key of persons stored before keys were kept (migration 6). */
export async function fillPersonKeys(tx: Queryable): Promise<void> {
  const { rows } = await tx.query<{ id: number; name: string }>("select id, name from persons where key is null");
  if (!rows.length) return;
  await tx.query(
    "update persons p set key = x.key from jsonb_to_recordset($1::jsonb) as x(id int, key text) where p.id = x.id",
    [JSON.stringify(rows.map((r) => ({ id: r.id, key: personKey(r.name) })))],
  );
}
