// Who a family name stands for on a given day: "Chinese Defence Minister Li" in April 2023 is
// Li Shangfu, "General Chang" of China in 2013 is Chang Wanquan. Known persons are narrowed by
// state, then by the post named (held that day), then by holding any listed post that day.
import type { KnownPerson } from "./schema.js";

export interface PersonClues {
  country: string | null;
  /** A post as written or canonical ("Defence Minister", "defense minister"). */
  post: string | null;
  /** ISO day the article speaks of (its publication day). */
  day: string | null;
}

/** Folds the spellings of a post: "Defence Minister" = "defense minister" = "Minister of Defense". */
export function postKey(post: string): string {
  const words = post.toLowerCase().replace(/defence/g, "defense").replace(/[^a-z ]+/g, " ").split(/\s+/).filter((w) => w && w !== "the" && w !== "of");
  return words.sort().join(" ");
}

type HeldPost = KnownPerson["posts"][number];

/** Whether a post was held on `day` (open ends hold). */
const heldOn = (h: HeldPost, day: string) => (h.from === null || h.from <= day) && (h.to === null || day <= h.to);

const holds = (p: KnownPerson, day: string, post: string | null) =>
  p.posts.some((h) => heldOn(h, day) && (post === null || postKey(h.title) === post));

/** The one known person among `bearers` (all bearing one family name) the clues point to, or null. */
export function knownPersonAt(bearers: KnownPerson[], clues: PersonClues): KnownPerson | null {
  let pool = clues.country ? bearers.filter((p) => p.country === clues.country) : bearers;
  if (pool.length <= 1 || !clues.day) return pool.length === 1 ? pool[0]! : null;
  const day = clues.day;
  if (clues.post) {
    const post = postKey(clues.post);
    const holders = pool.filter((p) => holds(p, day, post));
    if (holders.length === 1) return holders[0]!;
  }
  pool = pool.filter((p) => holds(p, day, null));
  return pool.length === 1 ? pool[0]! : null;
}

/** The post `p` held on `day` (the latest begun, when several), or null. */
export function postHeldOn(p: KnownPerson, day: string): string | null {
  const held = p.posts.filter((h) => heldOn(h, day));
  held.sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
  return held[0]?.title ?? null;
}
