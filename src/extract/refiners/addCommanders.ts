// The officers in charge of a port call or an exercise are seldom in the sentence that reports
// it: the fleet's commander and the host navy's officers who welcome it, the commanders of the
// units that drill, are named around it. They take part in the event the article reports.
import type { Doc, EventCandidate, PersonEntity } from "../document.js";

const NAVAL = /\b(?:navy|naval|fleet|flotilla|admiral)\b/i;
const COMMANDER = /\bcommander\b/i;

const inCharge: Partial<Record<EventCandidate["type"], (p: PersonEntity) => boolean>> = {
  port_call: (p) => NAVAL.test(p.title ?? "") || NAVAL.test(p.rank ?? ""),
  exercise: (p) => COMMANDER.test(p.title ?? ""),
};

export function addCommanders(doc: Doc): void {
  for (const [type, fits] of Object.entries(inCharge)) {
    // The event of that type the article reports: the first one, when it is the day's news.
    const e = doc.events.find((x) => x.type === type);
    if (!e || !e.primary) continue;
    doc.persons.forEach((p, i) => {
      if (p.credit || !p.country || !e.countries.includes(p.country) || e.participants.includes(i)) return;
      if (fits!(p)) e.participants.push(i);
    });
  }
}
