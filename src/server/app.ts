// The HTTP server of `attache serve`: a JSON API over the store's queries (the CLI's own), its
// OpenAPI document, and the web UI. Reads are open on loopback; writes need ATTACHE_TOKEN.
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifySwagger from "@fastify/swagger";
import Fastify from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import type { Database } from "../store/database.js";
import { requireToken } from "./auth.js";
import type { App, ServerContext, UploadLimits } from "./context.js";
import { figureCache } from "./cache.js";
import { installErrorHandlers } from "./errors.js";
import { figureWarmer, WARM_HEADER } from "./warm.js";
import { articleRoutes } from "./routes/articles.js";
import { eventRoutes } from "./routes/events.js";
import { overviewRoutes } from "./routes/overview.js";
import { pageRoutes } from "./routes/pages.js";
import { personRoutes } from "./routes/persons.js";
import { writeRoutes } from "./routes/writes.js";

/** The UI bundle `npm run build` writes (dist/web), beside dist/src. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web");

export const DEFAULT_LIMITS: UploadLimits = { fileBytes: 10 * 1024 * 1024, requestBytes: 50 * 1024 * 1024, files: 200 };

export interface AppOptions {
  db: Database;
  knowledge: () => CompiledKnowledge;
  token?: string | undefined;
  readsNeedToken?: boolean;
  limits?: UploadLimits;
  webRoot?: string;
  logger?: boolean | { level: string };
  /** Count the unfiltered figures once ready and after each write, in the background (`attache serve`). */
  warmFigures?: boolean;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({ logger: options.logger ?? false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);

  if (options.db.embedded) {
    // An embedded store's pages come from memory or the OS cache: a random read costs little more
    // than a sequential one. At the default (4) the planner scanned all 280,000 events of a
    // 100,000-article store for a dyad's 10,000 rather than look them up; 2.5 times slower.
    await options.db.exec("set random_page_cost = 1.1");
  }
  let writing: Promise<unknown> = Promise.resolve();
  // Where reads need the token, the warmer's requests carry it.
  const warmer = options.warmFigures
    ? figureWarmer(app, { headers: options.readsNeedToken && options.token ? { authorization: `Bearer ${options.token}` } : {} })
    : null;
  const ctx: ServerContext = {
    db: options.db,
    token: options.token || undefined,
    readsNeedToken: options.readsNeedToken ?? false,
    knowledge: options.knowledge,
    limits: options.limits ?? DEFAULT_LIMITS,
    // Other processes may write to a server's store: its cached figures expire.
    figures: figureCache(!options.db.embedded),
    serialize: (work) => {
      // Whatever a write changed, the cached figures no longer hold.
      const run = writing.then(work, work).finally(() => { ctx.figures.clear(); warmer?.warm(); });
      writing = run.catch(() => undefined);
      return run;
    },
  };

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", "data:"], connectSrc: ["'self'"],
        fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(fastifyMultipart, { limits: { fileSize: ctx.limits.fileBytes, files: ctx.limits.files, fields: 10, parts: ctx.limits.files + 10 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "attache", version: "0.1.0", description: "Engagements of military and defence diplomacy, each with its evidence. Reads are open on loopback; writes need `Authorization: Bearer $ATTACHE_TOKEN`." },
      components: { securitySchemes: { token: { type: "http", scheme: "bearer" } } },
    },
    transform: jsonSchemaTransform,
  });

  if (ctx.readsNeedToken) {
    // Beyond loopback the data is not for everyone on the network: reads need the token too.
    const check = requireToken(ctx.token, "reading the API from beyond loopback");
    app.addHook("onRequest", async (req) => { if (req.url.startsWith("/api/")) await check(req); });
  }

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  eventRoutes(app, ctx);
  personRoutes(app, ctx);
  articleRoutes(app, ctx);
  overviewRoutes(app, ctx);
  writeRoutes(app, ctx);
  await pageRoutes(app, options.webRoot ?? WEB_ROOT);
  if (warmer) {
    const visitor = (req: { headers: Record<string, unknown> }) => { if (!req.headers[WARM_HEADER]) warmer.heard(); };
    app.addHook("onRequest", async (req) => visitor(req));
    app.addHook("onResponse", async (req) => visitor(req));
    app.addHook("onReady", async () => { warmer.warm(); });
    app.addHook("onClose", async () => { warmer.stop(); await warmer.idle(); });
  }
  return app;
}
