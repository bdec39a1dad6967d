// In-article coreference, step 3: a person referred to by title only, resolved when the
// article makes it clear: "the chief of Russia's General Staff", "the Chinese commander".
import type { Doc, PersonMention } from "../document.js";

const TITLE_REFERENCE = /\b(?:the|his|her)\s+((?:(?:new|visiting|top|\p{Lu}[\p{L}]+)\s+){0,3}?)(defen[cs]e minister|defen[cs]e chief|minister of defen[cs]e|minister|commander|general|admiral|counterpart|president|chief of (?:the )?[\p{L}’' ]{0,30}?general staff|head of (?:the )?[\p{L}’' ]{0,20}?(?:navy|army|air force))\b/giu;

// The word of the title that must also be in the entity's own title for a match.
function headWord(head: string): string {
  const h = head.toLowerCase();
  if (h.includes("general staff")) return "staff";
  if (h.includes("minister") || h.includes("defen")) return "minist";
  if (h.startsWith("head of")) return h.split(/\s+/).pop()!;
  return h;
}

export function resolveTitleReferences(doc: Doc): void {
  if (!doc.persons.length) return;
  for (const m of doc.text.matchAll(TITLE_REFERENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    // "his Chinese counterpart Liu Zhenli" names the person: not a title-only reference.
    const nextPerson = doc.mentions.find((x) => x.kind === "person" && x.start >= end && x.start <= end + 2);
    if (nextPerson) continue;
    if (doc.mentions.some((x) => x.kind === "person" && x.start < end && start < x.end)) continue;
    const countries = doc.mentions.filter((x) => x.kind === "country" && x.start >= start && x.end <= end).map((x) => (x as { code: string }).code);
    const orgCountries = doc.mentions.filter((x) => x.kind === "organisation" && x.start >= start && x.end <= end).map((x) => (x as { country: string | null }).country);
    const country = countries[0] ?? orgCountries.find(Boolean) ?? null;
    if (!country || new Set(countries).size > 1) continue;
    const head = headWord(m[2]!);
    const candidates = doc.persons
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.country === country && !e.credit);
    if (!candidates.length) continue;
    const fitting = candidates.filter(({ e }) => (e.title ?? "").toLowerCase().includes(head) || (e.rank ?? "").toLowerCase().includes(head));
    const pool = fitting.length ? fitting : head === "counterpart" || candidates.length === 1 ? candidates : [];
    if (!pool.length) continue;
    // The most recently named before the reference, else the first named after it.
    const firstAt = (i: number) => Math.min(...doc.persons[i]!.mentions.map((x) => doc.mentions[x]!.start));
    const before = pool.filter(({ i }) => firstAt(i) < start).sort((a, b) => lastBefore(doc, b.i, start) - lastBefore(doc, a.i, start));
    const chosen = before[0] ?? pool.sort((a, b) => firstAt(a.i) - firstAt(b.i))[0]!;
    let tokenStart = doc.tokens.findIndex((t) => t.start >= start);
    if (tokenStart < 0) tokenStart = doc.tokens.length;
    let tokenEnd = tokenStart;
    while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd]!.end <= end) tokenEnd++;
    const mention: PersonMention = {
      kind: "person", start, end, text: m[0], tokenStart, tokenEnd, fullName: null, surname: chosen.e.surname,
      source: "title", rank: null, title: m[2]!, country, entity: chosen.i,
    };
    chosen.e.mentions.push(doc.mentions.length);
    doc.mentions.push(mention);
  }
}

function lastBefore(doc: Doc, entity: number, offset: number): number {
  let best = -1;
  for (const x of doc.persons[entity]!.mentions) { const s = doc.mentions[x]!.start; if (s < offset && s > best) best = s; }
  return best;
}
