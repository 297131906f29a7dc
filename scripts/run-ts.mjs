// Runs a TypeScript entry point on Node 20, which cannot run TypeScript itself: bundles the entry
// and every other top-level .ts file beside it (sibling entry points, e.g. a child-process worker
// the entry spawns by `new URL("./worker.js", import.meta.url)`) into a temporary folder with
// esbuild, runs the entry there with the remaining arguments, and removes the folder afterwards.
//
//   node scripts/run-ts.mjs bench/run.ts --quick
//   node --expose-gc scripts/run-ts.mjs ...   (Node flags of this process are passed on)

import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error("usage: node scripts/run-ts.mjs <entry.ts> [arguments...]");
  process.exit(1);
}
const entry = path.resolve(entryArg);
const dir = path.dirname(entry);
const entryPoints = readdirSync(dir)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
  .map((name) => path.join(dir, name));

const outdir = mkdtempSync(path.join(tmpdir(), "cursor-policy-run-ts-"));
// Bundled CommonJS dependencies (undici) call require() for Node built-ins; give the ESM bundle one.
const requireShim =
  'import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);';

let code = 1;
try {
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    platform: "node",
    target: "node20.18",
    format: "esm",
    outExtension: { ".js": ".mjs" },
    banner: { js: requireShim },
    logLevel: "warning",
    sourcemap: "inline",
  });
  const script = path.join(outdir, `${path.basename(entry, ".ts")}.mjs`);
  code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--enable-source-maps", ...process.execArgv, script, ...args],
      {
        stdio: "inherit",
        cwd: process.cwd(),
      },
    );
    // Ctrl-C reaches the child through the terminal's process group; wait for it to finish.
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
    child.on("close", (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
process.exit(code);
