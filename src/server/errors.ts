// Every error the API returns has one shape, { error: { status, message, ... } }, with a message
// that names what was wrong (the parameter, the limit, the missing token).
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

export interface ErrorBody { error: { status: number; message: string; [detail: string]: unknown } }

const body = (status: number, message: string, details: Record<string, unknown> = {}): ErrorBody => ({ error: { status, message, ...details } });

/** Multipart limits, told in words the uploader can act on. */
const UPLOAD_LIMITS: Record<string, string> = {
  FST_REQ_FILE_TOO_LARGE: "a file is larger than the upload limit per file",
  FST_FILES_LIMIT: "too many files in one upload",
  FST_PARTS_LIMIT: "too many parts in one upload",
  FST_FIELDS_LIMIT: "too many fields in one upload",
};

/** Where a bad value was, in the words of the request. */
const PARTS: Record<string, string> = { querystring: "query parameter", params: "path parameter", body: "body field", headers: "header" };

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).send(body(err.status, err.message, err.details));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = PARTS[err.validationContext ?? ""] ?? "request parameter";
      const problems = err.validation.map((v) => {
        const name = v.instancePath.split("/")[1] ?? "";
        return { parameter: name, message: v.message };
      });
      const message = problems.map((p) => `${where}${p.parameter ? ` "${p.parameter}"` : ""}: ${p.message}`).join("; ");
      return reply.code(400).send(body(400, message, { problems }));
    }
    if (err.code && UPLOAD_LIMITS[err.code]) return reply.code(413).send(body(413, `${UPLOAD_LIMITS[err.code]}: ${err.message}`));
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) req.log.error(err);
    return reply.code(status).send(body(status, status >= 500 ? `internal error: ${err.message}` : err.message));
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(body(404, `no such endpoint: ${req.method} ${req.url.split("?")[0]}`));
  });
}
