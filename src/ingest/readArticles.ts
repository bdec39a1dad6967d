// Reading inputs: files, folders, JSONL and stdin → raw articles, or a problem per bad input.
// Never throws for a bad input: the batch goes on and the caller reports what was skipped.
import { createReadStream } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import * as path from "node:path";
import type { InputProblem, RawArticle } from "../article.js";

export type ReadItem = { kind: "article"; article: RawArticle } | { kind: "problem"; problem: InputProblem };

export interface ReadOptions {
  /** Stream read for the path `-` (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Text and HTML files are read whole; anything bigger is refused. */
export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024;
/** Bytes looked at for a NUL that marks a binary file. */
const BINARY_SNIFF_BYTES = 8 * 1024;

const TEXT_EXTENSIONS = new Set([".txt", ".text"]);
const HTML_EXTENSIONS = new Set([".html", ".htm"]);
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);
/** Files inside a walked folder that are not articles (annotation and provenance tables). */
const SKIPPED_NAMES = new Set(["gold.jsonl", "sources.tsv"]);

type FileKind = "txt" | "html" | "jsonl";

function kindOf(file: string): FileKind | null {
  const ext = path.extname(file).toLowerCase();
  if (TEXT_EXTENSIONS.has(ext)) return "txt";
  if (HTML_EXTENSIONS.has(ext)) return "html";
  if (JSONL_EXTENSIONS.has(ext)) return "jsonl";
  return null;
}

function stem(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

function problem(source: string, reason: string, line?: number): ReadItem {
  const p: InputProblem = { source, reason };
  if (line !== undefined) p.line = line;
  return { kind: "problem", problem: p };
}

/** A short reason for a failed file-system call. */
function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes strict UTF-8 and drops a leading BOM; null when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const s = strictUtf8.decode(bytes);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch {
    return null;
  }
}

function hasNul(bytes: Uint8Array, limit = BINARY_SNIFF_BYTES): boolean {
  const n = Math.min(bytes.length, limit);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function isBlank(s: string): boolean {
  return s.trim().length === 0;
}

/**
 * Reads the inputs in order and yields one item per article or problem.
 * Folders are walked recursively in path order; `-` reads stdin.
 */
export async function* readArticles(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const p of paths) {
    if (p === "-") {
      yield* readStdin(opts.stdin ?? process.stdin);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      yield problem(p, fsReason(err));
      continue;
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      const problems: ReadItem[] = [];
      await walk(p, files, problems, new Set());
      // Problems found while walking (unreadable sub-folders) come first; then files in path order.
      yield* problems;
      files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const f of files) yield* readFile(f, kindOf(f) as FileKind);
    } else if (info.isFile()) {
      const kind = kindOf(p);
      if (kind === null) {
        yield problem(p, `unsupported file type (${path.extname(p) || "no extension"})`);
        continue;
      }
      yield* readFile(p, kind);
    } else {
      yield problem(p, "not a regular file or folder");
    }
  }
}

/** Collects article files under `dir`; dotfiles, dot-folders, non-article names and other extensions are skipped. */
async function walk(dir: string, files: string[], problems: ReadItem[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    problems.push(problem(dir, fsReason(err)));
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push(problem(dir, fsReason(err)));
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const s = await stat(full);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // a dangling link inside a folder is not an input
      }
    }
    if (isDir) {
      await walk(full, files, problems, seen);
    } else if (isFile && !SKIPPED_NAMES.has(e.name.toLowerCase()) && kindOf(e.name) !== null) {
      files.push(full);
    }
  }
}

async function* readFile(file: string, kind: FileKind): AsyncGenerator<ReadItem> {
  if (kind === "jsonl") {
    yield* readJsonlFile(file);
    return;
  }
  let bytes: Buffer;
  try {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      if (size > MAX_WHOLE_FILE_BYTES) {
        yield problem(file, `file too large (${Math.round(size / (1024 * 1024))} MB; limit ${MAX_WHOLE_FILE_BYTES / (1024 * 1024)} MB)`);
        return;
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    yield problem(file, fsReason(err));
    return;
  }
  const text = checkWhole(file, bytes);
  if (typeof text !== "string") {
    yield text;
    return;
  }
  yield { kind: "article", article: { id: stem(file), source: file, format: kind, raw: text } };
}

/** Decodes a whole input, or returns the problem that stops it. */
function checkWhole(source: string, bytes: Uint8Array): string | ReadItem {
  if (bytes.length === 0) return problem(source, "empty file");
  if (hasNul(bytes)) return problem(source, "binary file (NUL byte)");
  const text = decodeUtf8(bytes);
  if (text === null) return problem(source, "not valid UTF-8");
  if (isBlank(text)) return problem(source, "empty file");
  return text;
}

/**
 * Splits a byte stream into lines (LF, with a trailing CR dropped) without holding the whole stream.
 * Lines are split on bytes so that each one can be decoded strictly on its own.
 */
async function* byteLines(stream: AsyncIterable<Buffer | string> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) !== -1) {
      pending.push(buf.subarray(0, nl));
      const line = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      pending = [];
      yield line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
      buf = buf.subarray(nl + 1);
    }
    if (buf.length > 0) pending.push(buf);
  }
  if (pending.length > 0) {
    const line = Buffer.concat(pending);
    yield line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
  }
}

async function* readJsonlFile(file: string): AsyncGenerator<ReadItem> {
  // Open first so that a missing or unreadable file is one clear problem.
  let handle;
  try {
    handle = await open(file, "r");
  } catch (err) {
    yield problem(file, fsReason(err));
    return;
  }
  try {
    const head = Buffer.alloc(BINARY_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, BINARY_SNIFF_BYTES, 0);
    if (bytesRead === 0) {
      yield problem(file, "empty file");
      return;
    }
    if (hasNul(head.subarray(0, bytesRead))) {
      yield problem(file, "binary file (NUL byte)");
      return;
    }
    const stream = handle.createReadStream({ start: 0, autoClose: false });
    try {
      yield* parseJsonlLines(byteLines(stream), file, stem(file));
    } finally {
      stream.destroy(); // the consumer may stop early
    }
  } catch (err) {
    yield problem(file, fsReason(err));
  } finally {
    await handle.close();
  }
}

/** Articles from JSONL lines; `prefix` makes default ids (`<prefix>-<line>`). */
async function* parseJsonlLines(lines: AsyncIterable<Buffer>, source: string, prefix: string): AsyncGenerator<ReadItem> {
  let lineNo = 0;
  let any = false;
  for await (const bytes of lines) {
    lineNo++;
    let text = decodeUtf8(bytes);
    if (text === null) {
      yield problem(source, "not valid UTF-8", lineNo);
      any = true;
      continue;
    }
    if (isBlank(text)) continue;
    any = true;
    text = text.trim();
    const item = parseJsonlRecord(text, source, prefix, lineNo);
    yield item;
  }
  if (!any) yield problem(source, "empty file");
}

function optionalString(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

/** One JSONL line → article, or the problem with it. */
export function parseJsonlRecord(line: string, source: string, prefix: string, lineNo: number): ReadItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return problem(source, `line is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, lineNo);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return problem(source, "line is not a JSON object", lineNo);
  }
  const rec = value as Record<string, unknown>;
  const text = typeof rec.text === "string" && !isBlank(rec.text) ? rec.text : null;
  const html = typeof rec.html === "string" && !isBlank(rec.html) ? rec.html : null;
  if (text === null && html === null) {
    const which = "text" in rec || "html" in rec ? "empty or non-string \"text\"" : "missing \"text\"";
    return problem(source, which, lineNo);
  }
  const idValue = rec.id;
  const id =
    typeof idValue === "string" && idValue.trim() !== ""
      ? idValue.trim()
      : typeof idValue === "number" && Number.isFinite(idValue)
        ? String(idValue)
        : `${prefix}-${lineNo}`;
  const article: RawArticle = {
    id,
    source: `${source}:${lineNo}`,
    // Markup goes to the HTML cleaner; plain text keeps the jsonl format.
    format: text !== null ? "jsonl" : "html",
    raw: text ?? html!,
    url: optionalString(rec.url),
    published: optionalString(rec.published),
    outlet: optionalString(rec.outlet),
  };
  return { kind: "article", article };
}

type Sniffed = "jsonl" | "html" | "txt";

/** Guesses the format of stdin content. */
export function sniffFormat(text: string): Sniffed {
  const lines = text.split(/\r?\n/).filter((l) => !isBlank(l));
  if (lines.length > 0 && lines.every((l) => l.trimStart().startsWith("{"))) return "jsonl";
  const start = text.trimStart();
  if (start.startsWith("<") || /<html[\s>]|<body[\s>]/i.test(text)) return "html";
  return "txt";
}

async function* readStdin(stream: NodeJS.ReadableStream): AsyncGenerator<ReadItem> {
  const source = "-";
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    }
  } catch (err) {
    yield problem(source, fsReason(err));
    return;
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length > 0 && !hasNul(bytes)) {
    // JSONL is checked line by line, so that one bad line does not lose the others.
    const lenient = bytes.toString("utf8");
    if (!isBlank(lenient) && sniffFormat(lenient) === "jsonl") {
      yield* parseJsonlLines(byteLines([bytes]), source, "stdin");
      return;
    }
  }
  const text = checkWhole(source, bytes);
  if (typeof text !== "string") {
    yield text;
    return;
  }
  const format = sniffFormat(text) === "html" ? "html" : "txt";
  yield { kind: "article", article: { id: "stdin", source, format, raw: text } };
}

/** How many articles the paths hold (a file each; a JSONL file a line each), for a progress bar;
 * null when one of them is stdin, whose length is unknown. Unreadable inputs count as nothing. */
export async function countInputs(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === "-") return null;
    let info;
    try { info = await stat(p); } catch { continue; }
    const files: string[] = [];
    if (info.isDirectory()) await walk(p, files, [], new Set());
    else if (info.isFile() && kindOf(p) !== null) files.push(p);
    for (const f of files) n += kindOf(f) === "jsonl" ? await countLines(f) : 1;
  }
  return n;
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      last = chunk[chunk.length - 1] ?? last;
    }
  } catch {
    return 0;
  }
  return last === 10 ? lines : lines + 1;
}
