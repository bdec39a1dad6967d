// A worker thread that cleans and extracts batches of articles, so extraction uses the other
// cores while the main thread reads, stores or writes. Extraction is a pure function: nothing to share.
import { parentPort, workerData } from "node:worker_threads";
import type { RawArticle } from "../article.js";
import { compileKnowledge } from "../knowledge/compile.js";
import type { Knowledge } from "../knowledge/schema.js";
import { extractInput, extractResult } from "./extractInput.js";
import type { WorkerSetup } from "./extractPool.js";

const { knowledge, task, searchWords } = workerData as { knowledge: Knowledge } & WorkerSetup;
const k = compileKnowledge(knowledge);

const run = task === "stored"
  ? ({ input, hash }: { input: RawArticle; hash: string }) => extractInput(input, hash, k, searchWords)
  : ({ input }: { input: RawArticle }) => extractResult(input, k);

parentPort!.on("message", (batch: { id: number; inputs: { input: RawArticle; hash: string }[] }) => {
  parentPort!.postMessage({ id: batch.id, results: batch.inputs.map(run) });
});
