// dist/THIRD-PARTY-LICENSES.txt, as the build under test writes it, checked against what esbuild
// reports independently: every package with bytes in a bundle has its licence text in the file,
// nothing else is listed, and every legal comment the bundles would carry with
// `legalComments: "eof"` is in the file (the bundles are built with "none").
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, inject, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { withoutOidcClient } from "../../scripts/without-oidc-client.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const BUNDLES = { "cli.js": "src/cli/main.ts", "index.js": "src/action/main.ts" } as const;

interface Reference {
  /** `name version` of every package with bytes in the bundle. */
  readonly packages: Set<string>;
  /** The legal comments esbuild would keep at the end of the bundle. */
  readonly legalComments: string[];
}

const reference = new Map<string, Reference>();
let licenses = "";

beforeAll(async () => {
  licenses = readFileSync(path.join(inject("distDir"), "THIRD-PARTY-LICENSES.txt"), "utf8");
  for (const [output, entry] of Object.entries(BUNDLES)) {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      outfile: path.join(root, ".tmp", output),
      metafile: true,
      legalComments: "eof",
      logLevel: "silent",
      // The one substitution the build makes that changes which packages are in a bundle.
      plugins: output === "index.js" ? [withoutOidcClient] : [],
    });
    const packages = new Set<string>();
    for (const built of Object.values(result.metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(built.inputs)) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
        if (!match?.[1] || bytesInOutput === 0) continue;
        const manifest = JSON.parse(
          readFileSync(path.join(root, match[1], "package.json"), "utf8"),
        );
        packages.add(`${manifest.name} ${manifest.version}`);
      }
    }
    const text = result.outputFiles[0]?.text ?? "";
    const block = text.slice(text.lastIndexOf("/*! Bundled license information:"));
    const legalComments = [...block.matchAll(/\(\*!([\s\S]*?)\*\)/g)].map((m) =>
      (m[1] ?? "").replace(/\s+/g, " ").trim(),
    );
    reference.set(output, { packages, legalComments });
  }
}, 120_000);

/** `name version` -> the bundles the file says it is in, from its list at the top. */
function listed(): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const match of licenses.matchAll(/^ {2}(\S+) (\S+) \([^)]*\) in (.+)$/gm)) {
    entries.set(
      `${match[1]} ${match[2]}`,
      (match[3] ?? "").split(", ").map((file) => path.basename(file)),
    );
  }
  return entries;
}

/** One package's section: the licence named in its header and the text below it. */
function section(nameVersion: string): { license: string; text: string } {
  const rule = "=".repeat(78);
  const header = `${rule}\n${nameVersion}\nLicense: `;
  const start = licenses.indexOf(header);
  if (start < 0) return { license: "", text: "" };
  const rest = licenses.slice(start + header.length);
  const license = rest.slice(0, rest.indexOf("\n"));
  const body = rest.slice(rest.indexOf(`${rule}\n`) + rule.length + 1);
  const end = body.indexOf(`\n${rule}\n`);
  return { license, text: (end < 0 ? body : body.slice(0, end)).trim() };
}

describe("dist/THIRD-PARTY-LICENSES.txt", { timeout: 60_000 }, () => {
  it("lists exactly the packages bundled into each bundle", () => {
    const expected = new Map<string, string[]>();
    for (const [output, { packages }] of reference) {
      for (const pkg of packages) expected.set(pkg, [...(expected.get(pkg) ?? []), output].sort());
    }
    // The runtime libraries the CLI and the Action are made of are among them.
    for (const name of [
      "commander",
      "yaml",
      "ajv",
      "undici",
      "minimatch",
      "diff",
      "@actions/core",
      "@octokit/core",
    ])
      expect(
        [...expected.keys()].some((key) => key.startsWith(`${name} `)),
        name,
      ).toBe(true);
    expect(Object.fromEntries(listed())).toEqual(Object.fromEntries(expected));
  });

  it("carries each package's licence text in full", () => {
    for (const pkg of listed().keys()) {
      const { license, text } = section(pkg);
      // The licences bundled today; a new kind is a decision to review, not to slip in.
      expect(license, pkg).toMatch(/^(MIT|ISC|BSD-3-Clause|BlueOak-1\.0\.0|Apache-2\.0)$/);
      // Every licence in the bundles grants permission and disclaims warranty in its text.
      expect(text, pkg).toMatch(/permission/i);
      expect(text, pkg).toMatch(/warrant/i);
    }
  });

  it("carries the legal comments written in the bundled source", () => {
    const comments = [...reference.values()].flatMap((r) => r.legalComments);
    expect(comments.length).toBeGreaterThan(0);
    const flat = licenses.replace(/\s+/g, " ");
    for (const comment of comments) expect(flat, comment).toContain(comment);
  });

  it("is named on the first lines of each bundle, which keep no licence comments themselves", () => {
    for (const output of Object.keys(BUNDLES)) {
      const bundle = readFileSync(path.join(inject("distDir"), output), "utf8");
      const head = bundle.split("\n").slice(0, 3).join("\n");
      expect(head, output).toContain(
        "// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.",
      );
      expect(bundle, output).not.toContain("/*! Bundled license information:");
    }
  });

  it("stops the build when a bundled package ships no licence file", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "cursor-policy-licenses-"));
    try {
      const dir = path.join(scratch, "node_modules", "unlicensed");
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, "package.json"),
        JSON.stringify({ name: "unlicensed", version: "1.2.3", license: "MIT" }),
      );
      writeFileSync(path.join(dir, "index.js"), "export const x = 1;\n");
      const script = `
        import { renderLicenses } from ${JSON.stringify(path.join(root, "scripts/third-party-licenses.mjs"))};
        try {
          renderLicenses([{ dir: "node_modules/unlicensed", outputs: ["cli.js"], inputs: ["node_modules/unlicensed/index.js"] }], ${JSON.stringify(scratch)});
          console.log("rendered");
        } catch (error) { console.log(error.message); }`;
      const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        encoding: "utf8",
      });
      expect(out).toContain(
        "unlicensed@1.2.3 (node_modules/unlicensed) is bundled into dist/ but ships no LICENSE file",
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
