// What the docs tell a stranger to type about installing and pinning: the scoped package name
// (never a bare `npx cursor-policy`, which runs whoever owns that name), the three ways to install,
// the peeled tag for pinning, and the contributors' two-command quick start, unchanged.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const { name } = JSON.parse(read("package.json")) as { name: string };

function markdownFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return entry.name.endsWith(".md") ? [file] : [];
  });
}
const docs = ["README.md", "CHANGELOG.md", ...markdownFiles("docs")];

/** The lines of the fenced code blocks of a Markdown file: what readers copy and run. */
function codeLines(file: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of read(file).split("\n")) {
    if (/^\s*```/.test(line)) inBlock = !inBlock;
    else if (inBlock) lines.push(line.trim());
  }
  return lines;
}

describe("install and pin instructions", () => {
  it.each(docs)("%s never suggests npx without the package's scope", (file) => {
    for (const line of codeLines(file)) {
      expect(line, file).not.toMatch(/\bnpx\s+(?:-\S+\s+)*cursor-policy\b/);
      if (/\bnpx\s/.test(line)) expect(line, file).toContain(`npx ${name}@`);
    }
  });

  it.each(docs)("%s looks up a release's commit with the peeled tag", (file) => {
    for (const line of codeLines(file).filter((l) => l.startsWith("git ls-remote"))) {
      expect(line, file).toMatch(/'refs\/tags\/v\d+\.\d+\.\d+\^\{\}'$/);
    }
  });

  it("the README's Install section gives the package, the release tarball and the git tag", () => {
    const readme = read("README.md");
    const install = readme.slice(
      readme.indexOf("## Install"),
      readme.indexOf("\n## ", readme.indexOf("## Install") + 1),
    );
    const tarball = `${name.replace(/^@/, "").replace("/", "-")}-0.2.0.tgz`;
    expect(install).toContain(`npm install --global ${name}@0.2.0`);
    expect(install).toContain(
      `npm install --global https://github.com/cursor-policy/cursor-policy/releases/download/v0.2.0/${tarball}`,
    );
    expect(install).toContain("npm install --global github:cursor-policy/cursor-policy#v0.2.0");
    expect(install).toContain("(docs/releasing.md)");
  });

  it("the README keeps the contributors' quick start: exactly two commands", () => {
    const readme = read("README.md");
    const quickStart = readme.slice(readme.indexOf("## Quick start"));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? "";
    expect(
      block
        .split("\n")
        .filter(Boolean)
        .map((line) => line.split("#")[0]?.trim()),
    ).toEqual(["npm ci && npm run demo", "npm test"]);
  });

  it("docs/releasing.md shows the pin with the release in a comment and links the Dependabot example", () => {
    const releasing = read("docs/releasing.md");
    expect(releasing).toContain(
      "- uses: cursor-policy/cursor-policy@<40-character commit SHA> # v0.2.0",
    );
    expect(releasing).toContain("[docs/examples/dependabot.yml](examples/dependabot.yml)");
  });
});
