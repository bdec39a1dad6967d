// `attache extract`: articles in, FORMAT.md records (or a timeline) out; no store.
import { Command, Option } from "commander";
import { RecordClusterer } from "../../cluster/clusterRecords.js";
import { toRecord } from "../../export/record.js";
import type { DocResult } from "../../extract/result.js";
import { describeProblem, extractPaths } from "../runExtraction.js";
import { knowledgeFrom } from "../storeCommand.js";
import { entriesOf, formatTimeline } from "../timeline.js";
import { EXIT_SKIPPED } from "../exitCodes.js";
import { defaultJobs } from "../../store/extractPool.js";
import { wholeNumber } from "../options.js";
import { chunkedStdout } from "../stdoutChunks.js";

export interface ExtractFlags {
  format: "jsonl" | "table";
  knowledge?: string[];
  cluster: boolean;
  jobs?: number;
}

export async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
  const { format, cluster } = flags;
  const k = knowledgeFrom(flags.knowledge);
  const clusterer = cluster ? new RecordClusterer() : null;
  let skipped = 0;
  const docs: DocResult[] = [];
  const out = chunkedStdout();
  for await (const item of extractPaths(paths, k, { stdin: process.stdin, jobs: flags.jobs ?? defaultJobs() })) {
    if (item.kind === "problem") {
      skipped++;
      process.stderr.write(`attache: skipped ${describeProblem(item.problem)}\n`);
      continue;
    }
    const record = toRecord(item.result);
    if (clusterer) {
      clusterer.assign(record);
      record.events.forEach((e, i) => { item.result.events[i]!.cluster = e.cluster; });
    }
    if (format === "jsonl") await out.write(JSON.stringify(record) + "\n");
    else docs.push(item.result);
  }
  await out.end();
  if (format === "table") process.stdout.write(formatTimeline(entriesOf(docs), docs.length) + "\n");
  if (skipped) process.stderr.write(`attache: ${skipped} input${skipped === 1 ? "" : "s"} skipped\n`);
  return skipped ? EXIT_SKIPPED : 0;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract engagements from articles (.txt, .html, .jsonl files, folders, or - for stdin) without storing them")
    .argument("<paths...>", "files, folders (walked recursively) or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["jsonl", "table"]).default("jsonl"))
    .option("-k, --knowledge <dir...>", "extra knowledge folders (added to the built-in one)")
    .option("--no-cluster", "leave each event's cluster null instead of grouping the reports of one event across the articles read")
    .option("-j, --jobs <n>", "threads that extract (default: one per core); the output is the same with any number", wholeNumber("--jobs", 1))
    .action(async (paths: string[], opts: ExtractFlags) => {
      process.exitCode = await runExtract(paths, opts);
    });
}
