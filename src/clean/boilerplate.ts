// Page furniture of crawled news pages: lines that are not part of the article.
// Each rule tests one trimmed line. Rules are anchored to the whole line (or require a short line)
// so that a real sentence that merely contains a word like "share" or "print" stays.
// Order matters only for the name reported by `furnitureRule` (the first rule that matches).

export interface FurnitureRule {
  name: string;
  /** Tested against the trimmed line. */
  pattern: RegExp;
  /** The rule applies only to lines up to this many characters (default: any length). */
  maxLength?: number;
  /** Characters one of which every line the pattern matches holds: other lines skip the pattern. */
  needsOneOf?: string;
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // Share bars: "Share:", "Share this article", "Share Tweet Email", "Facebook | Twitter".
  {
    name: "share",
    pattern:
      /^(?:(?:share|share this(?: article| story| page)?|share on \w+|tweet|e-?mail|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|vk|copy link|comments?)\s*[:|•·,/]?\s*)+$/i,
    maxLength: 80,
  },
  // Social calls to action: "Like Us on Facebook", "Follow us on Twitter and Telegram".
  { name: "follow-us", pattern: /^(?:like|follow|join|find) us (?:on|at)\b/i, maxLength: 120 },
  // Newsletter and subscription prompts: "Sign up for our free weekly newsletter ...", "Subscribe", "Free for subscribers".
  {
    name: "subscribe",
    pattern: /^(?:sign up (?:for|to)\b.*\bnewsletter\b.*|subscribe(?: now| here| to .*)?|free for subscribers|subscribers? only|get (?:the|our) .*newsletter.*)[.!:]?$/i,
    maxLength: 160,
  },
  // Breadcrumbs: "Homepage > News > China >", "English>>Military", "You are here: Home / World".
  {
    name: "breadcrumb",
    pattern: /^(?:[^>]{1,40}>{1,2}\s*){2,}(?:[^>]{0,40})$|^[^>]{1,30}>>[^>]{1,30}$/,
    maxLength: 160,
    needsOneOf: ">",
  },
  { name: "you-are-here", pattern: /^you are here\b/i, maxLength: 160 },
  // Copyright notices: "©2019 Chinatopix All rights reserved...", "Copyright 2023 ...". Also photo credits that start with ©.
  { name: "copyright", pattern: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i, maxLength: 240 },
  // Staff and source labels: "Editor: Jin Lin | Source: Xinhua", "(Source: Defence Ministry; issued ...)".
  {
    name: "editor-source",
    pattern: /^\(?\s*(?:editor|editors|source|sources|reporter|edited by|translated by|responsible editor|writer|author)\s*:/i,
    maxLength: 200,
  },
  // Wire credits at the end: "(Reporting by ...; Editing by ...)", "(Writing by ...)".
  { name: "reporting-credit", pattern: /^\((?:additional )?(?:reporting|writing|editing|compiled) by\b.*\)$/i, maxLength: 300 },
  // Agency and desk initials on their own: "MNA/PR", "ls,cw,jm/se (AP, Reuters, AFP)".
  { name: "initials", pattern: /^(?:[A-Z]{2,6}\/[A-Z]{1,4}|[a-z]{1,3}(?:,[a-z]{1,3})*\/[a-z]{1,3}(?:\s*\([^)]*\))?)$/, maxLength: 60 },
  // Tag lists: "Tags", "Tags: China, Russia".
  { name: "tags", pattern: /^tags?(?:\s*:.*)?$/i, maxLength: 200 },
  // Comment forms and their widgets: "Your Comment", "Leave a Comment", "0 comments:", "Post a Comment", "captcha".
  {
    name: "comments",
    pattern:
      /^(?:your comment|leave a (?:comment|reply)|post a comment|\d+ comments?:?|comments?|add (?:a )?comment|you are replying to:?.*|•?\s*captcha|your email address will not be published\b.*|required fields are marked.*|log ?in or register|name \*|email \*)$/i,
    maxLength: 120,
  },
  // Analytics and tracker leftovers: "Real Time Analytics".
  { name: "analytics", pattern: /^(?:real time analytics|web analytics|google analytics)$/i },
  // Story identifiers: "News ID 12345", "News Code: 12345".
  { name: "news-id", pattern: /^(?:news (?:id|code)|story id|article id)\s*:?\s*\d+$/i },
  // Print and page tools: "Print", "Print this article", "Font size:", "View settings", "Loading...".
  {
    name: "page-tools",
    pattern:
      /^(?:print(?: this(?: page| article| story)?)?|print version|font size:?|text size:?|site colou?rs:?|view settings|loading\.*|download pdf|get this page in pdf|a\+?\s*a-?|listen(?: to this article)?|logo|top of page|back to top|breaking news|info post|view shopping cart)$/i,
  },
  // Link blocks: "Related:", "Related Articles", "Read more: ...", "See also: ...", "Latest News:", "Top Headlines".
  {
    name: "related",
    pattern: /^(?:related(?: articles| news| stories| posts)?\s*:.*|related(?: articles| news| stories| posts)?|read (?:more|also)\s*:.*|see also\s*:.*|(?:latest|top|more|popular|trending) (?:news|headlines|stories|articles)\s*:?)$/i,
    maxLength: 200,
  },
  // Photo credits on their own line or closing a short caption: "(Photo : Xinhua)", "Image: ABC", "Two navies Photo:XYZ".
  {
    name: "photo-credit",
    pattern: /^(?:.{0,80}\(\s*(?:photo|photos|file photo|image|picture)\s*(?::|by\b)[^)]*\)|(?:photo|image|picture|file photo)\s*:\s*\S.{0,40}|.{0,40}\bphoto\s*:\s*\S+)$/i,
    maxLength: 140,
    needsOneOf: "(:",
  },
  // Section separators: "* * *", "———————".
  { name: "separator", pattern: /^[-—–_=*•·~\s]{3,}$/ },
  // A bare link: "https://example.com/2023/06/09/story.html".
  { name: "bare-url", pattern: /^(?:https?:\/\/|www\.)\S+$/i },
];

/** Whether every match of `re` starts where the text starts: it opens with ^ and has no alternative outside a group. */
export function anchoredAtStart(re: RegExp): boolean {
  const src = re.source;
  if (!src.startsWith("^") || re.multiline) return false;
  let depth = 0;
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return true;
}

/**
 * The rules anchored at the line start (and without a cheaper check of their own), tried together
 * at the start of the line, case ignored: when this fails none of them can match, and a prose line
 * costs one pattern instead of one each.
 */
const RULE_PLAN = FURNITURE_RULES.map((rule) => ({
  rule,
  joined: !rule.needsOneOf && /^i?$/.test(rule.pattern.flags) && anchoredAtStart(rule.pattern),
}));
const ANY_JOINED_RULE = new RegExp(
  RULE_PLAN.filter((p) => p.joined).map((p) => `(?:${p.rule.pattern.source})`).join("|"),
  "iy",
);

function holdsOneOf(s: string, chars: string): boolean {
  for (const c of chars) if (s.includes(c)) return true;
  return false;
}

/** The name of the first furniture rule that matches the trimmed line, or null. */
export function furnitureRule(line: string): string | null {
  const t = line.trim();
  if (t.length === 0) return null;
  ANY_JOINED_RULE.lastIndex = 0;
  const joinedMayMatch = ANY_JOINED_RULE.test(t);
  for (const { rule, joined } of RULE_PLAN) {
    if (rule.maxLength !== undefined && t.length > rule.maxLength) continue;
    if (joined ? !joinedMayMatch : rule.needsOneOf !== undefined && !holdsOneOf(t, rule.needsOneOf)) continue;
    if (rule.pattern.test(t)) return rule.name;
  }
  return null;
}
