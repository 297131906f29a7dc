// Bundles the two entry points into dist/: the CLI (the package's bin) and the GitHub Action.
// Output is deterministic for a given source tree and esbuild version, so CI can rebuild and
// compare with what is committed (`npm run check-dist`).
// The CLI is split at its dynamic imports (dist/cli.js plus dist/cli-chunk-*.js), so a command
// loads only what it uses: `--help` and `validate` never read the API client or undici. Both
// bundles get the policy validator precompiled (scripts/policy-validator.mjs) instead of Ajv.

import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { precompiledValidatorPlugin } from "./policy-validator.mjs";
import { bundledPackages, LICENSES_FILE, renderLicenses } from "./third-party-licenses.mjs";
import { withoutOidcClient } from "./without-oidc-client.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, "dist");

// Bundled CommonJS dependencies (undici, ajv, commander) call require() for Node built-ins;
// an ES module bundle has no require, so give it one.
const requireShim =
  'import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);';

// Licence comments are not kept in the bundles: every bundled package's licence is in one file
// beside them, which each bundle names on its first lines (see writeThirdPartyLicenses below).
const licenseNote = `// Bundles third-party code; their licences: ${LICENSES_FILE} beside this file.`;

// Chunks of an earlier build would otherwise linger beside the new ones.
for (const name of existsSync(outdir) ? readdirSync(outdir, { withFileTypes: true }) : []) {
  if (name.isFile() && /^cli-chunk-.*\.js$/.test(name.name)) rmSync(path.join(outdir, name.name));
}

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
  plugins: [precompiledValidatorPlugin(root)],
};

const [cli, action] = await Promise.all([
  build({
    ...common,
    entryPoints: { cli: "src/cli/main.ts" },
    outdir,
    splitting: true,
    chunkNames: "cli-chunk-[hash]",
    banner: { js: `#!/usr/bin/env node\n${licenseNote}\n${requireShim}` },
  }),
  build({
    ...common,
    plugins: [...common.plugins, withoutOidcClient],
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
