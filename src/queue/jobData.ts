// What one job carries: a batch of articles as read, each with its content hash. Jobs come
// from the server, possibly from another version of attache: checked before use.
import { z } from "zod";
import type { RawArticle } from "../article.js";

const rawArticle = z.object({
  id: z.string().min(1),
  source: z.string(),
  format: z.enum(["txt", "html", "jsonl"]),
  raw: z.string(),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
});

const jobData = z.object({
  articles: z.array(z.object({ input: rawArticle, hash: z.string().regex(/^[0-9a-f]{64}$/) })).min(1),
});

export interface JobData {
  articles: { input: RawArticle; hash: string }[];
}

export function parseJobData(data: unknown): JobData {
  const parsed = jobData.safeParse(data);
  if (!parsed.success) throw new Error(`malformed job: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
