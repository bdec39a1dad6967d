// `attache stats`: engagements per year by type and by dyad.
import { Command, Option } from "commander";
import { stats, type Stats, type YearCount } from "../../store/queries/stats.js";
import { storeCommand, withStore, type StoreFlags } from "../storeCommand.js";

/** A year × key table with totals. */
function pivot(title: string, counts: YearCount[]): string[] {
  const years = [...new Set(counts.map((c) => c.year))].sort();
  const keys = [...new Set(counts.map((c) => c.key))].sort();
  if (!keys.length) return [title, "  —"];
  const at = new Map(counts.map((c) => [`${c.year} ${c.key}`, c.count]));
  const width = Math.max(5, ...keys.map((k) => k.length)) + 2;
  const lines = [title, "year".padEnd(9) + keys.map((k) => k.padStart(width)).join("") + "total".padStart(8)];
  for (const y of years) {
    const row = keys.map((k) => at.get(`${y} ${k}`) ?? 0);
    lines.push(y.padEnd(9) + row.map((n) => String(n || "·").padStart(width)).join("") + String(row.reduce((a, b) => a + b, 0)).padStart(8));
  }
  return lines;
}

export function formatStats(s: Stats): string {
  return [
    `${s.articles} articles · ${s.clusters} engagements (${s.events} reports) · ${s.persons} persons`, "",
    ...pivot("Engagements by type", s.byType), "",
    ...pivot("Engagements by dyad (an event of three states counts for each pair)", s.byDyad),
  ].join("\n");
}

export function registerStats(program: Command): void {
  storeCommand(program, "stats")
    .description("engagements per year by type and by dyad")
    .option("-c, --country <code...>", "only events these states took part in")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (opts: StoreFlags & { country?: string[]; format: "table" | "json" }) => {
      const s = await withStore(opts, (db) => stats(db, opts.country ? { country: opts.country } : {}));
      process.stdout.write((opts.format === "json" ? JSON.stringify(s, null, 2) : formatStats(s)) + "\n");
    });
}
