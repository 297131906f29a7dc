// Bundles the two entry points into dist/: the CLI (the package's bin) and the GitHub Action.
// Output is deterministic for a given source tree and esbuild version, so CI can rebuild and
// compare with what is committed (`npm run check-dist`).

import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, "dist");

// Bundled CommonJS dependencies (undici, ajv, commander) call require() for Node built-ins;
// an ES module bundle has no require, so give it one.
const requireShim =
  'import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20.18",
  format: "esm",
  logLevel: "warning",
  legalComments: "none",
  charset: "utf8",
};

await Promise.all([
  build({
    ...common,
    entryPoints: ["src/cli/main.ts"],
    outfile: path.join(outdir, "cli.js"),
    banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  }),
  build({
    ...common,
    entryPoints: ["src/action/main.ts"],
    outfile: path.join(outdir, "index.js"),
    banner: { js: requireShim },
  }),
]);
