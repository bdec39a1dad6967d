import assert from "node:assert/strict";
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import type { InputProblem, RawArticle } from "../src/article.js";
import { readArticles, sniffFormat } from "../src/ingest/readArticles.js";

const TEXT = "MOSCOW, March 3. /TASS/. The two defence ministers met in Moscow on Friday to discuss joint drills.\n";

async function collect(paths: string[], stdin?: NodeJS.ReadableStream): Promise<{ articles: RawArticle[]; problems: InputProblem[] }> {
  const articles: RawArticle[] = [];
  const problems: InputProblem[] = [];
  for await (const item of readArticles(paths, stdin ? { stdin } : {})) {
    if (item.kind === "article") articles.push(item.article);
    else problems.push(item.problem);
  }
  return { articles, problems };
}

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "attache-ingest-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const p = path.join(dir, name);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, content);
  return p;
}

describe("readArticles: files", () => {
  it("reads a .txt file with its name as id", async () => {
    const p = await file("one/talks-2021.txt", TEXT);
    const { articles, problems } = await collect([p]);
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.id, "talks-2021");
    assert.equal(articles[0]!.format, "txt");
    assert.equal(articles[0]!.source, p);
    assert.equal(articles[0]!.raw, TEXT);
  });

  it("reads .text, .html and .htm files", async () => {
    const t = await file("kinds/a.text", TEXT);
    const h = await file("kinds/b.html", "<html><body><p>Hello there.</p></body></html>");
    const h2 = await file("kinds/c.htm", "<p>Short page.</p>");
    const { articles } = await collect([t, h, h2]);
    assert.deepEqual(
      articles.map((a) => [a.id, a.format]),
      [
        ["a", "txt"],
        ["b", "html"],
        ["c", "html"],
      ],
    );
  });

  it("strips a UTF-8 byte order mark", async () => {
    const p = await file("bom.txt", "\ufeff" + TEXT);
    const { articles } = await collect([p]);
    assert.equal(articles[0]!.raw, TEXT);
  });

  it("reports a missing path and goes on", async () => {
    const ok = await file("present.txt", TEXT);
    const { articles, problems } = await collect([path.join(dir, "absent.txt"), ok]);
    assert.equal(articles.length, 1);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.reason, /no such file/);
  });

  it("reports an empty or whitespace-only file", async () => {
    const a = await file("empty.txt", "");
    const b = await file("blank.txt", "  \n\t\n");
    const { articles, problems } = await collect([a, b]);
    assert.equal(articles.length, 0);
    assert.deepEqual(
      problems.map((p) => p.reason),
      ["empty file", "empty file"],
    );
  });

  it("reports a binary file", async () => {
    const p = await file("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const { problems } = await collect([p]);
    assert.equal(problems[0]!.reason, "binary file (NUL byte)");
  });

  it("reports text that is not UTF-8", async () => {
    // "Café" in Latin-1: the 0xE9 byte is not valid UTF-8.
    const p = await file("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const { problems } = await collect([p]);
    assert.equal(problems[0]!.reason, "not valid UTF-8");
  });

  it("refuses a text file over 50 MB", async () => {
    const p = await file("huge.txt", "");
    await truncate(p, 51 * 1024 * 1024); // sparse: nothing is written
    const { articles, problems } = await collect([p]);
    assert.equal(articles.length, 0);
    assert.match(problems[0]!.reason, /^file too large/);
  });

  it("reports an unsupported extension when the file is named", async () => {
    const p = await file("notes.pdf", "%PDF-1.4");
    const { problems } = await collect([p]);
    assert.match(problems[0]!.reason, /unsupported file type \(\.pdf\)/);
  });

  it("reports a file it may not read", { skip: process.getuid?.() === 0 ? "root reads every file" : false }, async () => {
    const p = await file("locked.txt", TEXT);
    await chmod(p, 0o000);
    try {
      const { problems } = await collect([p]);
      assert.equal(problems[0]!.reason, "permission denied");
    } finally {
      await chmod(p, 0o644);
    }
  });
});

describe("readArticles: JSONL", () => {
  it("reads one article per line with metadata and default ids", async () => {
    const lines = [
      JSON.stringify({ id: "x1", text: "First story text.", url: "https://example.org/1", published: "2020-05-01", outlet: "TASS" }),
      "",
      JSON.stringify({ text: "Second story text." }),
      JSON.stringify({ html: "<p>Third story, as markup.</p>" }),
    ];
    const p = await file("batch.jsonl", lines.join("\n") + "\n");
    const { articles, problems } = await collect([p]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      articles.map((a) => [a.id, a.source, a.format]),
      [
        ["x1", `${p}:1`, "jsonl"],
        ["batch-3", `${p}:3`, "jsonl"],
        ["batch-4", `${p}:4`, "html"],
      ],
    );
    assert.equal(articles[0]!.url, "https://example.org/1");
    assert.equal(articles[0]!.published, "2020-05-01");
    assert.equal(articles[0]!.outlet, "TASS");
    assert.equal(articles[1]!.url, null);
  });

  it("reports broken lines with their line numbers and keeps the good ones", async () => {
    const lines = [
      JSON.stringify({ text: "Good one." }),
      "{not json",
      "[1, 2]",
      JSON.stringify({ id: "no-text", url: "https://example.org" }),
      JSON.stringify({ text: "   " }),
      JSON.stringify({ text: "Good two." }),
    ];
    const p = await file("broken.ndjson", lines.join("\r\n"));
    const { articles, problems } = await collect([p]);
    assert.deepEqual(
      articles.map((a) => a.raw),
      ["Good one.", "Good two."],
    );
    assert.deepEqual(
      problems.map((x) => x.line),
      [2, 3, 4, 5],
    );
    assert.match(problems[0]!.reason, /^line is not valid JSON: /);
    assert.equal(problems[1]!.reason, "line is not a JSON object");
    assert.equal(problems[2]!.reason, 'missing "text"');
    assert.match(problems[3]!.reason, /"text"/);
  });

  it("reports a line that is not UTF-8 and reads the others", async () => {
    const good = Buffer.from(JSON.stringify({ text: "Fine." }) + "\n");
    const bad = Buffer.concat([Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const p = await file("mixed.jsonl", Buffer.concat([good, bad, good]));
    const { articles, problems } = await collect([p]);
    assert.equal(articles.length, 2);
    assert.deepEqual(problems, [{ source: p, line: 2, reason: "not valid UTF-8" }]);
  });

  it("reports empty and binary JSONL files", async () => {
    const e = await file("empty.jsonl", "\n\n");
    const b = await file("bin.jsonl", Buffer.from([0x7b, 0x00, 0x7d]));
    const { problems } = await collect([e, b]);
    assert.deepEqual(
      problems.map((x) => x.reason),
      ["empty file", "binary file (NUL byte)"],
    );
  });

  it("streams a large file line by line", async () => {
    const n = 20000;
    const body = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Story number ${i} about a naval visit.` })).join("\n");
    const p = await file("large.jsonl", body);
    let count = 0;
    let last = "";
    for await (const item of readArticles([p])) {
      if (item.kind === "article") {
        count++;
        last = item.article.id;
      }
    }
    assert.equal(count, n);
    assert.equal(last, `a${n - 1}`);
  });
});

describe("readArticles: folders", () => {
  it("walks recursively in path order and skips what is not an article", async () => {
    const root = path.join(dir, "corpus");
    await file("corpus/b.txt", TEXT);
    await file("corpus/a.txt", TEXT);
    await file("corpus/sub/c.html", "<p>Page text here.</p>");
    await file("corpus/sub/deeper/d.jsonl", JSON.stringify({ text: "From a JSONL file." }) + "\n");
    await file("corpus/gold.jsonl", JSON.stringify({ id: "a", published: null }) + "\n");
    await file("corpus/sources.tsv", "a\thttps://example.org\n");
    await file("corpus/.hidden.txt", TEXT);
    await file("corpus/.cache/e.txt", TEXT);
    await file("corpus/readme.md", "# notes");
    await file("corpus/aa.txt", TEXT);
    const { articles, problems } = await collect([root]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      articles.map((a) => a.id),
      ["a", "aa", "b", "c", "d-1"],
    );
  });

  it("survives a symlink loop", async () => {
    await file("loop/x.txt", TEXT);
    await symlink(path.join(dir, "loop"), path.join(dir, "loop", "again"));
    const { articles } = await collect([path.join(dir, "loop")]);
    assert.deepEqual(
      articles.map((a) => a.id),
      ["x"],
    );
  });

  it("reports bad files inside a folder and reads the rest", async () => {
    await file("mixedfolder/good.txt", TEXT);
    await file("mixedfolder/empty.txt", "");
    const { articles, problems } = await collect([path.join(dir, "mixedfolder")]);
    assert.equal(articles.length, 1);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.source, path.join(dir, "mixedfolder", "empty.txt"));
  });
});

describe("readArticles: stdin", () => {
  it("reads plain text from stdin", async () => {
    const { articles } = await collect(["-"], Readable.from([Buffer.from(TEXT)]));
    assert.equal(articles.length, 1);
    assert.deepEqual([articles[0]!.id, articles[0]!.source, articles[0]!.format], ["stdin", "-", "txt"]);
  });

  it("sniffs HTML and JSONL", async () => {
    const html = await collect(["-"], Readable.from([Buffer.from("<!doctype html><html><body><p>Hi.</p></body></html>")]));
    assert.equal(html.articles[0]!.format, "html");
    const jsonl = await collect(["-"], Readable.from([Buffer.from('{"text":"One."}\n\n{"id":"k","text":"Two."}\n{"text":')]));
    assert.deepEqual(
      jsonl.articles.map((a) => [a.id, a.source]),
      [
        ["stdin-1", "-:1"],
        ["k", "-:3"],
      ],
    );
    assert.equal(jsonl.problems[0]!.line, 4);
  });

  it("reports empty stdin", async () => {
    const { problems } = await collect(["-"], Readable.from([Buffer.from("")]));
    assert.equal(problems[0]!.reason, "empty file");
  });

  it("sniffs formats", () => {
    assert.equal(sniffFormat('{"text":"a"}\n{"text":"b"}'), "jsonl");
    assert.equal(sniffFormat("  <p>x</p>"), "html");
    assert.equal(sniffFormat("Title\n<html><body>x</body></html>"), "html");
    assert.equal(sniffFormat("{braces} at the start of a text line\nand plain text after"), "txt");
  });
});
