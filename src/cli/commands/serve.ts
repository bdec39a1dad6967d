// `attache serve`: the JSON API and the web UI over the store, on loopback unless told otherwise
// (and then only with a token, which every request must carry).
import { isIP } from "node:net";
import { Command } from "commander";
import { buildApp, DEFAULT_LIMITS } from "../../server/app.js";
import type { Database } from "../../store/database.js";
import { openStore } from "../../store/openStore.js";
import { knowledgeFrom, storeCommand, storeOptionsOf, type StoreFlags } from "../storeCommand.js";

export interface ServeFlags extends StoreFlags {
  host: string;
  port: number;
  maxFileMb: number;
  maxUploadMb: number;
}

const MB = 1024 * 1024;

export function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1" || host === "[::1]";
}

/** Serves the store until SIGINT or SIGTERM; resolves once closed. `onListening` gets the URL. */
export async function serve(flags: ServeFlags, onListening: (url: string, db: Database) => void): Promise<void> {
  const token = process.env.ATTACHE_TOKEN || undefined;
  const loopback = isLoopback(flags.host);
  if (!loopback && !token) throw new Error(`refusing to listen on ${flags.host} (beyond loopback) without a token: set ATTACHE_TOKEN`);
  const db = await openStore(storeOptionsOf(flags));
  let app;
  try {
    let knowledge: ReturnType<typeof knowledgeFrom> | undefined;
    app = await buildApp({
      db, token, readsNeedToken: !loopback,
      knowledge: () => (knowledge ??= knowledgeFrom(flags.knowledge)),
      limits: { ...DEFAULT_LIMITS, fileBytes: flags.maxFileMb * MB, requestBytes: flags.maxUploadMb * MB },
      // Warnings and errors (a failed request) on stderr, one JSON line each.
      logger: { level: "warn" },
      warmFigures: true,
    });
    await app.listen({ host: flags.host, port: flags.port });
  } catch (err) {
    await app?.close();
    await db.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : flags.port;
  const host = flags.host.includes(":") && !flags.host.startsWith("[") ? `[${flags.host}]` : flags.host;
  onListening(`http://${host}:${port}/`, db);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off("SIGINT", stop); process.off("SIGTERM", stop); resolve(); };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await app.close();
  await db.close();
}

const positive = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} takes a positive number, not "${v}"`);
  return n;
};
const port = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port takes a port number (0 picks a free one), not "${v}"`);
  return n;
};

export function addServeOptions(command: Command): Command {
  return command
    .option("--host <host>", "address to listen on (beyond loopback only with ATTACHE_TOKEN set)", "127.0.0.1")
    .option("--port <n>", "port to listen on (0 picks a free one)", port, 4300)
    .option("--max-file-mb <n>", "upload limit per file, in MB", positive("--max-file-mb"), DEFAULT_LIMITS.fileBytes / MB)
    .option("--max-upload-mb <n>", "upload limit per request, in MB", positive("--max-upload-mb"), DEFAULT_LIMITS.requestBytes / MB);
}

export function registerServe(program: Command): void {
  addServeOptions(storeCommand(program, "serve"))
    .description("serve the JSON API and the web UI; reads are open on loopback, writes (upload, corrections) need ATTACHE_TOKEN")
    .option("-k, --knowledge <dir...>", "extra knowledge folders for uploaded articles")
    .action(async (opts: ServeFlags) => {
      await serve(opts, (url, db) => {
        process.stdout.write(`attache: serving ${db.description} at ${url}\n`);
        process.stdout.write(process.env.ATTACHE_TOKEN ? "writes (upload, corrections) need the token in ATTACHE_TOKEN\n" : "writes are off: set ATTACHE_TOKEN to allow uploads and corrections\n");
      });
    });
}
