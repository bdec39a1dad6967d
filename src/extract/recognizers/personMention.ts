// Builds person mentions for the name recognizers, mapping known names to their canonical form.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { familyNameOf } from "../../knowledge/compile.js";
import { nameKey } from "../../knowledge/nameKey.js";
import type { Doc, Mention, PersonMention } from "../document.js";
import { isOtherName, mentionIndex, overlapsMarked } from "../mentionIndex.js";
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

const isPerson = (m: Mention) => m.kind === "person";

/** True when a person mention already covers any of these tokens. */
export function overlapsPerson(doc: Doc, tokenStart: number, tokenEnd: number): boolean {
  const index = mentionIndex(doc);
  return overlapsMarked(index, index.personTokens, isPerson, tokenStart, tokenEnd);
}

/** True when a place, country, organisation or framework already covers any of these tokens. */
export function insideOtherName(doc: Doc, tokenStart: number, tokenEnd: number): boolean {
  const index = mentionIndex(doc);
  return overlapsMarked(index, index.otherNameTokens, isOtherName, tokenStart, tokenEnd);
}
