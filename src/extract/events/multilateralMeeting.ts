// A meeting of a multilateral body or format: "the SCO defence ministers' meeting", "a meeting
// of the heads of the SCO defence ministries", "the joint meeting of the SCO, CSTO and CIS".
// It is an event of its own beside the bilateral talks held on its sidelines.
import { sentenceMentions } from "./sentenceMentions.js";
import type { EventRecognizer, Trigger } from "./eventRecognizer.js";

const MEETING_NOUN = "(?:meeting|ministerial|session|conference)";
const AFTER = new RegExp(`^\\s*(?:\\([^)]{1,12}\\)\\s*)?(?:[\\w’'-]+\\s+){0,3}?${MEETING_NOUN}\\b`, "i");
const BEFORE = new RegExp(`\\b${MEETING_NOUN}s? of (?:the )?(?:heads of (?:the )?)?(?:[\\w’'-]+\\s+){0,2}$`, "i");
const WITHIN = new RegExp(`\\b(?:${MEETING_NOUN}|summit)\\b`, "i");

export const multilateralMeetingRecognizer: EventRecognizer = {
  type: "meeting",
  find: (doc, sentence) => {
    const out: Trigger[] = [];
    for (const f of sentenceMentions(doc, "framework", sentence)) {
      const after = AFTER.exec(doc.text.slice(f.end, Math.min(sentence.end, f.end + 60)));
      const before = BEFORE.exec(doc.text.slice(Math.max(sentence.start, f.start - 60), f.start));
      const start = before ? f.start - before[0].length : f.start;
      const end = after ? f.end + after[0].length : f.end;
      if (before || after || WITHIN.test(f.text)) out.push({ type: "meeting", mode: "in_person", start, end, confidence: 0.7, scope: "multilateral" });
    }
    return out.slice(0, 1);
  },
};
