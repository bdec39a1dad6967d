// `attache demo`: the main job on the embedded default: ingest the project's sample corpus into
// the store, show the engagements as a timeline, then serve the web UI on them.
import { Command } from "commander";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { findEvents } from "../../store/queries/events.js";
import { DEFAULT_DATA_DIR } from "../../store/openStore.js";
import { formatEvents } from "./events.js";
import { runIngest } from "./ingest.js";
import { addServeOptions, serve, type ServeFlags } from "./serve.js";
import { withStore } from "../storeCommand.js";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../samples");

export function registerDemo(program: Command): void {
  addServeOptions(program.command("demo"))
    .description("ingest the project's sample corpus into the embedded store, print the engagements as a timeline, then serve the web UI on them")
    .option("-d, --data <dir>", "data folder of the embedded store", DEFAULT_DATA_DIR)
    .option("--no-serve", "stop after printing the timeline")
    .action(async (opts: ServeFlags & { serve: boolean }) => {
      const flags = { data: opts.data, databaseUrl: "" };
      const status = await runIngest([samples], { ...flags, batchSize: 200 });
      const events = await withStore(flags, (db) => findEvents(db));
      process.stdout.write(formatEvents(events, "table") + "\n");
      process.exitCode = status;
      if (!opts.serve) return;
      await serve({ ...opts, ...flags }, (url) => {
        process.stdout.write(`\nThe web UI on the demo data: ${url}  (Ctrl-C stops it)\n`);
      });
    });
}
