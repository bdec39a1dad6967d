// A port call's participants are seldom in the sentence that reports the arrival: the fleet's
// commander and the host navy's officers who welcome it are named around it. They are the
// officers of the navies of the port call's states that the article names.
import type { Doc } from "../document.js";

const NAVAL = /\b(?:navy|naval|fleet|flotilla|admiral)\b/i;

export function addFleetOfficers(doc: Doc): void {
  // The port call the article reports: the first one, when it is the day's news.
  const e = doc.events.find((x) => x.type === "port_call");
  if (!e || !e.primary) return;
  doc.persons.forEach((p, i) => {
    if (p.credit || !p.country || !e.countries.includes(p.country) || e.participants.includes(i)) return;
    if (NAVAL.test(p.title ?? "") || NAVAL.test(p.rank ?? "")) e.participants.push(i);
  });
}
