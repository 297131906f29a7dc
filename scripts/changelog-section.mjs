// Prints one version's section of CHANGELOG.md (its text, without the heading): the release
// workflow publishes it as the GitHub release notes.
//
//   node scripts/changelog-section.mjs v0.2.0            (a tag name or a bare version)
//   node scripts/changelog-section.mjs Unreleased --file path/to/CHANGELOG.md
//
// Exits 1 with a message naming the file and the fix when the section is missing or empty, so a
// release never goes out with blank notes.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The body of `## [version]` in a Keep a Changelog text, trimmed; undefined when there is no such
 * heading. The section ends at the next `## ` heading or at the link definitions at the bottom.
 * @param {string} text
 * @param {string} version "0.2.0", "v0.2.0" or "Unreleased"
 */
export function changelogSection(text, version) {
  const wanted = version.replace(/^v(?=\d)/, "");
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((line) => headingVersion(line) === wanted);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith("## ") || /^\[[^\]]+\]:\s/.test(line));
  return (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
}

/** `## [0.2.0] - 2026-12-01` -> `0.2.0`; `## [Unreleased]` -> `Unreleased`. */
function headingVersion(line) {
  return /^## \[([^\]]+)\]/.exec(line)?.[1];
}

function main(args) {
  const fileFlag = args.indexOf("--file");
  const file = path.resolve(
    fileFlag >= 0
      ? (args[fileFlag + 1] ?? "")
      : path.join(import.meta.dirname, "..", "CHANGELOG.md"),
  );
  const version = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--file");
  if (!version) {
    console.error(
      "usage: node scripts/changelog-section.mjs <version or tag> [--file CHANGELOG.md]",
    );
    return 1;
  }
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const section = changelogSection(text, version);
  const heading = version.replace(/^v(?=\d)/, "");
  if (section === undefined) {
    console.error(
      `${file} has no section "## [${heading}]"; add it (npm version ${heading} writes it from the Unreleased section).`,
    );
    return 1;
  }
  if (section === "") {
    console.error(
      `${file}: the section "## [${heading}]" is empty; list the release's changes in it.`,
    );
    return 1;
  }
  process.stdout.write(`${section}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
