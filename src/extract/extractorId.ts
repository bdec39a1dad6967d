// Which extractor produced a stored result: the attache version and a fingerprint of the
// knowledge it read. A store compares it with the running one to know what to re-extract.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { CompiledKnowledge } from "../knowledge/compile.js";

const packageVersion = (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const ids = new WeakMap<CompiledKnowledge, string>();

export function extractorId(k: CompiledKnowledge): string {
  let id = ids.get(k);
  if (!id) {
    const knowledge = createHash("sha256").update(JSON.stringify(k.raw)).digest("hex").slice(0, 12);
    id = `attache ${packageVersion} knowledge ${knowledge}`;
    ids.set(k, id);
  }
  return id;
}
