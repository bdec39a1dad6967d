// Which outlet published an article. The evidence is read from where publishers sign their pages
// (the dateline's agency tag, "Source:" lines, copyright notices, bylines, a masthead line at the top,
// a wire tag closing the text), never from a body sentence that quotes another outlet
// ("..., the state news agency Xinhua reported"). Names come from knowledge.outlets.
import type { Outlet } from "../knowledge/schema.js";

export interface OutletMatch {
  name: string;
  start: number;
  end: number;
}

interface AliasPattern {
  name: string;
  alias: string;
  re: RegExp;
}

/** Removes the punctuation an alias may be written with in the knowledge file: "(Xinhua)", "/TASS/". */
function bareAlias(alias: string): string {
  return alias.replace(/^[\s(/[]+|[\s)/\].]+$/g, "").trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alias whose first word is ASCII and ends before an ASCII character (or the end). */
const ASCII_FIRST_WORD = /^[A-Za-z0-9]+(?![A-Za-z0-9])(?:[\x00-\x7f]|$)/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * The words (runs of letters and digits) of `s` in lower case, when all of them are ASCII; null when
 * one is not (case folding could join it to an alias's ASCII word). An alias pattern matches only
 * where the text has the alias's words as whole words.
 */
function asciiWords(s: string): Set<string> | null {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (start < 0) start = i;
      continue;
    }
    if (c >= 128 && LETTER_OR_NUMBER.test(String.fromCodePoint(s.codePointAt(i)!))) return null;
    if (start >= 0) {
      words.add(s.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words;
}

/** Finds knowledge outlets named in short stretches of text. */
export class OutletMatcher {
  private readonly patterns: AliasPattern[];
  /** Indexes into `patterns` by the alias's first word in lower case. */
  private readonly byFirstWord = new Map<string, number[]>();
  /** Indexes of patterns whose first word cannot be compared that way (not ASCII): always run. */
  private readonly alwaysRun: number[] = [];
  /** By pattern index: the alias's other words, when all its words are ASCII (else none are required). */
  private readonly otherWords: string[][] = [];
  private readonly allIndexes: number[];
  private readonly domains: { domain: string; name: string }[];
  private readonly byLowerName: Map<string, string>;

  constructor(outlets: readonly Outlet[]) {
    const seen = new Set<string>();
    const patterns: (AliasPattern & { len: number })[] = [];
    this.byLowerName = new Map();
    this.domains = [];
    for (const o of outlets) {
      for (const raw of [o.name, ...o.aliases]) {
        const alias = bareAlias(raw);
        if (alias.length < 2) continue;
        this.byLowerName.set(alias.toLowerCase(), o.name);
        const key = `${o.name}\u0000${alias}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Several words: any case ("STARS AND STRIPES"). One word: as written or all capitals,
        // so that a common word used as a name ("Trend") does not match "trend".
        const multiword = /\s/.test(alias);
        const body = multiword
          ? escapeRe(alias).replace(/\\?\s+/g, "\\s+")
          : alias === alias.toUpperCase()
            ? escapeRe(alias)
            : `(?:${escapeRe(alias)}|${escapeRe(alias.toUpperCase())})`;
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, multiword ? "giu" : "gu");
        patterns.push({ name: o.name, alias, re, len: alias.length });
      }
      for (const d of o.domains) this.domains.push({ domain: d.toLowerCase().replace(/^www\./, ""), name: o.name });
    }
    // Longer aliases first, so that "Xinhua News Agency" wins over "Xinhua" at the same place.
    patterns.sort((a, b) => b.len - a.len);
    this.patterns = patterns;
    this.allIndexes = patterns.map((_, i) => i);
    patterns.forEach((p, i) => {
      // For ASCII words, lower-casing compares them the way the patterns' case-insensitive flag does.
      const first = ASCII_FIRST_WORD.test(p.alias) ? /^[A-Za-z0-9]+/.exec(p.alias)![0].toLowerCase() : null;
      this.otherWords.push(first ? [...(asciiWords(p.alias) ?? [])].filter((w) => w !== first) : []);
      if (!first) { this.alwaysRun.push(i); return; }
      const list = this.byFirstWord.get(first);
      if (list) list.push(i); else this.byFirstWord.set(first, [i]);
    });
  }

  /** Indexes of the patterns that can match in `s`, in pattern order: those whose words `s` has. */
  private candidates(s: string): number[] {
    const words = asciiWords(s);
    if (!words) return this.allIndexes;
    const found = [...this.alwaysRun];
    for (const word of words) {
      for (const i of this.byFirstWord.get(word) ?? []) if (this.otherWords[i]!.every((w) => words.has(w))) found.push(i);
    }
    // Each index is listed once: under its first word or in alwaysRun.
    return found.sort((a, b) => a - b);
  }

  /** Every outlet named in `s`, by position; overlapping shorter matches are dropped. */
  findAll(s: string): OutletMatch[] {
    const hits: OutletMatch[] = [];
    for (const i of this.candidates(s)) {
      const p = this.patterns[i]!;
      p.re.lastIndex = 0;
      for (let m; (m = p.re.exec(s)); ) {
        const start = m.index;
        const end = start + m[0].length;
        if (hits.some((h) => start < h.end && end > h.start)) continue;
        hits.push({ name: p.name, start, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }

  first(s: string): string | null {
    return this.findAll(s)[0]?.name ?? null;
  }

  /** The canonical name for a name given by metadata; the value itself when knowledge does not list it. */
  canonical(given: string): string {
    const bare = bareAlias(given);
    return this.byLowerName.get(bare.toLowerCase()) ?? this.first(bare) ?? bare;
  }

  /** The outlet whose web site is at this URL's host (or a parent domain of it). */
  fromUrl(url: string | null | undefined): string | null {
    if (!url) return null;
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
    } catch {
      return null;
    }
    for (const { domain, name } of this.domains) {
      if (host === domain || host.endsWith(`.${domain}`)) return name;
    }
    return null;
  }
}

/** Whether the outlet match covers what is left of a short line ("Interfax", "(China Military Online)", "Sputnik News –"). */
function isMasthead(residual: string, m: OutletMatch): boolean {
  const rest = (residual.slice(0, m.start) + " " + residual.slice(m.end))
    .replace(/\b(?:news|agency|international|online|reports?|updated|published|posted)\b/gi, " ")
    .replace(/[/|][A-Z]{1,4}\b/g, " ");
  const words = rest.match(/\p{L}{2,}/gu) ?? [];
  return words.length <= 1;
}

export interface OutletEvidence {
  /** Trimmed lines of the text before furniture is removed. */
  lines: string[];
  /** Index of the first line of the article body (after headline and furniture). */
  bodyStart: number;
  /** The tag of the dateline ("/TASS/", "(Xinhua)"), when there is one. */
  datelineTag: string | null;
  /** Short head/tail lines with their dates and times removed (page timestamps), by line index. */
  withoutDates: (i: number) => string;
}

/** Lines of the page head and tail that can carry a masthead or signature. */
const HEAD = 10;
const TAIL = 4;

/**
 * Outlet named by the text, strongest evidence first:
 * dateline tag, "Source:" line, copyright notice, byline, masthead line, closing wire tag, "<Outlet> reports",
 * photo credits.
 */
export function outletFromText(ev: OutletEvidence, matcher: OutletMatcher): string | null {
  const { lines } = ev;
  // 1. The dateline's agency tag: "/TASS/", "(Xinhua)", "(UrduPoint News / Sputnik - 14th March, 2022)".
  if (ev.datelineTag) {
    const name = matcher.first(ev.datelineTag);
    if (name) return name;
  }
  // 2. "Source: Xinhua", "Editor: Jin Lin | Source: Xinhua", "(Source: Defence Ministry; issued ...)".
  for (const l of lines) {
    // The label is looked for first: the full pattern is slow to fail on a line of prose.
    if (l.length > 200 || !/sources?\s*:/i.test(l)) continue;
    const m = /(?:^\(?\s*|\|\s*|^editor\s*:.*?\s)sources?\s*:\s*([^;|)]+)/i.exec(l);
    if (!m) continue;
    const name = matcher.first(m[1]!.split(/\s(?:editor|reporter|writer)\s*:/i)[0]!);
    if (name) return name;
  }
  // 3. Copyright notices and © credits: "©2019 Chinatopix All rights reserved", "© RIA Novosti . A. Photographer".
  for (const l of lines) {
    if (l.length > 240) continue;
    const at = l.search(/©|\(c\)\s|\bcopyright\b/i);
    if (at < 0) continue;
    const after = l.slice(at).replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/i, "");
    const hit = matcher.findAll(after)[0];
    if (hit && hit.start <= 2) return hit.name;
  }
  const nonEmpty = lines.map((l, i) => [l, i] as const).filter(([l]) => l.length > 0);
  const head = nonEmpty.filter(([, i]) => i < ev.bodyStart + 1).slice(0, HEAD);
  const tail = nonEmpty.slice(-TAIL);
  // 4. Bylines naming the outlet: "by Reuters 03-02-2016 | 9:15 AM", "By JANE ROE | STARS AND STRIPES Published: ...".
  for (const [l] of nonEmpty.slice(0, HEAD)) {
    if (l.length > 120 || !/^by\b/i.test(l)) continue;
    const name = matcher.first(l);
    if (name) return name;
  }
  // 4b. An agency label opening the first paragraph: "Reuters: The two armies began ...".
  for (const [l] of head) {
    const m = /^([^:]{2,40}):\s/.exec(l);
    if (!m) continue;
    const hit = matcher.findAll(m[1]!)[0];
    if (hit && hit.start === 0 && hit.end === m[1]!.length) return hit.name;
  }
  // 5. Masthead lines at the top or bottom: "Interfax", "(China Military Online)", "Sputnik News – March 2, 2016",
  //    "(Xinhua) Updated: 2012-03-04 10:20", "(Xinhua News Agency Oct 2, 2007)", "MNA/PR".
  for (const [l, i] of [...head, ...tail]) {
    // A credit ("Image: ABC", "Photo: XYZ") names who made a picture, not who publishes the page.
    if (l.length > 90 || /^\W*(?:photo|photos|image|picture|video|file photo|graphic)\s*(?::|by\b)/i.test(l)) continue;
    const residual = ev.withoutDates(i);
    const hits = matcher.findAll(residual);
    if (hits.length !== 1) continue;
    if (isMasthead(residual, hits[0]!)) return hits[0]!.name;
  }
  // 6. A wire tag or signature closing the text: "... the navy said in a statement. (ANI)",
  //    "... in the region. Department of National Defense".
  const last = nonEmpty[nonEmpty.length - 1]?.[0] ?? "";
  const closing = /(?:^|[.!?"”’)]\s+)(\(?[^.!?()]{2,60}\)?)\s*$/.exec(last);
  if (closing) {
    const tag = closing[1]!;
    const hits = matcher.findAll(tag);
    const h = hits[0];
    if (hits.length === 1 && h && tag.slice(0, h.start).replace(/[(\s]/g, "") === "" && tag.slice(h.end).replace(/[)\s]/g, "") === "") {
      return h.name;
    }
  }
  // 7. "<Outlet> reports" in the opening paragraph, the house style of some agencies ("..., Trend reports citing local media").
  const opening = nonEmpty.filter(([, i]) => i >= ev.bodyStart).slice(0, 1);
  for (const [l] of opening) {
    for (const h of matcher.findAll(l)) {
      const saysReports = /\breports$/i.test(l.slice(h.start, h.end)) || /^\s+reports\b/.test(l.slice(h.end));
      if (saysReports && /,\s*$/.test(l.slice(0, h.start))) return h.name;
    }
  }
  // 8. Photo credits naming one outlet: "(Photo: Xinhua)", "(Photo by A. Name/Xinhua)", "[Photo by B. Name/Some Agency]".
  const credited = new Set<string>();
  for (const l of lines) {
    if (!l.includes("(") && !l.includes("[")) continue;
    for (const m of l.matchAll(/[([]\s*(?:photo|photos|image|picture)\s*(?::|by\b)([^)\]]{1,80})[)\]]/gi)) {
      for (const h of matcher.findAll(m[1]!)) credited.add(h.name);
    }
  }
  if (credited.size === 1) return [...credited][0]!;
  return null;
}
