// In-article coreference, step 3: a person referred to by title only, resolved when the
// article makes it clear: "the chief of Russia's General Staff", "the Chinese commander".
import type { Doc, PersonMention } from "../document.js";
import { literalPrefilter } from "../../requiredLiterals.js";
import { firstMentionAt, lastMentionBefore } from "./mentionOrder.js";

/** A pattern's words matched whatever the case of their first letter, so the rest of the
 * pattern can go without the i flag, under which \p{Lu} would match any letter and every word
 * of the text would start a match attempt. */
const caseless = (words: string) => words.replace(/(?<![[\]\w])([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);

const TITLE_REFERENCE = new RegExp(
  `\\b${caseless("(?:the|his|her)")}\\s+((?:(?:${caseless("new|visiting|top")}|\\p{Lu}[\\p{L}]+)\\s+){0,3}?)(${caseless("defen[cs]e minister|defen[cs]e chief|minister of defen[cs]e|minister|commander|general|admiral|counterpart|president")}|${caseless("chief of (?:the )?")}[\\p{L}’' ]{0,30}?${caseless("general staff")}|${caseless("head of (?:the )?")}[\\p{L}’' ]{0,20}?${caseless("(?:navy|army|air force)")})\\b`, "gu");

const PLURAL_HEAD = caseless("defen[cs]e ministers|defen[cs]e chiefs|ministers of defen[cs]e|chiefs of (?:the )?general staffs?|chiefs of general staff|presidents|navy chiefs|army chiefs");
const PLURAL_TITLE_REFERENCE = new RegExp(
  `\\b(?:${caseless("the")}\\s+)?(?:\\p{Lu}\\p{L}+\\s+and\\s+(?:the\\s+)?\\p{Lu}\\p{L}+\\s+(${PLURAL_HEAD})|(${PLURAL_HEAD})\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+\\s+and\\s+(?:the\\s+)?\\p{Lu}\\p{L}+)\\b`, "gu");

/** Plural titles are rare: most texts are passed over by their literals. */
const PLURAL_TITLE_PREFILTER = literalPrefilter(PLURAL_TITLE_REFERENCE);

// The word of the title that must also be in the entity's own title for a match.
function headWord(head: string): string {
  const h = head.toLowerCase();
  if (h.includes("general staff")) return "staff";
  if (h.includes("minister") || h.includes("defen")) return "minist";
  if (h.startsWith("head of")) return h.split(/\s+/).pop()!;
  return h;
}

/** The person of `country` whose title fits `head`, mentioned most recently before `offset` (else first after). */
function personByTitle(doc: Doc, country: string, head: string, offset: number): number | null {
  const candidates = doc.persons
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.country === country && !e.credit);
  if (!candidates.length) return null;
  const fitting = candidates.filter(({ e }) => (e.title ?? "").toLowerCase().includes(head) || (e.rank ?? "").toLowerCase().includes(head));
  const pool = fitting.length ? fitting : head === "counterpart" || candidates.length === 1 ? candidates : [];
  if (!pool.length) return null;
  const firstAt = (i: number) => firstMentionAt(doc, i);
  const before = pool.filter(({ i }) => firstAt(i) < offset).sort((a, b) => lastMentionBefore(doc, b.i, offset) - lastMentionBefore(doc, a.i, offset));
  return (before[0] ?? pool.sort((a, b) => firstAt(a.i) - firstAt(b.i))[0]!).i;
}

function addTitleMention(doc: Doc, start: number, end: number, title: string, country: string, entity: number): void {
  let tokenStart = doc.tokens.findIndex((t) => t.start >= start);
  if (tokenStart < 0) tokenStart = doc.tokens.length;
  let tokenEnd = tokenStart;
  while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd]!.end <= end) tokenEnd++;
  const e = doc.persons[entity]!;
  const mention: PersonMention = {
    kind: "person", start, end, text: doc.text.slice(start, end), tokenStart, tokenEnd, fullName: null, surname: e.surname,
    source: "title", rank: null, title, country, entity,
  };
  e.mentions.push(doc.mentions.length);
  doc.mentions.push(mention);
}

const countriesWithin = (doc: Doc, start: number, end: number) =>
  doc.mentions.filter((x) => x.kind === "country" && x.start >= start && x.end <= end).map((x) => (x as { code: string }).code);

export function resolveTitleReferences(doc: Doc): void {
  if (!doc.persons.length) return;
  for (const m of doc.text.matchAll(TITLE_REFERENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    // "his Chinese counterpart Liu Zhenli" names the person: not a title-only reference.
    const nextPerson = doc.mentions.find((x) => x.kind === "person" && x.start >= end && x.start <= end + 2);
    if (nextPerson) continue;
    if (doc.mentions.some((x) => x.kind === "person" && x.start < end && start < x.end)) continue;
    const countries = countriesWithin(doc, start, end);
    const orgCountries = doc.mentions.filter((x) => x.kind === "organisation" && x.start >= start && x.end <= end).map((x) => (x as { country: string | null }).country);
    const country = countries[0] ?? orgCountries.find(Boolean) ?? null;
    if (!country || new Set(countries).size > 1) continue;
    const entity = personByTitle(doc, country, headWord(m[2]!), start);
    if (entity !== null) addTitleMention(doc, start, end, m[2]!, country, entity);
  }
  // "Chinese and Russian defense ministers met", "the defense ministers of Russia and China":
  // one title for a person of each state.
  const plurals = PLURAL_TITLE_PREFILTER && !PLURAL_TITLE_PREFILTER.test(doc.text) ? [] : doc.text.matchAll(PLURAL_TITLE_REFERENCE);
  for (const m of plurals) {
    const start = m.index;
    const end = start + m[0].length;
    if (doc.mentions.some((x) => x.kind === "person" && x.start < end + 3 && start < x.end)) continue;
    const countries = [...new Set(countriesWithin(doc, start, end))];
    if (countries.length !== 2) continue;
    const head = headWord((m[1] ?? m[2])!.replace(/s$/, ""));
    const entities = countries.map((c) => personByTitle(doc, c, head, start));
    if (entities.some((e) => e === null)) continue;
    countries.forEach((c, i) => addTitleMention(doc, start, end, m[0], c, entities[i]!));
  }
}
