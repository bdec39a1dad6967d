// In-article coreference, step 1: one entity per person named in full. Variant spellings of one
// name ("Nikolay Makarov", "Nikolai Makarov") and near-misses of a known person become one entity.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { familyNameOf } from "../../knowledge/compile.js";
import { editDistance, nameKey } from "../../knowledge/nameKey.js";
import type { Doc, PersonEntity, PersonMention } from "../document.js";
import { appositionAfter, titleBefore } from "../recognizers/personContext.js";

/** A known person whose family name matches and whose given name is a near spelling. */
function nearKnown(fullName: string, k: CompiledKnowledge) {
  const surname = familyNameOf(fullName, k.familyNamesFirst);
  const candidates = k.personsBySurname.get(nameKey(surname)) ?? [];
  const given = nameKey(fullName.replace(surname, ""));
  for (const p of candidates) {
    const pGiven = nameKey(p.name.replace(familyNameOf(p.name, k.familyNamesFirst), ""));
    if (given && pGiven && given[0] === pGiven[0] && editDistance(given, pGiven, 2) <= 2) return p;
  }
  return undefined;
}

const SERVICE = /\b(?:Navy|Naval|Army|Air Force|Marines?|Coast Guard)\b/gi;

/** The title with the ranks in it taken out: "Chief of Naval Staff Admiral" → "Chief of Naval Staff". */
function withoutRank(ranks: string[], title: string): string {
  let out = title;
  for (const rank of ranks) if (out.includes(rank)) out = out.replace(rank, " ");
  return out.replace(/\s+/g, " ").trim();
}

/** "Navy Capt.", "Lt. Gen.": a rank and a service, no role. */
function isRankOnly(ranks: string[], title: string): boolean {
  const role = withoutRank(ranks, title);
  return role.replace(SERVICE, "").trim() === "" || (role === title && /^(?:\p{Lu}\p{L}*\.\s*)+$/u.test(title));
}

export function buildEntities(doc: Doc, k: CompiledKnowledge): void {
  const byKey = new Map<string, number>();
  const persons = doc.mentions
    .map((m, i) => [m, i] as const)
    .filter((x): x is readonly [PersonMention, number] => x[0].kind === "person" && x[0].fullName !== null)
    .sort((a, b) => a[0].start - b[0].start);
  for (const [m, index] of persons) {
    let name = m.fullName!;
    let country = m.country;
    if (m.source !== "known") {
      const known = nearKnown(name, k);
      if (known) { name = known.name; country = known.country; m.fullName = name; }
    }
    const key = nameKey(name);
    let entityIndex = byKey.get(key);
    if (entityIndex === undefined) {
      entityIndex = doc.persons.length;
      byKey.set(key, entityIndex);
      const entity: PersonEntity = {
        name, surname: m.surname, country, title: m.title, rank: m.rank, mentions: [], credit: false,
      };
      doc.persons.push(entity);
    }
    const e = doc.persons[entityIndex]!;
    e.mentions.push(index);
    e.country ??= country;
    e.title ??= m.title;
    e.rank ??= m.rank;
    m.entity = entityIndex;
  }
  // A known person is found by name alone; the title and rank around a mention still say who they are.
  const ranks = doc.mentions.filter((m) => m.kind === "rank").map((m) => m.text);
  for (const e of doc.persons) {
    if (e.title && isRankOnly(ranks, e.title)) e.title = null;
    if (e.title && e.rank) continue;
    for (const i of e.mentions) {
      const m = doc.mentions[i]!;
      // The apposition states the role in full ("Capt. Ross Myers, commander of Carrier Air Wing 5").
      for (const context of [appositionAfter(doc, m.tokenEnd), titleBefore(doc, m.tokenStart)]) {
        if (!context) continue;
        e.rank ??= context.rank;
        // A title is the role, not the rank ("Lt. Gen.", "Navy Capt.").
        if (context.title && !isRankOnly(ranks, context.title)) e.title ??= withoutRank(ranks, context.title);
      }
      if (e.title && e.rank) break;
    }
  }
}
