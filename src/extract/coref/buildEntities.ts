// In-article coreference, step 1: one entity per person named in full. Variant spellings of one
// name ("Nikolay Makarov", "Nikolai Makarov") and near-misses of a known person become one entity.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { familyNameOf } from "../../knowledge/compile.js";
import { editDistance, nameKey } from "../../knowledge/nameKey.js";
import type { Doc, PersonEntity, PersonMention } from "../document.js";

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
}
