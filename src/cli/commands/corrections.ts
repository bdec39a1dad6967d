// The analyst's corrections: `attache person merge|split`, `attache event merge|split|reject`,
// and `attache corrections` to list them. Each is stored with its time and reason, applied at
// once, and applied again after every ingest and reprocess.
import { Command, Option } from "commander";
import { addCorrection, CorrectionError, describeCorrection, listCorrections, type Correction } from "../../store/corrections.js";
import { EXIT_FAILED } from "../exitCodes.js";
import { storeCommand, withStore, type StoreFlags } from "../storeCommand.js";

interface CorrectionFlags extends StoreFlags {
  reason: string;
}

/** Stores and applies one correction; a correction that names nothing stored is refused, storing nothing. */
export async function runCorrection(flags: CorrectionFlags, correction: Correction): Promise<number> {
  return withStore(flags, async (db) => {
    try {
      const stored = await db.transaction((tx) => addCorrection(tx, correction, flags.reason));
      process.stdout.write(`correction ${stored.id}: ${describeCorrection(stored.correction)} (${stored.reason})\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof CorrectionError)) throw err;
      process.stderr.write(`attache: ${err.message} in ${db.description}; nothing was changed\n`);
      return EXIT_FAILED;
    }
  });
}

const reasonOption = () => new Option("-r, --reason <text>", "why: kept with the decision").makeOptionMandatory();

export function registerCorrections(program: Command): void {
  storeCommand(program, "event")
    .description("correct the grouping of reports into real-world events: merge REPORT INTO, split REPORT, reject REPORT (a report is ARTICLE#N, as `attache events` shows it)")
    .argument("<action>", "merge, split or reject")
    .argument("<report>", "the report, ARTICLE#N")
    .argument("[into]", "for merge: a report of the event it belongs to")
    .addOption(reasonOption())
    .action(async (action: string, report: string, into: string | undefined, opts: CorrectionFlags) => {
      let correction: Correction;
      if (action === "merge" && into) correction = { kind: "event-merge", report, into };
      else if (action === "split" && !into) correction = { kind: "event-split", report };
      else if (action === "reject" && !into) correction = { kind: "event-reject", report };
      else {
        process.stderr.write(`attache: event takes merge REPORT INTO, split REPORT or reject REPORT, not "${[action, report, into].filter(Boolean).join(" ")}"\n`);
        process.exitCode = EXIT_FAILED;
        return;
      }
      if (!/^.+#\d+$/.test(report) || (into && !/^.+#\d+$/.test(into))) {
        process.stderr.write("attache: a report is named ARTICLE#N (the article id and the event's place in it, from 1)\n");
        process.exitCode = EXIT_FAILED;
        return;
      }
      process.exitCode = await runCorrection(opts, correction);
    });

  storeCommand(program, "corrections")
    .description("list the analyst's corrections, with their time and reason")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (opts: StoreFlags & { format: "table" | "json" }) => {
      process.exitCode = await withStore(opts, async (db) => {
        const all = await listCorrections(db);
        if (opts.format === "json") process.stdout.write(JSON.stringify(all, null, 2) + "\n");
        else if (!all.length) process.stdout.write("no corrections\n");
        else {
          for (const c of all) {
            process.stdout.write(`${String(c.id).padStart(4)}  ${c.at.slice(0, 19).replace("T", " ")}  ${describeCorrection(c.correction)}${c.applies ? "" : "  [names nothing stored now]"}\n      ${c.reason}\n`);
          }
        }
        return 0;
      });
    });
}
