// Bundles the two entry points into dist/: the CLI (the package's bin) and the GitHub Action.
// Output is deterministic for a given source tree and esbuild version, so CI can rebuild and
// compare with what is committed (`npm run check-dist`).

import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { bundledPackages, LICENSES_FILE, renderLicenses } from "./third-party-licenses.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, "dist");

// Bundled CommonJS dependencies (undici, ajv, commander) call require() for Node built-ins;
// an ES module bundle has no require, so give it one.
const requireShim =
  'import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);';

// Licence comments are not kept in the bundles: every bundled package's licence is in one file
// beside them, which each bundle names on its first lines (see writeThirdPartyLicenses below).
const licenseNote = `// Bundles third-party code; their licences: ${LICENSES_FILE} beside this file.`;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20.18",
  format: "esm",
  logLevel: "warning",
  legalComments: "none",
  charset: "utf8",
  metafile: true,
};

const [cli, action] = await Promise.all([
  build({
    ...common,
    entryPoints: ["src/cli/main.ts"],
    outfile: path.join(outdir, "cli.js"),
    banner: { js: `#!/usr/bin/env node\n${licenseNote}\n${requireShim}` },
  }),
  build({
    ...common,
    entryPoints: ["src/action/main.ts"],
    outfile: path.join(outdir, "index.js"),
    banner: { js: `${licenseNote}\n${requireShim}` },
  }),
]);

writeThirdPartyLicenses({ "cli.js": cli.metafile, "index.js": action.metafile });

// ---- Third-party licences (dist/THIRD-PARTY-LICENSES.txt) ------------------------------------
// Kept to this one function so the bundle configuration above can change independently.
/** Writes the licence of every package esbuild put bytes of into a bundle (scripts/third-party-licenses.mjs). */
function writeThirdPartyLicenses(metafiles) {
  const text = renderLicenses(bundledPackages(metafiles, root), root);
  writeFileSync(path.join(outdir, LICENSES_FILE), text);
}
