// Clusters of reports, grown one event at a time: each new event joins the cluster all of whose
// members it agrees with most strongly, or starts its own. A cluster takes one event per article,
// and clusters never merge, so an event's cluster, once given, stays (ingest is incremental).
//
// Clusters are found through blocks (type, pair of states, month or year), so that an event is compared
// with the few clusters that could hold it, never with all of them.
import { maxDayGap, sameEventScore } from "./sameEvent.js";
import type { EventSignature } from "./eventSignature.js";

export interface Cluster {
  id: string;
  members: EventSignature[];
}

/** The score of `sig` against every member of `cluster`, or null when it disagrees with one. */
export function clusterScore(sig: EventSignature, cluster: Cluster): number | null {
  let total = 0;
  for (const m of cluster.members) {
    const s = sameEventScore(sig, m);
    if (s === null) return null;
    total += s;
  }
  return total / cluster.members.length;
}

/** The cluster `sig` belongs to among `candidates`, or null. An undated report joins only one that is unambiguous. */
export function bestCluster(sig: EventSignature, candidates: Iterable<Cluster>): Cluster | null {
  let best: Cluster | null = null;
  let bestScore = -Infinity;
  let fits = 0;
  for (const c of candidates) {
    const s = clusterScore(sig, c);
    if (s === null) continue;
    fits++;
    if (s > bestScore) { best = c; bestScore = s; }
  }
  if (sig.first === null && fits > 1) return null;
  return best;
}

/** Each pair of the states (sorted codes), "CN-RU", as the store's dyad index keys them. */
export function statePairs(countries: string[]): string[] {
  const c = [...countries].sort();
  const pairs: string[] = [];
  for (let i = 0; i < c.length; i++) for (let j = i + 1; j < c.length; j++) pairs.push(`${c[i]}-${c[j]}`);
  return pairs;
}

/** Months since year 0 of each day, remembered: the same few thousand days come again and again. */
const monthOfDay = new Map<number, number>();
function monthOf(day: number): number {
  let m = monthOfDay.get(day);
  if (m === undefined) {
    const d = new Date(day * 86_400_000);
    monthOfDay.set(day, (m = d.getUTCFullYear() * 12 + d.getUTCMonth()));
  }
  return m;
}

/** A block's span, as a number: a month since year 0, a year (YEAR_SPAN + year), or UNDATED. */
const YEAR_SPAN = 1_000_000;
const UNDATED = -1;

/** The months (from year 0) of the days from `first` to `last`. */
function monthsOf(first: number, last: number): number[] {
  const out: number[] = [];
  for (let m = monthOf(first), end = monthOf(last); m <= end; m++) out.push(m);
  return out;
}

/** The years of the days from `first` to `last`, as spans. */
function yearsOf(first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = Math.floor(monthOf(first) / 12), end = Math.floor(monthOf(last) / 12); y <= end; y++) out.push(YEAR_SPAN + y);
  return out;
}

/** Each type and pair of states (or one state) of the event: the first part of its blocks. */
const kindsOf = (sig: EventSignature) => (sig.countries.length < 2 ? [sig.countries[0] ?? "-"] : statePairs(sig.countries)).map((p) => `${sig.type}|${p}`);

/** Dates that span more months than this (a year, a season) are filed by year: once, not in
 * every month. */
const MONTH_BLOCKS_AT_MOST = 2;

/** The spans an event is filed under: per month its dates touch, or per year when they span
 * longer (UNDATED when undated). */
function spansOf(sig: EventSignature): number[] {
  if (sig.first === null) return [UNDATED];
  const months = monthsOf(sig.first, sig.last!);
  return months.length > MONTH_BLOCKS_AT_MOST ? yearsOf(sig.first, sig.last!) : months;
}

/** The spans where clusters that could hold a dated `sig` are filed: the months and years its
 * dates touch, widened by its type's tolerance (a cluster fits only when each dated member comes
 * that near), and the undated. (An undated event looks in every span of its kinds.) */
function searchSpans(sig: EventSignature): number[] {
  const gap = maxDayGap(sig.type);
  return [...monthsOf(sig.first! - gap, sig.last! + gap), ...yearsOf(sig.first! - gap, sig.last! + gap), UNDATED];
}

/** A cluster as the index keeps it. */
interface Held extends Cluster {
  /** Its rank in the order clusters were founded or loaded: between clusters that fit equally
   * well, the older wins, whatever blocks they were found through. */
  rank: number;
  /** The articles its members come from. */
  articles: Set<string>;
  /** The blocks it is filed in, so that it is filed in each once. */
  blocks: Held[][];
  /** The last search that found it, so that a search counts it once. */
  seenBy: number;
}

/** Clusters held in memory: for one run of `attache extract`, or as the store's working set.
 * Clusters are filed in blocks: per kind (type and pair of states), per span (month, year or
 * undated). Blocks hold the clusters themselves, and spans are numbers: a search looks up one
 * string per kind, not one per block (hashing fresh strings was most of the work). */
export class ClusterIndex {
  private readonly clusters = new Map<string, Held>();
  private readonly byKind = new Map<string, Map<number, Held[]>>();
  private searches = 0;

  constructor(private readonly newId: (founder: EventSignature) => string) {}

  get size(): number {
    return this.clusters.size;
  }

  /** Files a cluster read from elsewhere (the store) with its members. */
  load(cluster: Cluster): void {
    const c = this.clusters.get(cluster.id) ?? this.keep(cluster.id);
    for (const m of cluster.members) this.file(c, m);
  }

  /** The cluster `sig` joins or founds; returns its id. */
  add(sig: EventSignature): string {
    const search = ++this.searches;
    const candidates: Held[] = [];
    const spans = sig.first === null ? null : searchSpans(sig);
    for (const kind of kindsOf(sig)) {
      const blocks = this.byKind.get(kind);
      if (!blocks) continue;
      const lists = spans ? spans.map((span) => blocks.get(span)) : blocks.values();
      for (const list of lists) {
        if (!list) continue;
        for (const c of list) {
          if (c.seenBy === search || c.articles.has(sig.article)) continue;
          c.seenBy = search;
          candidates.push(c);
        }
      }
    }
    const cluster = (bestCluster(sig, candidates.sort((a, b) => a.rank - b.rank)) as Held | null) ?? this.keep(this.newId(sig));
    this.file(cluster, sig);
    return cluster.id;
  }

  private keep(id: string): Held {
    const c: Held = { id, members: [], rank: this.clusters.size, articles: new Set(), blocks: [], seenBy: 0 };
    this.clusters.set(id, c);
    return c;
  }

  private file(cluster: Held, sig: EventSignature): void {
    cluster.members.push(sig);
    cluster.articles.add(sig.article);
    const spans = spansOf(sig);
    for (const kind of kindsOf(sig)) {
      let blocks = this.byKind.get(kind);
      if (!blocks) this.byKind.set(kind, (blocks = new Map()));
      for (const span of spans) {
        let list = blocks.get(span);
        if (!list) blocks.set(span, (list = []));
        if (cluster.blocks.includes(list)) continue;
        cluster.blocks.push(list);
        list.push(cluster);
      }
    }
  }
}

/** The readable part of a cluster id, from its founding report: "2019-06-13-CN-RU-meeting". */
export function clusterName(founder: EventSignature): string {
  return [founder.date ?? "undated", ...founder.countries, founder.type].join("-");
}

/** Cluster ids numbered within one run: "2019-06-13-CN-RU-meeting", then "...-meeting-2". */
export function clusterIdMaker(): (founder: EventSignature) => string {
  const used = new Map<string, number>();
  return (founder) => {
    const base = clusterName(founder);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
