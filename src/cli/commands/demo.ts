// `attache demo`: the main job on the embedded default: ingest the project's sample corpus into
// the store and show the engagements as a timeline.
import { Command } from "commander";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { findEvents } from "../../store/queries/events.js";
import { DEFAULT_DATA_DIR } from "../../store/openStore.js";
import { formatEvents } from "./events.js";
import { runIngest } from "./ingest.js";
import { withStore } from "../storeCommand.js";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../samples");

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("ingest the project's sample corpus into the embedded store and print the engagements as a timeline")
    .option("-d, --data <dir>", "data folder of the embedded store", DEFAULT_DATA_DIR)
    .action(async (opts: { data: string }) => {
      const flags = { data: opts.data, databaseUrl: "" };
      const status = await runIngest([samples], { ...flags, batchSize: 200 });
      const events = await withStore(flags, (db) => findEvents(db));
      process.stdout.write(formatEvents(events, "table") + "\n");
      process.exitCode = status;
    });
}
