// `attache export`: the whole store as FORMAT.md JSONL (one article a line) or as CSV (one event a row).
import { Command, Option } from "commander";
import { eventsCsv, exportEvents, exportRecords } from "../../store/queries/exportRecords.js";
import { chunkedStdout } from "../stdoutChunks.js";
import { storeCommand, withStore, type StoreFlags } from "../storeCommand.js";

export function registerExport(program: Command): void {
  storeCommand(program, "export")
    .description("write the stored record: jsonl (../shared/eval/FORMAT.md, one article a line) or csv (one event a row)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .action(async (opts: StoreFlags & { format: "jsonl" | "csv" }) => {
      await withStore(opts, async (db) => {
        const out = chunkedStdout();
        if (opts.format === "jsonl") {
          for await (const record of exportRecords(db)) await out.write(JSON.stringify(record) + "\n");
        } else {
          let header = true;
          for await (const events of exportEvents(db)) {
            await out.write(eventsCsv(events, header));
            header = false;
          }
        }
        await out.end();
      });
    });
}
