// Ships are named like people: "the aircraft carrier Charles De Gaulle", "Chang Chun, Jing Zhou
// and Chao Hu warships". A name the text calls a ship is not a person.
import type { Doc } from "../document.js";

const SHIP_BEFORE = /\b(?:carriers?|destroyers?|frigates?|corvettes?|cruisers?|ships?|vessels?|submarines?|tankers?|tugs?|USS|HMS|HMAS|INS|PNS|FS|RFS|JS|ROKS)\s+$/;
/** The name, then more names in a list, then the ship noun: "Chang Chun, Jing Zhou and Chao Hu warships". */
const SHIP_AFTER = /^(?:\s*(?:,|and|,\s*and)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})*\s+(?:warships?|ships?|frigates?|destroyers?|vessels?|corvettes?|submarines?)\b/u;

export function dropShipNames(doc: Doc): void {
  doc.mentions = doc.mentions.filter((m) => {
    if (m.kind !== "person" || m.source === "known") return true;
    const before = doc.text.slice(Math.max(0, m.start - 20), m.start);
    const after = doc.text.slice(m.end, m.end + 80);
    return !SHIP_BEFORE.test(before) && !SHIP_AFTER.test(after);
  });
}
