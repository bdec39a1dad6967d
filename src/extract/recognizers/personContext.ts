// The words around a name that say who the person is: the title before it
// ("Chinese Defense Minister Gen. Li Shangfu") or the apposition after it
// ("Leonid Sukhanov, deputy chief of staff of the Russian Navy").
import type { Doc, Mention } from "../document.js";
import { mentionIndex } from "../mentionIndex.js";

export interface PersonContext {
  country: string | null;
  rank: string | null;
  title: string | null;
  official: boolean | null;
}

// Lower-case words that may sit inside a title chain ("Chief of the General Staff of the ...").
const CHAIN_WORDS = new Set(["of", "the", "and", "for", "s", "’", "'", "-", ",", "in", "on", "to", "at", "from"]);
const ROLE_WORD = /^(?:head|chief|commander|deputy|director|spokes(?:man|woman|person)|editor|fellow|researcher|analyst|expert|professor|member|minister|secretary|ambassador|president|chairman|vice|officer|captain|leader|envoy|attach[eé]|general|admiral|correspondent|reporter|journalist|author|scholar|dean|colonel|lieutenant|major|premier|councilor|councillor|adviser|advisor|aide|representative|governor|mayor|inspector|staff|first|senior|acting|former|new|defen[cs]e|foreign|prime|state|military|naval|army|air|navy|commander-in-chief)/i;

/** Mentions other than persons and dates inside tokens [from, to), by first token (the order summarise needs). */
function mentionsCovering(doc: Doc, from: number, to: number): Mention[] {
  const byStart = mentionIndex(doc).titleMentionsByStart;
  const out: Mention[] = [];
  for (let t = from; t < to; t++) for (const m of byStart.get(t) ?? []) if (m.tokenEnd <= to) out.push(m);
  return out;
}

function summarise(ms: Mention[], nearestFirst: boolean, doc: Doc, from: number, to: number): PersonContext {
  const ordered = nearestFirst ? [...ms].sort((a, b) => b.tokenStart - a.tokenStart) : [...ms].sort((a, b) => a.tokenStart - b.tokenStart);
  let country: string | null = null;
  let rank: string | null = null;
  let official: boolean | null = null;
  for (const m of ordered) {
    if (!country && m.kind === "country") country = m.code;
    if (!country && m.kind === "organisation" && m.country) country = m.country;
    if (!rank && m.kind === "rank") rank = m.rank;
    if (official === null && m.kind === "post") official = m.official;
  }
  const title = from < to ? doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end).replace(/^[\s,]+|[\s,]+$/g, "") : "";
  return { country, rank, title: title || null, official };
}

/** The title chain that ends right before token `nameStart`, or null if there is none. */
export function titleBefore(doc: Doc, nameStart: number): (PersonContext & { tokenStart: number }) | null {
  const sentence = doc.tokens[nameStart]?.sentence;
  let i = nameStart;
  const index = mentionIndex(doc);
  let sawTitle = false;
  while (i > 0) {
    // Another person's name ends this one's title ("... He Lei ... and Lt. Gen. Alexander Fomin").
    if (index.personTokens[i - 1]) break;
    // Gazetteer names ending within 25 tokens of the name are read as a whole.
    const m = i > nameStart - 25 ? index.lastTitleMentionByEnd.get(i) : undefined;
    if (m) { if (m.kind === "rank" || m.kind === "post") sawTitle = true; i = m.tokenStart; continue; }
    const t = doc.tokens[i - 1]!;
    if (t.sentence !== sentence) break;
    if (/^\p{Lu}/u.test(t.text) && !/^(?:The|A|An)$/.test(t.text)) { if (ROLE_WORD.test(t.text)) sawTitle = true; i--; continue; }
    if (CHAIN_WORDS.has(t.lower) && i - 1 < nameStart - 1) { i--; continue; }
    break;
  }
  // Trim chain words at the left edge ("of the").
  while (i < nameStart && (CHAIN_WORDS.has(doc.tokens[i]!.lower) || /^(?:The|A|An)$/.test(doc.tokens[i]!.text))) i++;
  if (!sawTitle || i >= nameStart) return null;
  return { ...summarise(mentionsCovering(doc, i, nameStart), true, doc, i, nameStart), tokenStart: i };
}

/** The apposition after a name: ", (the|a) <role> ... ," up to the clause end. */
export function appositionAfter(doc: Doc, nameEnd: number): (PersonContext & { tokenEnd: number }) | null {
  const toks = doc.tokens;
  if (toks[nameEnd]?.text !== ",") return null;
  const sentence = toks[nameEnd]!.sentence;
  let i = nameEnd + 1;
  while (toks[i] && /^(?:the|a|an|then|now|his|her)$/i.test(toks[i]!.text)) i++;
  // "China's new defense minister", "Russia's ..." before the role word.
  let j = i;
  while (toks[j] && (/^\p{Lu}/u.test(toks[j]!.text) || /^[’']$/.test(toks[j]!.text) || toks[j]!.lower === "s") && !ROLE_WORD.test(toks[j]!.text) && j < i + 4) j++;
  if (!toks[j] || !ROLE_WORD.test(toks[j]!.text)) return null;
  let end = j;
  while (toks[end] && toks[end]!.sentence === sentence && end < j + 20) {
    const t = toks[end]!.text;
    if (t === "," || t === ";" || t === "." || t === "(" || t === "—" || t === "–") break;
    end++;
  }
  return { ...summarise(mentionsCovering(doc, nameEnd + 1, end), false, doc, nameEnd + 1, end), tokenEnd: end };
}
