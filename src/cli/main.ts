#!/usr/bin/env node
// The attache command line: one file per command under commands/.
import { Command } from "commander";
import { registerCorrections } from "./commands/corrections.js";
import { registerDemo } from "./commands/demo.js";
import { registerEvents } from "./commands/events.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerPerson } from "./commands/person.js";
import { registerServe } from "./commands/serve.js";
import { registerStats } from "./commands/stats.js";
import { registerWorker } from "./commands/worker.js";
import { EXIT_FAILED } from "./exitCodes.js";

// A reader that stops early (`attache export | head`) has what it wanted: stop quietly, as
// Unix tools do on a closed pipe, rather than report a failed write.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const program = new Command();
program
  .name("attache")
  .description("Turns news about military and defence diplomacy into a checked record of engagements.")
  .showHelpAfterError();

registerDemo(program);
registerExtract(program);
registerIngest(program);
registerEvents(program);
registerPerson(program);
registerStats(program);
registerExport(program);
registerCorrections(program);
registerWorker(program);
registerServe(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`attache: ${(err as Error).message}\n`);
  process.exitCode = EXIT_FAILED;
});
