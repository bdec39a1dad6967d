// HTML pages → article text (paragraphs as blank-line separated lines) and page metadata.
// Readability finds the article body; when it finds nothing, the whole body's text is used.
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { isoFromMetadata } from "./dates.js";

export interface HtmlPage {
  /** Text with one line per paragraph and a blank line between paragraphs; entities decoded. */
  text: string;
  title: string | null;
  /** ISO date from the page's metadata (meta tags, JSON-LD, <time datetime>). */
  published: string | null;
  /** og:site_name or the JSON-LD publisher, as written. */
  siteName: string | null;
  /** Canonical or og:url. */
  url: string | null;
}

// linkedom's DOM is close to, but not typed as, the browser DOM; these are the parts used here.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
}
interface DomDocument {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  body: DomElement | null;
  documentElement: DomElement | null;
  title: string;
}

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE",
  "TBODY", "THEAD", "TFOOT", "TR", "UL", "CAPTION", "CENTER",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "HEAD", "BUTTON", "SELECT", "TEXTAREA"]);

/** Text of a DOM subtree: blocks become paragraphs, <br> a line break, runs of spaces one space. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      out.push(pre ? t : t.replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      out.push("\n");
      return;
    }
    const block = BLOCKS.has(name);
    if (block) out.push("\n\n");
    if (name === "TD" || name === "TH") out.push(" ");
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!, pre || name === "PRE");
    if (block) out.push("\n\n");
  };
  walk(root, false);
  return tidyParagraphs(out.join(""));
}

/** Trims every line, drops spaces around breaks and keeps at most one blank line between paragraphs. */
export function tidyParagraphs(s: string): string {
  return s
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function meta(doc: DomDocument, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href") ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** JSON-LD objects of the page, flattened (arrays and @graph). */
function jsonLd(doc: DomDocument): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      found.push(o);
      if (o["@graph"]) visit(o["@graph"]);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ""));
    } catch {
      // a broken JSON-LD block is ignored
    }
  }
  return found;
}

function pagePublished(doc: DomDocument, ld: Record<string, unknown>[]): string | null {
  const fromMeta = meta(doc, [
    'meta[property="article:published_time"]',
    'meta[property="og:article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.issued"]',
    'meta[name="dc.date"]',
  ]);
  const iso = isoFromMetadata(fromMeta);
  if (iso) return iso;
  for (const o of ld) {
    const v = o.datePublished ?? o.dateCreated;
    if (typeof v === "string") {
      const d = isoFromMetadata(v);
      if (d) return d;
    }
  }
  const time = doc.querySelector("time[pubdate][datetime]") ?? doc.querySelector("article time[datetime]") ?? doc.querySelector("time[datetime]");
  return isoFromMetadata(time?.getAttribute("datetime") ?? null);
}

function pageSiteName(doc: DomDocument, ld: Record<string, unknown>[]): string | null {
  const og = meta(doc, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]']);
  if (og) return og;
  for (const o of ld) {
    const pub = o.publisher as Record<string, unknown> | undefined;
    if (pub && typeof pub === "object" && typeof pub.name === "string" && pub.name.trim()) return pub.name.trim();
  }
  return null;
}

/** Parses a page and returns its article text and metadata. */
export function htmlToPage(html: string): HtmlPage {
  const doc = new DOMParser().parseFromString(html, "text/html") as unknown as DomDocument;
  const ld = jsonLd(doc);
  const published = pagePublished(doc, ld);
  const siteName = pageSiteName(doc, ld);
  const url = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const docTitle = (meta(doc, ['meta[property="og:title"]']) ?? doc.title ?? "").trim() || null;
  // The page's one <h1>, when the title contains it: the headline without the site's name.
  const h1s = doc.querySelectorAll("h1");
  const h1 = h1s.length === 1 ? (h1s[0]!.textContent ?? "").replace(/\s+/g, " ").trim() : "";

  let text = "";
  let title: string | null = docTitle;
  try {
    const reader = new Readability(doc as unknown as Document, { serializer: (node: Node) => node });
    const parsed = reader.parse();
    if (parsed?.content) {
      text = blockText(parsed.content as unknown as DomNode);
      if (parsed.title && parsed.title.trim()) title = parsed.title.trim();
    }
  } catch {
    text = "";
  }
  if (!/\p{L}/u.test(text)) {
    // Readability found no article: take the text of the whole body (re-parsed, as Readability changes the DOM).
    const fresh = new DOMParser().parseFromString(html, "text/html") as unknown as DomDocument;
    const root = fresh.body ?? fresh.documentElement;
    text = root ? blockText(root) : "";
  }
  if (h1 && (!title || title.includes(h1))) title = h1;
  // Keep the headline as the first line, as in the text files of the corpus.
  if (title) {
    const head = text.split("\n").slice(0, 3).map((l) => l.trim());
    if (!head.includes(title)) text = text ? `${title}\n\n${text}` : title;
  }
  return { text, title, published, siteName, url };
}
