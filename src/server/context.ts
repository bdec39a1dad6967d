// What every route shares: the open store, the write token, the knowledge ingest extracts with,
// and the upload limits.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "../store/database.js";
import type { FigureCache } from "./cache.js";

export interface UploadLimits {
  /** Bytes of one uploaded file. */
  fileBytes: number;
  /** Bytes of all the files of one upload. */
  requestBytes: number;
  files: number;
}

export interface ServerContext {
  db: Database;
  /** ATTACHE_TOKEN; writes are refused without it. */
  token: string | undefined;
  /** Reads need the token too (the server listens beyond loopback). */
  readsNeedToken: boolean;
  /** Compiled on first use: only ingest needs it. */
  knowledge: () => CompiledKnowledge;
  limits: UploadLimits;
  /** Counts over many events, kept until the store changes. */
  figures: FigureCache;
  /** Runs writes one after another: two uploads never interleave their batches. */
  serialize: <T>(work: () => Promise<T>) => Promise<T>;
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;
