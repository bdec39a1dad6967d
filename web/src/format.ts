// How facts read on screen: type names and colours, dates, states.
import type { EventType } from "./types.js";

export const TYPE_LABEL: Record<EventType, string> = {
  meeting: "Meeting", call: "Call", visit: "Visit", exercise: "Exercise", agreement: "Agreement", port_call: "Port call",
};

/** One colour per type, everywhere (Tableau 10: told apart by most readers). */
export const TYPE_COLOUR: Record<EventType, string> = {
  meeting: "#4e79a7", call: "#f28e2b", visit: "#59a14f", exercise: "#e15759", agreement: "#b07aa1", port_call: "#76b7b2",
};

export const MODE_LABEL: Record<string, string> = { in_person: "in person", video: "video", phone: "phone" };

export const dateRange = (date: string | null, end: string | null) => (date ? (end && end !== date ? `${date} – ${end}` : date) : "undated");

export const states = (codes: string[]) => codes.join("–");

/** Codes of a dyad in the store's order: "CN-RU". */
export const dyadKey = (a: string, b: string) => [a, b].sort().join("-");

/** Each pair of the event's states. */
export function dyadsOf(countries: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < countries.length; i++) for (let j = i + 1; j < countries.length; j++) out.push(dyadKey(countries[i]!, countries[j]!));
  return out;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
