// An article's text with its evidence sentences and person mentions marked at their offsets.
import { useEffect, useRef } from "preact/hooks";
import type { Article } from "../types.js";

interface Mark { start: number; end: number; kind: "evidence" | "focus" | "mention"; title: string; href?: string }

/** Cuts the text at every mark's edges; each piece carries the marks covering it. */
function pieces(text: string, marks: Mark[]): { text: string; marks: Mark[] }[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const edges = [...cuts].sort((a, b) => a - b);
  const out: { text: string; marks: Mark[] }[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i]!, edges[i + 1]!];
    out.push({ text: text.slice(a, b), marks: marks.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}

/** `focus`: the evidence of the report this view is about (scrolled to); the others are lighter. */
export function ArticleText({ article, focus }: { article: Article; focus?: { start: number; end: number } }) {
  const marks: Mark[] = [];
  for (const e of article.events) {
    const isFocus = focus && e.evidence.start === focus.start && e.evidence.end === focus.end;
    marks.push({ start: e.evidence.start, end: e.evidence.end, kind: isFocus ? "focus" : "evidence", title: `Evidence of ${e.report} (${e.type})` });
  }
  for (const p of article.persons) {
    for (const m of p.mentions) marks.push({ start: m.start, end: m.end, kind: "mention", title: `${p.name}${p.title ? `, ${p.title}` : ""}`, href: `/persons/${p.id}` });
  }
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current?.querySelector<HTMLElement>("mark.focus");
    if (el && box.current) box.current.scrollTop = Math.max(0, el.offsetTop - box.current.offsetTop - 60);
  }, [article.id, focus?.start]);
  return (
    <div class="article-text" ref={box}>
      {pieces(article.text, marks).map((p) => {
        let node: preact.ComponentChildren = p.text;
        const mention = p.marks.find((m) => m.kind === "mention");
        if (mention) node = <a class="mention" href={mention.href} title={mention.title}>{node}</a>;
        const ev = p.marks.find((m) => m.kind === "focus") ?? p.marks.find((m) => m.kind === "evidence");
        if (ev) node = <mark class={ev.kind} title={ev.title}>{node}</mark>;
        return node;
      })}
    </div>
  );
}
