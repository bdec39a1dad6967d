// Writes, behind the token: uploading articles (ingested by the same code as `attache ingest`)
// and the analyst's corrections. Reading the corrections is open like every read.
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { addCorrection, correctionSchema, CorrectionError, describeCorrection, listCorrections } from "../../store/corrections.js";
import { ingest } from "../../store/ingest.js";
import { findEvents } from "../../store/queries/events.js";
import { requireToken } from "../auth.js";
import type { App, ServerContext } from "../context.js";
import { HttpError } from "../errors.js";

/** Below this many bytes an upload is extracted in the server's own thread: starting worker
 * threads (each compiles the knowledge) costs more than extracting a few articles. */
const IN_THREAD_BYTES = 256 * 1024;

export function writeRoutes(app: App, ctx: ServerContext): void {
  const { db } = ctx;

  app.post("/api/ingest", {
    preHandler: requireToken(ctx.token, "uploading articles"),
    schema: { summary: "Upload article files (.txt, .html, .jsonl; multipart form, field 'files') and ingest them; needs the write token", tags: ["writes"] },
  }, async (req) => {
    if (!req.isMultipart()) throw new HttpError(415, "send the files as multipart/form-data");
    const dir = await mkdtemp(path.join(tmpdir(), "attache-upload-"));
    try {
      const files: string[] = [];
      let bytes = 0;
      for await (const part of req.files()) {
        // The name only: a client's path never reaches the file system.
        const name = path.basename(part.filename || "upload.txt").replace(/^\.+/, "_") || "upload.txt";
        // A folder each: the file keeps its name (the article id is its stem) even when two share one.
        const folder = path.join(dir, String(files.length));
        await mkdir(folder);
        const file = path.join(folder, name);
        const sizeCheck = async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            bytes += chunk.length;
            if (bytes > ctx.limits.requestBytes) throw new HttpError(413, `the upload is larger than the limit of ${ctx.limits.requestBytes} bytes per request`);
            yield chunk;
          }
        };
        await pipeline(part.file, sizeCheck, createWriteStream(file));
        if (part.file.truncated) throw new HttpError(413, `${name} is larger than the limit of ${ctx.limits.fileBytes} bytes per file`);
        files.push(file);
      }
      if (!files.length) throw new HttpError(400, "no files in the upload: send them in the multipart field 'files'");
      const summary = await ctx.serialize(() => ingest(db, files, ctx.knowledge(), bytes < IN_THREAD_BYTES ? { jobs: 0 } : {}));
      // Each stored article's source is the path it was read from: this upload's folder.
      const { rows } = await db.query<{ id: string }>("select id from articles where starts_with(source, $1) order by id", [dir + path.sep]);
      const articles = rows.map((r) => r.id);
      const events = articles.length ? await findEvents(db, { articleIds: articles, order: "article", limit: 500 }) : [];
      const shown = (source: string) => path.basename(source);
      return {
        ...summary,
        problems: summary.problems.map((p) => ({ ...p, source: shown(p.source) })),
        articles,
        events,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  app.get("/api/corrections", {
    schema: { summary: "The analyst's corrections, with their time and reason", tags: ["corrections"] },
  }, async () => (await listCorrections(db)).map((c) => ({ ...c, description: describeCorrection(c.correction) })));

  app.post("/api/corrections", {
    preHandler: requireToken(ctx.token, "correcting the record"),
    schema: { summary: "Record and apply a correction (person merge/split, event merge/split/reject); needs the write token", tags: ["corrections"],
      body: z.object({ reason: z.string().trim().min(1, "a correction needs a reason"), correction: correctionSchema }) },
  }, async (req, reply) => {
    try {
      const stored = await ctx.serialize(() => db.transaction((tx) => addCorrection(tx, req.body.correction, req.body.reason)));
      return reply.code(201).send({ ...stored, description: describeCorrection(stored.correction) });
    } catch (err) {
      if (err instanceof CorrectionError) throw new HttpError(404, `${err.message}; nothing was changed`);
      throw err;
    }
  });
}
