// `attache person NAME`: a dossier of one person.
import { Command, Option } from "commander";
import { dossier, matchPersons, type Dossier } from "../../store/queries/person.js";
import { EXIT_FAILED } from "../exitCodes.js";
import { storeCommand, withStore, type StoreFlags } from "../storeCommand.js";
import { runCorrection } from "./corrections.js";
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
    .description("a person's dossier: names seen, posts over time with their sources, engagements, counterparts; " +
      "or a correction: person merge KEEP OTHER (OTHER is KEEP), person split NAME --article ID... --as NEW")
    .argument("<name...>", "a canonical name or a form seen in the articles (part of one lists the matches); or merge/split and their names")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .option("-r, --reason <text>", "for merge and split: why (kept with the decision)")
    .option("-a, --article <id...>", "for split: the articles where NAME is another person")
    .option("--as <name>", "for split: the name of that other person")
    .action(async (words: string[], opts: StoreFlags & { format: "table" | "json"; reason?: string; article?: string[]; as?: string }) => {
      if (words[0] === "merge" || words[0] === "split") {
        process.exitCode = await runPersonCorrection(words, opts);
        return;
      }
      const name = words.join(" ");
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

async function runPersonCorrection(words: string[], opts: StoreFlags & { reason?: string; article?: string[]; as?: string }): Promise<number> {
  const fail = (message: string) => { process.stderr.write(`attache: ${message}\n`); return EXIT_FAILED; };
  if (!opts.reason) return fail(`person ${words[0]} needs --reason`);
  if (words[0] === "merge") {
    if (words.length !== 3) return fail('person merge takes two names: KEEP OTHER (quote names with spaces: "Sergei Shoigu")');
    return runCorrection({ ...opts, reason: opts.reason }, { kind: "person-merge", keep: words[1]!, merge: words[2]! });
  }
  if (words.length !== 2 || !opts.article?.length || !opts.as) return fail('person split takes one name, --article ID... and --as NEW-NAME');
  return runCorrection({ ...opts, reason: opts.reason }, { kind: "person-split", name: words[1]!, articles: opts.article, as: opts.as });
}
