// The web UI: its built assets, and the one page shell every UI address answers with (the page
// then reads its JSON twin: /events?… ↔ /api/events?…). Only the built UI folder is served.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import fastifyStatic from "@fastify/static";
import type { App } from "../context.js";

/** The UI's addresses; each one's data is the same path under /api. */
export const PAGES = ["/", "/timeline", "/events", "/events/:cluster", "/persons", "/persons/:id", "/articles/:id", "/network", "/search", "/upload", "/corrections"];

export async function pageRoutes(app: App, webRoot: string): Promise<void> {
  const shell = readFileSync(path.join(webRoot, "index.html"));
  await app.register(fastifyStatic, { root: path.join(webRoot, "assets"), prefix: "/assets/", index: false, dotfiles: "deny", maxAge: "1h" });
  for (const url of PAGES) {
    app.get(url, { schema: { hide: true } }, async (_req, reply) => reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(shell));
  }
}
