// Persons credited on the page (bylines, editors, photographers): named in the article but
// serving no state in it. Read from the raw page, since cleaning drops these lines from the text.
import type { CompiledKnowledge } from "../../knowledge/compile.js";
import { familyNameOf } from "../../knowledge/compile.js";
import { nameKey } from "../../knowledge/nameKey.js";
import type { Doc } from "../document.js";
import { requiredLiterals } from "../../requiredLiterals.js";

// Words of a name are on one line: a credit line never runs into the next.
const NAME = "\\p{Lu}[\\p{L}’'-]+(?:[ \\t]+\\p{Lu}\\.)?(?:[ \\t]+\\p{Lu}[\\p{L}’'-]+){1,2}";
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;
const CREDIT_PATTERNS: RegExp[] = [
  new RegExp(`\\bEditor\\s*:\\s*(${NAME})`, "gu"),
  new RegExp(`^\\s*By\\s+(${NAME})(?:\\s*(?:,|and|&)\\s*(${NAME}))?\\s*(?:\\||$|,)`, "gmu"),
  new RegExp(`\\bPosted\\b[^\\n]{0,40}?\\bby\\s+(${NAME})`, "gu"),
  new RegExp(`\\((?:Xinhua|Photo|AP|AFP|Reuters|TASS|Sputnik|SPUTNIK|RIA Novosti)\\s*/\\s*(${NAME})\\)`, "gu"),
  // "© RIA Novosti . Valery Melnikov" run into the caption after it.
  new RegExp(`©\\s*(?:RIA Novosti|Sputnik|TASS|Reuters|AFP|AP)\\s*\\.?\\s*(\\p{Lu}\\p{Ll}+[ \\t]+\\p{Lu}\\p{Ll}+?)(?=\\p{Lu}\\p{Ll})`, "gu"),
  // A byline in capitals run into the dateline: "STANISLAV POHORILOVFriday, 28 April 2023".
  new RegExp(`^\\s*(\\p{Lu}{2,}(?:[ \\t]+\\p{Lu}{2,}){1,2}?)(?=${WEEKDAY},)`, "gmu"),
  new RegExp(`[\\[(]Photo by\\s+(${NAME})\\s*/`, "gu"),
  new RegExp(`\\bphoto by\\s+(?:[\\p{L}\\d]+\\s+){0,6}?(${NAME})\\)`, "gu"),
  new RegExp(`\\(Reporting by\\s+(${NAME})(?:,\\s*(${NAME}))*(?:;\\s*(?:Additional reporting|Writing|Editing) by\\s+(${NAME})(?:\\s+and\\s+(${NAME}))?)*`, "gu"),
  new RegExp(`\\bEditing by\\s+(${NAME})`, "gu"),
  new RegExp(`\\b(?:REUTERS|AFP|AP)/(${NAME})`, "gu"),
];

/** Not a person: a news desk credited as a whole ("Beijing Newsroom"). */
const DESK = /\b(?:Newsroom|Desk|Bureau|Staff|Team|Agencies)$/i;
/** Words of a job before the name in "photo by Mass Communication Specialist 3rd Class Charles Oki". */
const JOB_WORD = /^(?:Class|Specialist|Officer|Sergeant|Sgt\.?|Petty|Airman|Seaman|Corporal|Cpl\.?)\s+/;

/**
 * Each pattern with strings one of which a page must hold, as written, for it to match: most pages
 * hold few credit lines, and looking for a string is much cheaper than running the pattern. The
 * patterns heed case, so the literals of a match are in the page as the pattern writes them.
 */
const CREDIT_READERS = CREDIT_PATTERNS.map((re) => ({ re, needs: re.ignoreCase ? null : requiredLiterals(re) ?? lookaheadNeeds(re) }));

/** The byline run into the dateline has no literal of its own, but its look-ahead needs "<weekday>,". */
function lookaheadNeeds(re: RegExp): string[] | null {
  return re.source.endsWith(`(?=${WEEKDAY},)`) ? WEEKDAYS.map((d) => `${d},`) : null;
}

export function creditedNames(raw: string): string[] {
  const names: string[] = [];
  for (const { re, needs } of CREDIT_READERS) {
    if (needs && !needs.some((s) => raw.includes(s))) continue;
    for (const m of raw.matchAll(re)) for (const g of m.slice(1)) {
      if (!g) continue;
      const name = g.replace(/\s+/g, " ").replace(JOB_WORD, "");
      if (name.includes(" ") && !DESK.test(name) && !names.includes(name)) names.push(name);
    }
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
