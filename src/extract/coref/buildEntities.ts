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
  for (const e of doc.persons) {
    if (e.title && e.rank) continue;
    for (const i of e.mentions) {
      const m = doc.mentions[i]!;
      const context = titleBefore(doc, m.tokenStart) ?? appositionAfter(doc, m.tokenEnd);
      if (!context) continue;
      e.rank ??= context.rank;
      // A title is the role, not the rank alone ("Lt. Gen.").
      const title = context.rank && context.title?.endsWith(context.rank) ? context.title.slice(0, -context.rank.length).trim() : context.title;
      if (title && /\p{Ll}{3}/u.test(title)) e.title ??= title;
      if (e.title && e.rank) break;
    }
  }
}
