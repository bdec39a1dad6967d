// The states taking part: the participants' states and the states the sentence names,
// else the place's state, else the pair the article is about.
import type { Doc, EventCandidate } from "../document.js";

/** Bonus for a pair of states named as one: "U.S.-South Korea maneuvers", "Russian and Chinese navies". */
const PAIR_BONUS = 2;

/** The two states the article is about: those it mentions most (persons' states included), with
 * pairs it names as one counted again, so a state named as the threat does not take the place of a side. */
export function articleDyad(doc: Doc): string[] {
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  let last: { code: string; end: number } | null = null;
  for (const m of doc.mentions) {
    const code = m.kind === "country" ? m.code : m.kind === "person" && m.entity !== null ? doc.persons[m.entity]!.country : null;
    if (!code) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (m.kind === "country" && last && last.code !== code && /^\s*(?:-|–|and|\/)\s*$/.test(doc.text.slice(last.end, m.start))) {
      const key = [last.code, code].sort().join(" ");
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    if (m.kind === "country") last = { code, end: m.end };
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const top = ranked.slice(0, 4);
  let best: string[] = ranked.slice(0, 2);
  let bestScore = -1;
  for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) {
    const a = top[i]!, b = top[j]!;
    const score = counts.get(a)! + counts.get(b)! + PAIR_BONUS * (pairs.get([a, b].sort().join(" ")) ?? 0);
    if (score > bestScore) { bestScore = score; best = [a, b]; }
  }
  return best;
}

/** "Beijing completed three days of maneuvers": drills without "joint" that one state alone is named in. */
const BARE_TRIGGER = 0.7;
function oneStateDrill(doc: Doc, e: EventCandidate): boolean {
  if (e.type !== "exercise" || e.confidence >= BARE_TRIGGER) return false;
  const named = new Set([...e.countries, ...e.participants.map((p) => doc.persons[p]!.country!)]);
  return named.size === 1;
}

export function resolveStates(doc: Doc): void {
  const dyad = articleDyad(doc);
  doc.events = doc.events.filter((e) => !oneStateDrill(doc, e));
  for (const [i, e] of doc.events.entries()) {
    const states = new Set<string>();
    // A visit joins the traveller's state and the one visited, nothing else the sentence names.
    if (e.type === "visit" && e.participants.length) {
      const home = doc.persons[e.participants[0]!]!.country!;
      const host = e.locationCountry && e.locationCountry !== home ? e.locationCountry
        : e.countries.find((c) => c !== home) ?? dyad.find((c) => c !== home) ?? null;
      e.locationCountry ??= host;
      e.countries = host ? [home, host] : [home];
    }
    for (const p of e.participants) states.add(doc.persons[p]!.country!);
    for (const c of e.countries) states.add(c);
    // "The exercises involve dozens of guns": a sentence naming no state goes on about the
    // dated event of its type reported just before.
    const previous = doc.events.slice(0, i).reverse().find((x) => x.type === e.type && x.anchored && x.countries.length >= 2);
    if (states.size === 0 && !e.locationCountry && previous) for (const c of previous.countries) states.add(c);
    if (states.size < 2 && e.locationCountry) states.add(e.locationCountry);
    if (states.size < 2 && dyad.length === 2 && (states.size === 0 || dyad.some((c) => states.has(c)))) for (const c of dyad) states.add(c);
    // A state merely named beside the actors ("a message to North Korea") is dropped when the
    // sentence names more than two: keep participants' states, the place's state and the article's pair.
    if (states.size > 2 && e.sides.length === 2 && e.participants.every((p) => e.sides.includes(doc.persons[p]!.country!))) {
      for (const c of [...states]) if (!e.sides.includes(c)) states.delete(c);
    }
    if (states.size > 2) {
      const keep = new Set([...e.participants.map((p) => doc.persons[p]!.country!), ...dyad]);
      if (e.locationCountry) keep.add(e.locationCountry);
      for (const c of [...states]) if (!keep.has(c)) states.delete(c);
    }
    e.countries = [...states].sort();
  }
  doc.events = doc.events.filter((e) => e.countries.length >= 2);
}
