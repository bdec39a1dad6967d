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

/** The months (from year 0) of the days from `first` to `last`. */
function monthsOf(first: number, last: number): number[] {
  const out: number[] = [];
  for (let m = monthOf(first), end = monthOf(last); m <= end; m++) out.push(m);
  return out;
}

/** The years of the days from `first` to `last`, as blocks name them ("y2019"). */
function yearsOf(first: number, last: number): string[] {
  const out: string[] = [];
  for (let y = Math.floor(monthOf(first) / 12), end = Math.floor(monthOf(last) / 12); y <= end; y++) out.push(`y${y}`);
  return out;
}

const pairsOf = (sig: EventSignature) => (sig.countries.length < 2 ? [sig.countries[0] ?? "-"] : statePairs(sig.countries));

/** Dates that span more months than this (a year, a season) are filed by year: once, not in
 * every month. */
const MONTH_BLOCKS_AT_MOST = 2;

/** The blocks an event is filed under: its type with each pair of its states (or its one state),
 * per month its dates touch, or per year when they span longer ("*" when undated). */
function blocksOf(sig: EventSignature): string[] {
  let spans: (number | string)[] = ["*"];
  if (sig.first !== null) {
    const months = monthsOf(sig.first, sig.last!);
    spans = months.length > MONTH_BLOCKS_AT_MOST ? yearsOf(sig.first, sig.last!) : months;
  }
  return pairsOf(sig).flatMap((p) => spans.map((m) => `${sig.type}|${p}|${m}`));
}

/** The blocks where clusters that could hold `sig` are filed: the months and years its dates
 * touch, widened by its type's tolerance (a cluster fits only when each dated member comes that
 * near), and the undated; every block of its pairs when `sig` is undated. */
function searchBlocks(sig: EventSignature, undatedByPair: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  for (const pair of pairsOf(sig)) {
    const key = `${sig.type}|${pair}`;
    if (sig.first === null) {
      for (const b of undatedByPair.get(key) ?? []) out.push(b);
      continue;
    }
    const gap = maxDayGap(sig.type);
    for (const m of monthsOf(sig.first - gap, sig.last! + gap)) out.push(`${key}|${m}`);
    for (const y of yearsOf(sig.first - gap, sig.last! + gap)) out.push(`${key}|${y}`);
    out.push(`${key}|*`);
  }
  return out;
}

/** Clusters held in memory: for one run of `attache extract`, or as the store's working set. */
export class ClusterIndex {
  private readonly clusters = new Map<string, Cluster>();
  /** Per cluster, its rank in the order clusters were founded or loaded: between clusters that
   * fit equally well, the older wins, whatever blocks they were found through. */
  private readonly rank = new Map<Cluster, number>();
  /** Per cluster, the articles its members come from. */
  private readonly articles = new Map<string, Set<string>>();
  private readonly byBlock = new Map<string, Set<string>>();
  /** Per type and pair of states, the blocks that hold some cluster (for undated events). */
  private readonly blocksByPair = new Map<string, Set<string>>();

  constructor(private readonly newId: (founder: EventSignature) => string) {}

  get size(): number {
    return this.clusters.size;
  }

  /** Files a cluster read from elsewhere (the store) with its members. */
  load(cluster: Cluster): void {
    const known = this.clusters.get(cluster.id);
    if (known) { for (const m of cluster.members) this.file(known, m); return; }
    const c: Cluster = { id: cluster.id, members: [] };
    this.keep(c);
    for (const m of cluster.members) this.file(c, m);
  }

  /** The cluster `sig` joins or founds; returns its id. */
  add(sig: EventSignature): string {
    const candidates = new Set<Cluster>();
    for (const block of searchBlocks(sig, this.blocksByPair)) {
      for (const id of this.byBlock.get(block) ?? []) {
        if (!this.articles.get(id)!.has(sig.article)) candidates.add(this.clusters.get(id)!);
      }
    }
    let cluster = bestCluster(sig, [...candidates].sort((a, b) => this.rank.get(a)! - this.rank.get(b)!));
    if (!cluster) {
      cluster = { id: this.newId(sig), members: [] };
      this.keep(cluster);
    }
    this.file(cluster, sig);
    return cluster.id;
  }

  private keep(cluster: Cluster): void {
    this.clusters.set(cluster.id, cluster);
    this.rank.set(cluster, this.rank.size);
  }

  private file(cluster: Cluster, sig: EventSignature): void {
    cluster.members.push(sig);
    let articles = this.articles.get(cluster.id);
    if (!articles) this.articles.set(cluster.id, (articles = new Set()));
    articles.add(sig.article);
    for (const block of blocksOf(sig)) {
      let ids = this.byBlock.get(block);
      if (!ids) {
        this.byBlock.set(block, (ids = new Set()));
        const [type, pair] = block.split("|");
        const key = `${type}|${pair}`;
        let blocks = this.blocksByPair.get(key);
        if (!blocks) this.blocksByPair.set(key, (blocks = new Set()));
        blocks.add(block);
      }
      ids.add(cluster.id);
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
