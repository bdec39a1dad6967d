// Where an entity is mentioned, for coreference choosing between candidates by position.
import type { Doc } from "../document.js";

/** Offset of the entity's first mention. */
export function firstMentionAt(doc: Doc, entity: number): number {
  return Math.min(...doc.persons[entity]!.mentions.map((m) => doc.mentions[m]!.start));
}

/** Offset of the entity's last mention before `offset`, or -1. */
export function lastMentionBefore(doc: Doc, entity: number, offset: number): number {
  let best = -1;
  for (const m of doc.persons[entity]!.mentions) { const s = doc.mentions[m]!.start; if (s < offset && s > best) best = s; }
  return best;
}
