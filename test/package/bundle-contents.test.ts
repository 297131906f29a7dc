// What the bundles leave out on purpose, each a cost paid on every run: all of undici but its
// request path (src/api/undici.ts), and @actions/core's OIDC client with the second undici it
// brings (scripts/without-oidc-client.mjs). A plain `import … from "undici"` or a build without
// the substitution would put them back; these markers are names only those parts define.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

function bundleFiles(): Map<string, string> {
  const distDir = inject("distDir");
  const files = new Map<string, string>();
  for (const name of readdirSync(distDir)) {
    if (name.endsWith(".js")) files.set(name, readFileSync(path.join(distDir, name), "utf8"));
  }
  return files;
}

/** Names defined only in the parts of undici that the client does not use (mocks, caches). */
const UNUSED_UNDICI = ["MockAgent", "SqliteCacheStore"];

/** esbuild wraps each bundled copy of undici's HTTP parser in one such function. */
function parserCopies(text: string): number {
  return text.match(/^var require_llhttp_wasm\d* = /gm)?.length ?? 0;
}

describe("the bundles", () => {
  it("carry undici's request path and not the rest of undici", () => {
    const files = bundleFiles();
    expect(files.size).toBeGreaterThan(2);
    // The request path is there, once in the CLI's files: the HTTP/1 client and its parser.
    const cli = [...files].filter(([name]) => name !== "index.js").map(([, text]) => text);
    expect(parserCopies(cli.join("\n"))).toBe(1);
    for (const [name, text] of files) {
      for (const marker of UNUSED_UNDICI) {
        expect(text.includes(marker), `${name}: ${marker}`).toBe(false);
      }
    }
  });

  it("hold one copy of undici in the Action, without @actions/core's OIDC client", () => {
    const action = bundleFiles().get("index.js") ?? "";
    // @actions/core itself is there (the workflow commands the Action writes).
    expect(action).toContain("add-mask");
    expect(parserCopies(action)).toBe(1);
  });
});
