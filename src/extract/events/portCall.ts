// A navy ship or flotilla visiting a foreign port.
import type { EventRecognizer } from "./eventRecognizer.js";
import { regexTriggers, SHIPS } from "./eventRecognizer.js";

export const portCallRecognizer: EventRecognizer = {
  type: "port_call",
  find: (_doc, sentence, text) => {
    if (!SHIPS.test(text)) return [];
    return regexTriggers(sentence, text, "port_call", [
      [/\b(?:arrived|arrives|arriving) (?:in|at)\b|\bdocked\b|\bberthed\b|\bmoored\b|\bentered (?:the )?(?:\w+ ){0,3}(?:port|harbou?r)\b|\bmak(?:e|ing) port\b|\bmade port\b|\bport (?:call|visit)\b|\breached\b|\b(?:goodwill|friendly) visit\b|\bcalled at\b/gi, null, 0.85],
    ]);
  },
};
