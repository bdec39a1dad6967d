// Persons: a searchable list (most engaged first) and each one's dossier, the CLI's `person`.
import { z } from "zod";
import { dossier } from "../../store/queries/person.js";
import { listPersons, personById } from "../../store/queries/personList.js";
import type { App, ServerContext } from "../context.js";
import { HttpError } from "../errors.js";
import { page } from "../filters.js";

export function personRoutes(app: App, { db, figures }: ServerContext): void {
  app.get("/api/persons", {
    schema: { summary: "Persons whose name or a form seen contains q (all without q), most engaged first", tags: ["persons"],
      querystring: z.object({ q: z.string().default("").describe("part of a name") }).extend(page(200, 50).shape) },
  }, async (req) => {
    const { q, limit, offset } = req.query;
    const found = await figures.get(`persons ${JSON.stringify([q.trim(), limit, offset])}`, () => listPersons(db, q.trim(), limit, offset));
    return { ...found, limit, offset };
  });

  app.get("/api/persons/:id", {
    schema: { summary: "A person's dossier: names seen, posts over time, the latest engagements and the main counterparts, with the totals of both", tags: ["persons"],
      params: z.object({ id: z.coerce.number().int().min(1).describe("the person's id") }),
      querystring: z.object({
        engagements: z.coerce.number().int().min(1).max(1000).default(100).describe("the latest engagement reports listed (up to 1000)"),
        counterparts: z.coerce.number().int().min(1).max(1000).default(25).describe("the counterparts listed, most engagements together first (up to 1000)"),
      }) },
  }, async (req) => {
    const person = await personById(db, req.params.id);
    if (!person) throw new HttpError(404, `no person with id ${req.params.id}`);
    // The busiest persons took part in thousands of events: a dossier lists the latest.
    return dossier(db, person, req.query);
  });
}
