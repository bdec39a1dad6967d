// Reads and validates the knowledge files: the built-in folder shipped with the project,
// then user folders (ATTACHE_KNOWLEDGE, then options.extraDirs) whose entries add to the
// built-in ones and replace them by canonical key (a country's code, a person's name, ...).
import { existsSync, readFileSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { knowledgeFileSchemas } from "./schema.js";
import type { Knowledge, Names } from "./schema.js";

export interface LoadKnowledgeOptions {
  /** User folders whose files add to (and, by canonical name, override) the built-in ones. Applied after ATTACHE_KNOWLEDGE, in order. */
  extraDirs?: string[];
  /** Environment to read ATTACHE_KNOWLEDGE from (default: process.env). */
  env?: Record<string, string | undefined>;
}

type ListFile = Exclude<keyof Knowledge, "names">;
type Part = Partial<Knowledge>;

/** The list files and the field that identifies an entry in each (the merge key). */
const LIST_KEYS: { [F in ListFile]: (entry: Knowledge[F][number]) => string } = {
  countries: (e) => e.code,
  places: (e) => e.name,
  ranks: (e) => e.rank,
  posts: (e) => e.post,
  organisations: (e) => e.name,
  frameworks: (e) => e.name,
  persons: (e) => e.name,
  outlets: (e) => e.name,
};
const LIST_FILES = Object.keys(LIST_KEYS) as ListFile[];
const ALL_FILES = Object.keys(knowledgeFileSchemas) as (keyof Knowledge)[];

/** The environment variable naming user knowledge folders, separated like PATH. */
export const KNOWLEDGE_ENV = "ATTACHE_KNOWLEDGE";

let builtinCache: { dir: string; part: Knowledge } | null = null;

/**
 * Everything the extractor knows: the built-in files, then the folders in ATTACHE_KNOWLEDGE,
 * then `options.extraDirs`. A later entry with the same key (country code, place/organisation/
 * framework/person/outlet name, rank, post; compared ignoring case and spacing) replaces the
 * earlier one in place; new entries are appended. `names` lists are united.
 * Throws an Error naming the file and the problem when a file is not valid.
 * The entries are frozen (they are shared with a per-process cache); the arrays are fresh.
 */
export function loadKnowledge(options: LoadKnowledgeOptions = {}): Knowledge {
  const env = options.env ?? process.env;
  const dirs = [...splitDirList(env[KNOWLEDGE_ENV]), ...(options.extraDirs ?? [])];
  const base = loadBuiltin();
  if (!dirs.length) return copyOf(base);
  const parts: Part[] = [base];
  for (const dir of dirs) parts.push(readFolder(dir, false));
  return mergeParts(parts);
}

/** The built-in knowledge folder: `<project>/knowledge`, found by walking up from this module. */
export function builtinKnowledgeDir(): string {
  if (builtinCache) return builtinCache.dir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "knowledge", "countries.json")) && existsSync(join(dir, "package.json"))) {
      return join(dir, "knowledge");
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`attache: the built-in knowledge folder (knowledge/countries.json beside package.json) was not found above ${fileURLToPath(import.meta.url)}`);
}

function loadBuiltin(): Knowledge {
  if (!builtinCache) {
    const dir = builtinKnowledgeDir();
    builtinCache = { dir, part: mergeParts([readFolder(dir, true)]) };
  }
  return builtinCache.part;
}

function splitDirList(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(delimiter).map((s) => s.trim()).filter(Boolean);
}

/** Reads and validates the files of one folder. Built-in: every list file is required. */
function readFolder(dir: string, required: boolean): Part {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new Error(`attache: knowledge folder ${dir} does not exist or is not a folder`);
  }
  const part: Part = {};
  for (const name of ALL_FILES) {
    const file = join(abs, `${name}.json`);
    if (!existsSync(file)) {
      if (required && name !== "names") throw new Error(`${file}: missing (every built-in knowledge file is required)`);
      continue;
    }
    (part as Record<string, unknown>)[name] = readFile(file, name);
  }
  return part;
}

function readFile<F extends keyof Knowledge>(file: string, name: F): Knowledge[F] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new Error(`${file}: cannot be read: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new Error(`${file}: invalid JSON: ${(err as Error).message}`);
  }
  const schema = knowledgeFileSchemas[name] as unknown as z.ZodType<Knowledge[F]>;
  const result = schema.safeParse(json);
  if (!result.success) {
    const shown = result.error.issues.slice(0, 5).map((i) => `${formatPath(i.path)}: ${i.message}`);
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more problems)` : "";
    throw new Error(`${file}: ${shown.join("; ")}${more}`);
  }
  if (name !== "names") checkUniqueKeys(file, name as ListFile, result.data as unknown[]);
  return result.data;
}

/** `[12].posts[0].from`; `(top level)` for the file itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || "(top level)";
}

function keyOf(file: ListFile, entry: unknown): string {
  const raw = (LIST_KEYS[file] as (e: unknown) => string)(entry);
  return raw.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

function checkUniqueKeys(file: string, name: ListFile, entries: unknown[]): void {
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const k = keyOf(name, e);
    const first = seen.get(k);
    if (first !== undefined) {
      throw new Error(`${file}: [${i}]: duplicate entry "${(LIST_KEYS[name] as (e: unknown) => string)(e)}" (already at [${first}])`);
    }
    seen.set(k, i);
  });
}

function mergeParts(parts: Part[]): Knowledge {
  const out = {} as Record<string, unknown>;
  for (const file of LIST_FILES) {
    const merged = new Map<string, unknown>();
    for (const part of parts) {
      for (const entry of (part[file] ?? []) as unknown[]) merged.set(keyOf(file, entry), entry);
    }
    const list = [...merged.values()];
    list.forEach(deepFreeze);
    out[file] = list;
  }
  const names: Names = { familyNamesFirst: [], givenNames: [], notNames: [] };
  for (const part of parts) {
    if (!part.names) continue;
    for (const k of Object.keys(names) as (keyof Names)[]) {
      names[k] = [...new Set([...names[k], ...part.names[k]])];
    }
  }
  out.names = deepFreeze(names);
  return out as unknown as Knowledge;
}

function copyOf(k: Knowledge): Knowledge {
  const out = {} as Record<string, unknown>;
  for (const file of LIST_FILES) out[file] = [...k[file]];
  out.names = k.names;
  return out as unknown as Knowledge;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
