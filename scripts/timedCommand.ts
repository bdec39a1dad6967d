// Runs an attache command in a child process, as a user would, its output discarded, and
// measures it: elapsed seconds and peak RSS (VmHWM, read from /proc while it runs: Linux).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/cli/main.js");

export interface Timed { seconds: number; peakRssMb: number }

export function timedCommand(args: string[]): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const env = { ...process.env };
    delete env.DATABASE_URL; // the store is given by flag
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let peakKb = 0;
    let stderr = "";
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* ended */ }
    }, 100);
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    child.on("exit", (code) => {
      clearInterval(poll);
      if (code !== 0) { reject(new Error(`attache ${args[0]} failed (${code}): ${stderr.slice(-500)}`)); return; }
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMb: Math.round(peakKb / 1024) });
    });
  });
}
