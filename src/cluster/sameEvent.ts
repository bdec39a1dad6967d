// Whether two reports, from different articles, describe one real-world event, and how
// strongly: same type; dates that agree at their precision or within a day (an exercise, visit
// or port call lasts, so a few days); shared participants, or for exercises the same edition
// or the same states; places in the same country.
import { editDistance } from "../knowledge/nameKey.js";
import type { EventSignature } from "./eventSignature.js";

/** Types whose reports date them by different days of one stay or drill. */
const LASTING = new Set(["exercise", "visit", "port_call"]);

/** Days two dated reports may lie apart: a day for time zones, more for what lasts. */
function toleranceDays(type: string): number {
  return LASTING.has(type) ? 3 : 1;
}

/** An exercise edition lasts up to a couple of weeks. */
const EDITION_TOLERANCE_DAYS = 16;

/** The most days two dated reports of `type` may lie apart and still tell of one event: the
 * store looks for candidates no further. */
export function maxDayGap(type: string): number {
  return type === "exercise" ? EDITION_TOLERANCE_DAYS : toleranceDays(type);
}

/** The shortest keys samePerson forgives a slip in. */
const FORGIVING_FROM = 8;

function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  // "Medvedve" for "Medvedev": one slip in a long name (that starts alike: most pairs stop there).
  return a[0] === b[0] && Math.abs(a.length - b.length) <= 1 && Math.min(a.length, b.length) >= FORGIVING_FROM && editDistance(a, b, 1) <= 1;
}

/**
 * Keys of a person key that any key samePerson finds the same as it shares at least one of: the
 * store keeps them of each report's participants on its dyad rows, to skip the clusters a report
 * cannot join. (The SQL function person_blocks, migration 20, with which person corrections
 * renew them, computes the same from the stored persons' keys.) A key shorter than samePerson
 * forgives a slip in is its own block. Of two keys one slip apart, the shorter `m` characters
 * long, either the first `h` = m / 2 - 1 characters or the last `h` agree (a slip touches at
 * most two neighbouring characters, and `h` leaves two between the ends): so each key gives its
 * first and last `h` characters for its own length and for one less, tagged with that length and
 * the first letter samePerson also asks for. First letter and length alone, the blocks before,
 * let through three candidate clusters in four that could not fit (batches of 200 generated
 * articles into a store of 100,000: 1,759 to 2,539 clusters read, 188 to 679 of them fitting).
 */
export function personBlocks(key: string): string[] {
  if (key.length < FORGIVING_FROM) return [`=${key}`];
  const out: string[] = [];
  for (const m of [key.length - 1, key.length]) {
    if (m < FORGIVING_FROM) continue;
    const h = Math.floor(m / 2) - 1;
    out.push(`p${m}:${key.slice(0, h)}`, `s${m}:${key[0]}${key.slice(key.length - h)}`);
  }
  return out;
}

/** Whether a report of `type` that names participants can be one event only with a report that
 * shares one of them or names none (sameEventScore): true but for exercises and port calls. */
export function joinsThroughParticipants(type: string): boolean {
  return type !== "exercise" && type !== "port_call";
}

/** Whether a report of `type` that names nobody is one event with another report only when both
 * give the same day (sameEventScore): meetings, calls and agreements; a visit need not. */
export function namelessNeedsSameDay(type: string): boolean {
  return joinsThroughParticipants(type) && type !== "visit";
}

export function sharedPersons(a: EventSignature, b: EventSignature): number {
  let n = 0;
  for (const p of a.persons) if (b.persons.some((q) => samePerson(p, q))) n++;
  return n;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Days between the two reports' date ranges (0 when they overlap); null when either is undated. */
function dayGap(a: EventSignature, b: EventSignature): number | null {
  if (a.first === null || b.first === null) return null;
  return Math.max(0, Math.max(a.first, b.first) - Math.min(a.last!, b.last!));
}

/**
 * How strongly `a` and `b` look like one event (higher is stronger), or null when they cannot be.
 * An undated report joins only on strong evidence: the same edition, or two shared participants.
 */
export function sameEventScore(a: EventSignature, b: EventSignature): number | null {
  if (a.article === b.article || a.type !== b.type) return null;
  const edition = a.type === "exercise" && a.edition && b.edition ? a.edition === b.edition : null;
  if (edition === false) return null;
  const gap = dayGap(a, b);
  // Reports of one named edition may date it by its first or its last day.
  // Dates agree at the coarser precision; days may lie apart by the type's tolerance.
  const bothDays = a.first === a.last && b.first === b.last;
  if (gap !== null && gap > (edition ? EDITION_TOLERANCE_DAYS : bothDays ? toleranceDays(a.type) : 0)) return null;
  // A report cannot tell of an event dated after its own day.
  if (a.first === null && b.first !== null && a.reportedBy !== null && b.first > a.reportedBy + 1) return null;
  if (b.first === null && a.first !== null && b.reportedBy !== null && a.first > b.reportedBy + 1) return null;
  // Named places in different states: not one meeting (an exercise may span seas).
  if (a.place && b.place && a.placeCountry && b.placeCountry && a.placeCountry !== b.placeCountry && a.type !== "exercise") return null;

  const shared = sharedPersons(a, b);
  const samePlace = a.place && b.place ? a.place.includes(b.place) || b.place.includes(a.place) : null;
  let score = shared * 2;
  if (gap === 0 && a.date && a.date === b.date) score += 2;
  if (samePlace) score += 1;
  const dated = gap !== null;

  if (a.type === "exercise") {
    if (edition) return score + 4;
    if (!sameSet(a.countries, b.countries) || !dated) return null;
    return score + 1;
  }
  if (!sameSet(a.countries, b.countries)) return null;
  if (a.type === "port_call") {
    return dated && samePlace !== false ? score + 1 : null;
  }
  const fewest = Math.min(a.persons.length, b.persons.length);
  if (shared >= 2) return score;
  if (!dated) return null;
  if (a.type === "visit") return shared >= 1 || fewest === 0 ? score + 1 : null;
  // A meeting, call or agreement: the one participant a report names, or the same day when one names none.
  if (shared >= 1 && fewest <= 1) return score;
  if (fewest === 0 && a.date && a.date === b.date && a.date.length === 10) return score + 1;
  return null;
}
