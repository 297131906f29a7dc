// Carries package.json's version to every other place that names it. Run by `npm version X.Y.Z`
// (the "version" lifecycle script, after npm has written the new version into package.json and
// package-lock.json and before it commits and tags), see docs/releasing.md:
//   - src/shared/version.ts (`--version`, plan files);
//   - the `$id` of the schemas in SCHEMA_FILES, which name the tag
//     (`.../cursor-policy/v0.2.0/schemas/...`) and which `import` writes into policy files;
//   - CHANGELOG.md: the Unreleased section becomes `## [X.Y.Z] - <date>`, a new empty Unreleased
//     section goes above it, and the links at the bottom follow. Refused when Unreleased is empty.
//
//   node scripts/sync-version.mjs [--root DIR] [--date YYYY-MM-DD]
// Running it again for the same version changes nothing.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const REPOSITORY_URL = "https://github.com/cursor-policy/cursor-policy";
export const SCHEMA_BASE = "https://raw.githubusercontent.com/cursor-policy/cursor-policy";
export const SCHEMA_FILES = [
  "schemas/policy.schema.json",
  "schemas/plan.schema.json",
  "schemas/emulator-state.schema.json",
];

/** The `$id` of a schema for a version: the file at the release's tag. */
export function schemaId(version, file) {
  return `${SCHEMA_BASE}/v${version}/${file}`;
}

function argument(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(args) {
  const root = path.resolve(argument(args, "--root") ?? path.join(import.meta.dirname, ".."));
  const date = argument(args, "--date") ?? new Date().toISOString().slice(0, 10);
  const read = (file) => readFileSync(path.join(root, file), "utf8");
  const write = (file, text) => writeFileSync(path.join(root, file), text);

  const { version } = JSON.parse(read("package.json"));
  if (typeof version !== "string" || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
    throw new Error(`package.json: version ${JSON.stringify(version)} is not X.Y.Z`);
  }

  // Everything is computed before anything is written: a refusal leaves every file as it was.
  const versionFile = "src/shared/version.ts";
  const updates = new Map();
  const source = read(versionFile);
  if (!/export const VERSION = "[^"]*";/.test(source)) {
    throw new Error(`${versionFile}: no line \`export const VERSION = "...";\` to update`);
  }
  updates.set(
    versionFile,
    source.replace(/export const VERSION = "[^"]*";/, `export const VERSION = "${version}";`),
  );
  for (const file of SCHEMA_FILES) {
    const text = read(file);
    const pattern = /"\$id": "[^"]*"/;
    if (!pattern.test(text)) throw new Error(`${file}: no "$id" to update`);
    updates.set(file, text.replace(pattern, `"$id": "${schemaId(version, file)}"`));
  }
  updates.set("CHANGELOG.md", releaseChangelog(read("CHANGELOG.md"), version, date));
  for (const [file, text] of updates) write(file, text);
  console.log(
    `version ${version}: ${versionFile}, ${SCHEMA_FILES.join(", ")} and CHANGELOG.md updated`,
  );
}

/**
 * CHANGELOG.md with the Unreleased section released as `version`. Unchanged when the version
 * already has a section (a re-run).
 * @param {string} text
 * @param {string} version
 * @param {string} date YYYY-MM-DD
 */
export function releaseChangelog(text, version, date) {
  if (text.includes(`\n## [${version}]`)) return text;
  const unreleased = "## [Unreleased]";
  const at = text.indexOf(`\n${unreleased}\n`);
  if (at < 0) throw new Error(`CHANGELOG.md: no "${unreleased}" section to release as ${version}`);
  const bodyStart = at + unreleased.length + 2;
  const next = text.slice(bodyStart).search(/^(## |\[[^\]]+\]:\s)/m);
  const body = next < 0 ? text.slice(bodyStart) : text.slice(bodyStart, bodyStart + next);
  if (body.trim() === "") {
    throw new Error(
      `CHANGELOG.md: the Unreleased section is empty; list what changes for users in ${version} before releasing it`,
    );
  }
  let released = `${text.slice(0, at)}\n${unreleased}\n\n## [${version}] - ${date}\n${text.slice(bodyStart)}`;
  const links = /^\[Unreleased\]: .*$/m;
  const newLinks = `[Unreleased]: ${REPOSITORY_URL}/compare/v${version}...HEAD\n[${version}]: ${REPOSITORY_URL}/releases/tag/v${version}`;
  released = links.test(released)
    ? released.replace(links, newLinks)
    : `${released.trimEnd()}\n\n${newLinks}\n`;
  return released;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
