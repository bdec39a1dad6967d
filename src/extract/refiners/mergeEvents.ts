// Several sentences often report one event ("held talks via video link" ... "during the video
// call"): events of one type whose dates, states and participants agree become one.
import type { Doc, EventCandidate } from "../document.js";

const prefixAgree = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length)) === b.slice(0, Math.min(a.length, b.length));

/** Dates agree at the coarser precision, or one falls inside the other's range ("December 21 - 27"). */
function datesAgree(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.date || !b.date) return true;
  if (prefixAgree(a.date, b.date)) return true;
  // Reports of one exercise or visit name its start, a later day of it and its end: a week apart is one.
  if (lasting(a) && a.date.length === 10 && b.date.length === 10 && Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 7 * 86400000) return true;
  const within = (x: EventCandidate, y: EventCandidate) => !!x.dateEnd && y.date!.length === 10 && x.date! <= y.date! && y.date! <= x.dateEnd;
  return within(a, b) || within(b, a);
}

/** Events that last days: their reports may give different days of them. */
const lasting = (e: EventCandidate) => e.type === "exercise" || e.type === "visit";

/** "The sides exchanged views" in a report of a phone call is that call: talk that did not say "met". */
function talkOfCall(doc: Doc, a: EventCandidate, b: EventCandidate): boolean {
  const [meeting, call] = a.type === "meeting" ? [a, b] : [b, a];
  return meeting.type === "meeting" && call.type === "call" && !/^me/i.test(doc.text.slice(meeting.trigger.start, meeting.trigger.end));
}

function compatible(doc: Doc, a: EventCandidate, b: EventCandidate): boolean {
  // A multilateral meeting and the bilateral talks on its sidelines are two events.
  if (a.type === "meeting" && b.type === "meeting" && !a.name !== !b.name) return false;
  if ((a.type !== b.type && !talkOfCall(doc, a, b)) || !datesAgree(a, b)) return false;
  const sa = new Set(a.countries);
  // An undated remark on an exercise ("the man in charge of the U.S. portion of the exercise") may name
  // a bystander state; one shared state is enough. Otherwise one report's states hold the other's.
  const remark = a.type === "exercise" && (!a.date || !b.date);
  if (remark ? !b.countries.some((c) => sa.has(c)) : !b.countries.every((c) => sa.has(c)) && !a.countries.every((c) => b.countries.includes(c))) return false;
  if (a.participants.length && b.participants.length) {
    const shared = a.participants.filter((p) => b.participants.includes(p)).length;
    if (!shared) return false;
    // Ivanov–Liang and Liang–Baluyevsky the same day are two meetings: one pair must hold the other.
    const talks = a.type === "meeting" || a.type === "call";
    if (talks && a.participants.length >= 2 && b.participants.length >= 2 && shared < Math.min(a.participants.length, b.participants.length)) return false;
  }
  return true;
}

function merge(into: EventCandidate, other: EventCandidate): void {
  // The states of a dated report stand; an undated remark's bystanders do not join them.
  const remark = into.type === "exercise" && !!into.date !== !!other.date;
  const states = remark ? (into.date ? into.countries : other.countries) : [...new Set([...into.countries, ...other.countries])].sort();
  if (other.type === "call" && into.type === "meeting") { into.type = "call"; into.mode = other.mode; }
  // An undated mention takes the date and evidence of the report that anchors it.
  if (other.anchored && !into.anchored) { into.date = other.date; into.dateEnd = other.dateEnd; into.sentence = other.sentence; }
  // The more precise date wins; the first sentence stays the evidence.
  if (other.date && (!into.date || other.date.length > into.date.length)) { into.date = other.date; into.dateEnd = other.dateEnd ?? into.dateEnd; }
  // A visit is dated by its first day, an exercise by the start of the range that holds the day first reported.
  else if (other.anchored && other.date && into.date && other.date.length === into.date.length && other.date < into.date
    && (into.type === "visit" || (into.type === "exercise" && !!other.dateEnd && other.dateEnd >= into.date))) { into.date = other.date; into.dateEnd = other.dateEnd ?? into.dateEnd; }
  into.dateEnd ??= other.dateEnd;
  into.location ??= other.location;
  into.locationCountry ??= other.locationCountry;
  for (const p of other.participants) if (!into.participants.includes(p)) into.participants.push(p);
  into.countries = states;
  for (const f of other.frameworks) if (!into.frameworks.includes(f)) into.frameworks.push(f);
  into.confidence = Math.max(into.confidence, other.confidence);
  into.anchored ||= other.anchored;
}

export function mergeEvents(doc: Doc): void {
  const kept: EventCandidate[] = [];
  for (const e of doc.events) {
    const twin = kept.find((k) => compatible(doc, k, e));
    if (twin) merge(twin, e); else kept.push(e);
  }
  doc.events = kept;
}

/** What is left unanchored is a generic mention ("joint exercises serve as an example"). */
export function dropUnanchored(doc: Doc): void {
  doc.events = doc.events.filter((e) => e.anchored);
}
