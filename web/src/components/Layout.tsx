// The frame of every page: navigation, a search box, and the page's title with its JSON twin.
import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { twin } from "../api.js";

const NAV: [string, string][] = [
  ["/", "Overview"], ["/timeline", "Timeline"], ["/events", "Events"], ["/persons", "Persons"], ["/network", "Network"], ["/upload", "Upload"], ["/corrections", "Corrections"],
];

export function Layout({ children }: { children: ComponentChildren }) {
  const { path, route } = useLocation();
  const active = (href: string) => (href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`));
  const search = (e: Event) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget as HTMLFormElement).get("q")?.toString().trim();
    if (q) route(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <div class="frame">
      <header class="top">
        <a class="brand" href="/"><span class="dot a" /><span class="dot b" />attache</a>
        <nav>{NAV.map(([href, label]) => <a href={href} class={active(href) ? "active" : ""}>{label}</a>)}</nav>
        <form class="search" role="search" onSubmit={search}>
          <input name="q" type="search" placeholder="Search persons and events…" aria-label="Search" />
        </form>
      </header>
      <main>{children}</main>
    </div>
  );
}

/** A page's heading, with the link to the same view as JSON (`json`: false for a form with none). */
export function PageHead({ title, sub, children, json = true }: { title: ComponentChildren; sub?: ComponentChildren; children?: ComponentChildren; json?: boolean }) {
  const { url } = useLocation();
  return (
    <div class="page-head">
      <div>
        <h1>{title}</h1>
        {sub && <p class="sub">{sub}</p>}
      </div>
      <div class="head-tools">
        {children}
        {json && <a class="json" href={twin(url)} title="This view as JSON">JSON</a>}
      </div>
    </div>
  );
}

export function Status({ loading, error }: { loading: boolean; error: string | undefined }) {
  if (error) return <div class="error" role="alert">{error}{/ATTACHE_TOKEN/.test(error) && <> · <a href="/upload">enter the token</a></>}</div>;
  if (loading) return <div class="loading">Loading…</div>;
  return null;
}
