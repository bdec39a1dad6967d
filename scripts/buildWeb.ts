// Builds the web UI into dist/web: the bundled, minified script (with the network page's graph
// library in a chunk of its own) and stylesheet (esbuild), and the page shell. Everything the browser loads comes from there: nothing is fetched from elsewhere.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = path.join(root, "dist/web");

// Chunk names carry a hash: a fresh folder leaves none of an earlier build behind.
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, "assets"), { recursive: true });
await build({
  entryPoints: { app: path.join(root, "web/src/main.tsx") },
  outdir: path.join(out, "assets"),
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  // The network page's graph library is loaded by that page alone.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync(path.join(root, "web/index.html"), path.join(out, "index.html"));
copyFileSync(path.join(root, "web/favicon.svg"), path.join(out, "assets/favicon.svg"));
