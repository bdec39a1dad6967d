#!/usr/bin/env node
// The attache command line.
import { Command, Option } from "commander";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compileKnowledge, type CompiledKnowledge } from "../knowledge/compile.js";
import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import { toRecord } from "../export/record.js";
import type { DocResult } from "../extract/result.js";
import { describeProblem, extractPaths } from "./runExtraction.js";
import { formatTimeline } from "./timeline.js";

/** Exit code when some inputs were skipped but the rest came out. */
export const EXIT_SKIPPED = 2;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function knowledgeFrom(dirs: string[] | undefined): CompiledKnowledge {
  return compileKnowledge(loadKnowledge({ extraDirs: dirs ?? [] }));
}

async function runExtract(paths: string[], format: "jsonl" | "table", knowledgeDirs: string[] | undefined): Promise<number> {
  const k = knowledgeFrom(knowledgeDirs);
  let skipped = 0;
  const docs: DocResult[] = [];
  for await (const item of extractPaths(paths, k, process.stdin)) {
    if (item.kind === "problem") {
      skipped++;
      process.stderr.write(`attache: skipped ${describeProblem(item.problem)}\n`);
      continue;
    }
    if (format === "jsonl") process.stdout.write(JSON.stringify(toRecord(item.result)) + "\n");
    else docs.push(item.result);
  }
  if (format === "table") process.stdout.write(formatTimeline(docs) + "\n");
  if (skipped) process.stderr.write(`attache: ${skipped} input${skipped === 1 ? "" : "s"} skipped\n`);
  return skipped ? EXIT_SKIPPED : 0;
}

const program = new Command();
program
  .name("attache")
  .description("Turns news about military and defence diplomacy into a checked record of engagements.")
  .showHelpAfterError();

program
  .command("extract")
  .description("extract engagements from articles (.txt, .html, .jsonl files, folders, or - for stdin)")
  .argument("<paths...>", "files, folders (walked recursively) or - for standard input")
  .addOption(new Option("-f, --format <format>", "output format").choices(["jsonl", "table"]).default("jsonl"))
  .option("-k, --knowledge <dir...>", "extra knowledge folders (added to the built-in one)")
  .action(async (paths: string[], opts: { format: "jsonl" | "table"; knowledge?: string[] }) => {
    process.exitCode = await runExtract(paths, opts.format, opts.knowledge);
  });

program
  .command("demo")
  .description("extract the project's own sample corpus and print the engagements as a timeline")
  .action(async () => {
    process.exitCode = await runExtract([path.join(projectRoot, "samples")], "table", undefined);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`attache: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
