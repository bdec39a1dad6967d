// Builds the web UI into dist/web: one bundled, minified script and stylesheet (esbuild) and the
// page shell. Everything the browser loads comes from there: nothing is fetched from elsewhere.
import { copyFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = path.join(root, "dist/web");

mkdirSync(path.join(out, "assets"), { recursive: true });
await build({
  entryPoints: { app: path.join(root, "web/src/main.tsx") },
  outdir: path.join(out, "assets"),
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync(path.join(root, "web/index.html"), path.join(out, "index.html"));
copyFileSync(path.join(root, "web/favicon.svg"), path.join(out, "assets/favicon.svg"));
