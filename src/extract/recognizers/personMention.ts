// Builds person mentions for the name recognizers, mapping known names to their canonical form.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { familyNameOf } from "../../knowledge/compile.js";
import { nameKey } from "../../knowledge/nameKey.js";
import type { Doc, PersonMention } from "../document.js";
import type { NameRead } from "./nameReader.js";
import type { PersonContext } from "./personContext.js";

export function personMentionFromName(
  doc: Doc, name: NameRead, source: PersonMention["source"], context: PersonContext | null, k: CompiledKnowledge,
): PersonMention {
  const start = doc.tokens[name.tokenStart]!.start;
  const end = doc.tokens[name.tokenEnd - 1]!.end;
  const full = name.parts.length >= 2 ? name.parts.join(" ") : null;
  const known = full ? k.personsByKey.get(nameKey(full)) : undefined;
  return {
    kind: "person", start, end, text: doc.text.slice(start, end), tokenStart: name.tokenStart, tokenEnd: name.tokenEnd,
    fullName: known?.name ?? full,
    surname: known ? familyNameOf(known.name, k.familyNamesFirst) : full ? familyNameOf(full, k.familyNamesFirst) : name.parts[0]!,
    source: full ? source : "surname",
    rank: context?.rank ?? null,
    title: context?.title ?? null,
    country: known?.country ?? (context?.official === false ? null : context?.country ?? null),
    entity: null,
  };
}

/** True when a person mention already covers any of these tokens. */
export function overlapsPerson(doc: Doc, tokenStart: number, tokenEnd: number): boolean {
  return doc.mentions.some((m) => m.kind === "person" && m.tokenStart < tokenEnd && tokenStart < m.tokenEnd);
}

/** True when a place, country, organisation or framework already covers the first token. */
export function insideOtherName(doc: Doc, tokenStart: number, tokenEnd: number): boolean {
  return doc.mentions.some((m) => (m.kind === "place" || m.kind === "organisation" || m.kind === "framework" || (m.kind === "country" && m.form !== "demonym"))
    && m.tokenStart < tokenEnd && tokenStart < m.tokenEnd);
}
