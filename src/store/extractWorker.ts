// A worker thread that cleans and extracts batches of articles for ingest, so extraction uses
// the other cores while the main thread stores. Extraction is a pure function: nothing to share.
import { parentPort, workerData } from "node:worker_threads";
import type { RawArticle } from "../article.js";
import { compileKnowledge } from "../knowledge/compile.js";
import type { Knowledge } from "../knowledge/schema.js";
import { extractInput } from "./extractInput.js";

const k = compileKnowledge(workerData as Knowledge);

parentPort!.on("message", (batch: { id: number; inputs: { input: RawArticle; hash: string }[] }) => {
  parentPort!.postMessage({ id: batch.id, results: batch.inputs.map(({ input, hash }) => extractInput(input, hash, k)) });
});
