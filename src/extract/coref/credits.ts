// Persons credited on the page (bylines, editors, photographers): named in the article but
// serving no state in it. Read from the raw page, since cleaning drops these lines from the text.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { familyNameOf } from "../../knowledge/compile.js";
import { nameKey } from "../../knowledge/nameKey.js";
import type { Doc } from "../document.js";

const NAME = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2}";
const CREDIT_PATTERNS: RegExp[] = [
  new RegExp(`\\bEditor\\s*:\\s*(${NAME})`, "gu"),
  new RegExp(`^\\s*By\\s+(${NAME})(?:\\s*(?:,|and|&)\\s*(${NAME}))?\\s*(?:\\||$|,)`, "gmu"),
  new RegExp(`\\bPosted\\b[^\\n]{0,40}?\\bby\\s+(${NAME})`, "gu"),
  new RegExp(`\\((?:Xinhua|Photo|AP|AFP|Reuters|TASS)\\s*/\\s*(${NAME})\\)`, "gu"),
  new RegExp(`[\\[(]Photo by\\s+(${NAME})\\s*/`, "gu"),
  new RegExp(`\\bphoto by\\s+(?:[\\p{L}\\d]+\\s+){0,6}?(${NAME})\\)`, "gu"),
  new RegExp(`\\(Reporting by\\s+(${NAME})(?:,\\s*(${NAME}))*(?:;\\s*(?:Additional reporting|Writing|Editing) by\\s+(${NAME})(?:\\s+and\\s+(${NAME}))?)*`, "gu"),
  new RegExp(`\\bEditing by\\s+(${NAME})`, "gu"),
  new RegExp(`\\b(?:REUTERS|AFP|AP)/(${NAME})`, "gu"),
];

export function creditedNames(raw: string): string[] {
  const names: string[] = [];
  for (const re of CREDIT_PATTERNS) {
    for (const m of raw.matchAll(re)) for (const g of m.slice(1)) if (g && !names.includes(g)) names.push(g.replace(/\s+/g, " "));
  }
  return names;
}

export function addCredits(doc: Doc, k: CompiledKnowledge): void {
  const known = new Set(doc.persons.map((e) => nameKey(e.name)));
  for (const name of creditedNames(doc.article.raw)) {
    const key = nameKey(name);
    const same = doc.persons.find((e) => nameKey(e.name) === key);
    if (same) { same.credit = true; continue; }
    if (known.has(key)) continue;
    known.add(key);
    doc.persons.push({ name, surname: familyNameOf(name, k.familyNamesFirst), country: null, title: null, rank: null, mentions: [], credit: true });
  }
}
