// `attache person NAME`: a dossier of one person.
import { Command, Option } from "commander";
import { dossier, matchPersons, type Dossier } from "../../store/queries/person.js";
import { EXIT_FAILED } from "../exitCodes.js";
import { storeCommand, withStore, type StoreFlags } from "../storeCommand.js";
import { formatEvents } from "./events.js";

export function formatDossier(d: Dossier): string {
  const lines = [`${d.name}${d.country ? ` (${d.country})` : ""}`, ""];
  lines.push(`Names seen: ${d.names.join(", ") || "—"}`, "", "Posts:");
  for (const p of d.posts) {
    const when = p.firstSeen === p.lastSeen ? p.firstSeen ?? "undated" : `${p.firstSeen ?? "?"} – ${p.lastSeen ?? "?"}`;
    lines.push(`  ${when.padEnd(23)} ${p.title}  [${p.articles.join(", ")}]`);
  }
  if (!d.posts.length) lines.push("  —");
  lines.push("", "Counterparts:");
  for (const c of d.counterparts) lines.push(`  ${String(c.engagements).padStart(4)}  ${c.name}${c.country ? ` (${c.country})` : ""}`);
  if (!d.counterparts.length) lines.push("  —");
  lines.push("", "Engagements:");
  lines.push(formatEvents(d.engagements, "table"));
  return lines.join("\n");
}

export function registerPerson(program: Command): void {
  storeCommand(program, "person")
    .description("a person's dossier: names seen, posts over time with their sources, engagements, counterparts")
    .argument("<name>", "a canonical name or a form seen in the articles (part of one lists the matches)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (name: string, opts: StoreFlags & { format: "table" | "json" }) => {
      process.exitCode = await withStore(opts, async (db) => {
        const matches = await matchPersons(db, name);
        if (matches.length !== 1) {
          process.stderr.write(matches.length
            ? `attache: "${name}" matches ${matches.length} persons; say which:\n${matches.map((m) => `  ${m.name}${m.country ? ` (${m.country})` : ""}`).join("\n")}\n`
            : `attache: no person named "${name}" in ${db.description}\n`);
          return EXIT_FAILED;
        }
        const d = await dossier(db, matches[0]!);
        process.stdout.write((opts.format === "json" ? JSON.stringify(d, null, 2) : formatDossier(d)) + "\n");
        return 0;
      });
    });
}
