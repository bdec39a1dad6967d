// A navy ship or flotilla visiting a foreign port.
import type { EventRecognizer } from "./eventRecognizer.js";
import { aboutShips, regexTriggers, triggerPatterns } from "./eventRecognizer.js";

const PATTERNS = triggerPatterns([
  [/\b(?:arrived|arrives|arriving) (?:in|at)\b(?! the (?:anchorage|area|waters|exercise|designated))|\bdocked\b|\bberthed\b|\bmoored\b|\bentered (?:the )?(?:\w+ ){0,3}(?:port|harbou?r)\b|\bmak(?:e|ing) port\b|\bmade port\b|\bport (?:call|visit)\b|\breached\b|\b(?:goodwill|friendly) visit\b|\bcalled at\b/gi, null, 0.85],
  // "the third trip of a Russian fleet to Anzali", "carried out such an expedition", "came into the port of Astrakhan".
  [/\b(?:trip|voyage|expedition|visit)s? of (?:a |an |the )?(?:[\w-]+ ){0,3}(?:fleet|flotilla|ships?|warships?|task group) to\b|\bcarried out (?:such |a |an |the )?(?:[\w-]+ )?(?:expedition|voyage|port call)\b|\b(?:came|sailed|steamed) into (?:the )?(?:[\w-]+ ){0,7}(?:port|harbou?r)\b/gi, null, 0.7],
]);

export const portCallRecognizer: EventRecognizer = {
  type: "port_call",
  find: (doc, sentence, text) => !aboutShips(doc, sentence, text) ? [] : regexTriggers(doc, sentence, text, "port_call", PATTERNS),
};
