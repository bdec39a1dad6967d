// An article with its evidence spans: the text, each person's mentions and each event's evidence
// as character offsets into that text.
import { z } from "zod";
import { findArticle } from "../../store/queries/articles.js";
import type { App, ServerContext } from "../context.js";
import { HttpError } from "../errors.js";

export function articleRoutes(app: App, { db }: ServerContext): void {
  app.get("/api/articles/:id", {
    schema: { summary: "An article's cleaned text with the offsets of its mentions and of its events' evidence", tags: ["articles"],
      params: z.object({ id: z.string().min(1) }) },
  }, async (req) => {
    const article = await findArticle(db, req.params.id);
    if (!article) throw new HttpError(404, `no article with id "${req.params.id}"`);
    return article;
  });
}
