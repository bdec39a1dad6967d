// Events: the filtered list of reports (the CLI's `events`), its facets, a real-world event with
// every report and outlet, and the timeline (events merged by cluster, with counts per year).
import { z } from "zod";
import { clusterSizes, realWorldEvent } from "../../store/queries/clusters.js";
import { countFoundUpTo } from "../../store/queries/counts.js";
import { findEvents } from "../../store/queries/events.js";
import { facets } from "../../store/queries/facets.js";
import { textArticles } from "../../store/queries/textArticles.js";
import { timeline } from "../../store/queries/timeline.js";
import type { App, ServerContext } from "../context.js";
import { HttpError } from "../errors.js";
import { filterQuery, page, toEventFilter } from "../filters.js";

/** Past this many matches a list's total is "COUNT_CAP+". */
const COUNT_CAP = 10_000;
/** Events a timeline draws at most; past that it asks to narrow the range. */
const TIMELINE_MAX = 2000;

export function eventRoutes(app: App, { db, figures }: ServerContext): void {
  app.get("/api/events", {
    schema: { summary: "Reports of engagements, by date, filtered and paginated; total counts up to 10,000 (totalExact false past it)", tags: ["events"], querystring: filterQuery.extend(page(500, 50).shape) },
  }, async (req) => {
    const filter = toEventFilter(req.query);
    // A text search is looked up once for the page and its total. In an embedded store, which
    // changes only through this server (and a write clears the cache), it is kept for the next
    // pages: paging through a common word's list then costs a page each, not the look-up again.
    // A server's store may gain articles from others at any time, so there each page looks up.
    const found = filter.text && db.embedded
      ? await figures.get(`text ${JSON.stringify(filter)}`, () => textArticles(db, filter))
      : await textArticles(db, filter);
    // The total is counted once per filter (paging through a list costs a page each), and only
    // up to a cap: a broad filter on a large store would otherwise read every match.
    const [events, { total, exact }] = await Promise.all([
      findEvents(db, { ...found.filter, limit: req.query.limit, offset: req.query.offset }),
      figures.get(`count ${JSON.stringify(filter)}`, () => countFoundUpTo(db, found, COUNT_CAP)),
    ]);
    const sizes = await clusterSizes(db, [...new Set(events.map((e) => e.cluster).filter((c): c is string => !!c))]);
    return { total, totalExact: exact, limit: req.query.limit, offset: req.query.offset, events: events.map((e) => ({ ...e, clusterReports: e.cluster ? sizes.get(e.cluster) ?? 1 : 1 })) };
  });

  app.get("/api/facets", {
    schema: { summary: "Facets of the filtered events: top values of country, dyad, type, mode, framework, year, outlet with report counts", tags: ["events"], querystring: filterQuery },
  }, async (req) => {
    const filter = toEventFilter(req.query);
    return figures.get(`facets ${JSON.stringify(filter)}`, () => facets(db, filter));
  });

  app.get("/api/events/:cluster", {
    schema: { summary: "A real-world event (one cluster): merged facts, every report, article and outlet", tags: ["events"], params: z.object({ cluster: z.string().min(1) }) },
  }, async (req) => {
    const event = await realWorldEvent(db, req.params.cluster);
    if (!event) throw new HttpError(404, `no event with cluster id "${req.params.cluster}"`);
    return event;
  });

  app.get("/api/timeline", {
    schema: { summary: `Real-world events merged by cluster, by date (the first ${TIMELINE_MAX} reports), with engagements per year by type`, tags: ["events"], querystring: filterQuery },
  }, async (req) => {
    const filter = toEventFilter(req.query);
    return figures.get(`timeline ${JSON.stringify(filter)}`, () => timeline(db, filter, TIMELINE_MAX));
  });
}
