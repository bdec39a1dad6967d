// Indexes built once from the knowledge files for fast lookup during extraction.
import type { Knowledge, KnownPerson } from "./schema.js";
import { FirstWords, PhraseMatcher } from "./phraseMatcher.js";
import { nameKey } from "./nameKey.js";

export interface CountryHit { code: string; form: "name" | "demonym" | "force" | "capital" }
export interface PlaceHit { name: string; country: string | null; kind: string }
export interface OrganisationHit { name: string; country: string | null }
export interface PostHit { post: string; official: boolean }

export interface CompiledKnowledge {
  raw: Knowledge;
  countries: PhraseMatcher<CountryHit>;
  places: PhraseMatcher<PlaceHit>;
  frameworks: PhraseMatcher<string>;
  organisations: PhraseMatcher<OrganisationHit>;
  ranks: PhraseMatcher<string>;
  posts: PhraseMatcher<PostHit>;
  persons: PhraseMatcher<KnownPerson>;
  /** Known persons by folded full name (aliases included), for names found by patterns. */
  personsByKey: Map<string, KnownPerson>;
  /** Known persons by folded family name. */
  personsBySurname: Map<string, KnownPerson[]>;
  familyNamesFirst: Set<string>;
  /** Family names that are also common English words ("He"): a reference needs a rank before it. */
  commonWordSurnames: Set<string>;
  givenNames: Set<string>;
  /** Capitalised words that cannot be part of a name (knowledge phrases included). */
  notNames: Set<string>;
  /** Abbreviations with a final period that do not end a sentence ("Gen.", "Adm."). */
  abbreviations: Set<string>;
  countryNames: Map<string, string>;
}

/** The family name of a canonical name: first for names written family-first ("Li Shangfu"). */
export function familyNameOf(name: string, familyNamesFirst: Set<string>): string {
  const parts = name.split(/\s+/).filter(Boolean);
  if (parts.length >= 2 && familyNamesFirst.has(parts[0]!)) return parts[0]!;
  return parts[parts.length - 1]!;
}

export function compileKnowledge(k: Knowledge): CompiledKnowledge {
  // One lookup of a document's tokens serves all the gazetteers.
  const firstWords = new FirstWords();
  const countries = new PhraseMatcher<CountryHit>(firstWords);
  const countryNames = new Map<string, string>();
  for (const c of k.countries) {
    countryNames.set(c.code, c.names[0]!);
    for (const n of c.names) countries.add(n, { code: c.code, form: "name" });
    for (const d of c.demonyms) countries.add(d, { code: c.code, form: "demonym" });
    for (const f of c.forces) countries.add(f, { code: c.code, form: "force" });
    for (const cap of c.capitals.slice(0, 1)) countries.add(cap, { code: c.code, form: "capital" });
  }
  const places = new PhraseMatcher<PlaceHit>(firstWords);
  for (const c of k.countries) for (const cap of c.capitals) places.add(cap, { name: cap, country: c.code, kind: "city" });
  for (const p of k.places) {
    for (const n of [p.name, ...p.aliases]) places.add(n, { name: p.name, country: p.country, kind: p.kind });
  }
  const frameworks = new PhraseMatcher<string>(firstWords);
  for (const f of k.frameworks) for (const n of [f.name, ...f.aliases]) frameworks.add(n, f.name);
  const organisations = new PhraseMatcher<OrganisationHit>(firstWords);
  for (const o of k.organisations) for (const n of [o.name, ...o.aliases]) organisations.add(n, { name: o.name, country: o.country });
  const ranks = new PhraseMatcher<string>(firstWords);
  const abbreviations = new Set<string>();
  for (const r of k.ranks) {
    for (const n of [r.rank, ...r.variants]) {
      ranks.add(n, r.rank);
      // "Gen" after "Lt" in "Lt Gen", capitalised the way news writes ranks before a name.
      for (const m of n.matchAll(/([A-Za-z]+)\./g)) abbreviations.add(m[1]!.toLowerCase());
    }
  }
  const posts = new PhraseMatcher<PostHit>(firstWords);
  for (const p of k.posts) for (const n of [p.post, ...p.variants]) posts.add(n, { post: p.post, official: p.official }, false);

  const persons = new PhraseMatcher<KnownPerson>(firstWords);
  const personsByKey = new Map<string, KnownPerson>();
  const personsBySurname = new Map<string, KnownPerson[]>();
  const familyNamesFirst = new Set(k.names.familyNamesFirst);
  for (const p of k.persons) {
    for (const n of [p.name, ...p.aliases]) {
      persons.add(n, p);
      personsByKey.set(nameKey(n), p);
    }
    const surname = nameKey(familyNameOf(p.name, familyNamesFirst));
    const list = personsBySurname.get(surname) ?? [];
    list.push(p);
    personsBySurname.set(surname, list);
  }

  const notNames = new Set(k.names.notNames);
  const phraseWords = (s: string) => s.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w));
  for (const c of k.countries) for (const n of [...c.names, ...c.demonyms, ...c.forces]) for (const w of phraseWords(n)) notNames.add(w);
  for (const o of k.organisations) for (const n of [o.name, ...o.aliases]) for (const w of phraseWords(n)) notNames.add(w);
  for (const f of k.frameworks) for (const n of [f.name, ...f.aliases]) for (const w of phraseWords(n)) notNames.add(w);
  for (const r of k.ranks) for (const n of [r.rank, ...r.variants]) for (const w of phraseWords(n)) notNames.add(w);
  for (const p of k.places) for (const w of phraseWords(p.name)) if (!familyNamesFirst.has(w)) notNames.add(w);
  // A word that is also a known person's name part stays a name ("Li" in "Li Shangfu").
  for (const p of k.persons) for (const w of p.name.split(/\s+/)) notNames.delete(w);
  for (const w of familyNamesFirst) notNames.delete(w);

  return {
    raw: k, countries, places, frameworks, organisations, ranks, posts, persons, personsByKey, personsBySurname,
    familyNamesFirst, commonWordSurnames: new Set(k.names.familyNamesFirst.filter((w) => k.names.notNames.includes(w))), givenNames: new Set(k.names.givenNames), notNames, abbreviations, countryNames,
  };
}
