// Figures and search: stats (the CLI's `stats`), search over persons and events, and the network.
import { z } from "zod";
import { countFoundUpTo } from "../../store/queries/counts.js";
import { findEvents } from "../../store/queries/events.js";
import { NETWORK_EDGES, NETWORK_EDGES_MAX, network } from "../../store/queries/network.js";
import { listPersons } from "../../store/queries/personList.js";
import { stats } from "../../store/queries/stats.js";
import { textArticles } from "../../store/queries/textArticles.js";
import type { App, ServerContext } from "../context.js";
import { filterQuery, toEventFilter } from "../filters.js";

export function overviewRoutes(app: App, { db, figures }: ServerContext): void {
  app.get("/api/stats", {
    schema: { summary: "Totals, and engagements (real-world events) per year by type and by dyad", tags: ["stats"], querystring: filterQuery },
  }, async (req) => {
    const filter = toEventFilter(req.query);
    return figures.get(`stats ${JSON.stringify(filter)}`, () => stats(db, filter));
  });

  app.get("/api/search", {
    schema: { summary: "Persons whose name contains q, and events whose evidence or article matches q", tags: ["search"],
      querystring: z.object({ q: z.string().trim().min(1, "q is the text to search for") }) },
  }, async (req) => {
    // The text is looked up once for the events and their total.
    const found = await textArticles(db, { text: req.query.q });
    const [persons, events, count] = await Promise.all([
      listPersons(db, req.query.q, 20, 0),
      findEvents(db, { ...found.filter, limit: 50 }),
      countFoundUpTo(db, found, 10_000),
    ]);
    return { q: req.query.q, persons: persons.persons, personsTotal: persons.total, events, eventsTotal: count.total, eventsTotalExact: count.exact };
  });

  app.get("/api/network", {
    schema: { summary: "Who meets whom: persons or states, edges weighted by engagements together", tags: ["network"],
      querystring: filterQuery.extend({
        kind: z.enum(["persons", "states"]).default("persons"),
        edges: z.coerce.number().int().min(1).max(NETWORK_EDGES_MAX).default(NETWORK_EDGES)
          .describe(`the heaviest edges kept (ties gives how many there are; edgeLimits, what was asked and the default and most)`),
      }) },
  }, async (req) => {
    const filter = toEventFilter(req.query);
    const { kind, edges } = req.query;
    const found = await figures.get(`network ${kind} ${edges} ${JSON.stringify(filter)}`, () => network(db, filter, kind, edges));
    return { ...found, edgeLimits: { asked: edges, default: NETWORK_EDGES, max: NETWORK_EDGES_MAX } };
  });
}
