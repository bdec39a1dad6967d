// `attache export`: the whole store as FORMAT.md JSONL (one article a line) or as CSV (one event a row).
import { Command, Option } from "commander";
import { eventsCsv, exportEvents, exportRecords } from "../../store/queries/exportRecords.js";
import { storeCommand, withStore, type StoreFlags } from "../storeCommand.js";

/** Writes and waits when the pipe is full, so a large export never piles up in memory. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
}

export function registerExport(program: Command): void {
  storeCommand(program, "export")
    .description("write the stored record: jsonl (../shared/eval/FORMAT.md, one article a line) or csv (one event a row)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .action(async (opts: StoreFlags & { format: "jsonl" | "csv" }) => {
      await withStore(opts, async (db) => {
        if (opts.format === "jsonl") {
          for await (const record of exportRecords(db)) await write(JSON.stringify(record) + "\n");
          return;
        }
        let header = true;
        for await (const events of exportEvents(db)) {
          await write(eventsCsv(events, header));
          header = false;
        }
      });
    });
}
