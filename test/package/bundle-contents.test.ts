// What the bundles leave out on purpose, each a cost paid on every run: all of undici but its
// request path (src/api/undici.ts), @actions/core's OIDC client with the second undici it brings
// (scripts/without-oidc-client.mjs), and Ajv until a saved plan is read (src/core/saved-plan.ts).
// A plain `import … from "undici"`, a build without the substitution or a static import of Ajv
// would put them back; the markers are names only those parts define.
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

  it("load Ajv in plan, apply and drift only to read a saved plan", () => {
    const files = bundleFiles();
    const holding = (definition: RegExp) =>
      [...files].filter(([, text]) => definition.test(text)).map(([name]) => name);
    const [ajv] = holding(/^var require_ajv = /m);
    const [reconcile] = holding(/^(async )?function planForReview\(/m);
    expect(ajv, "the chunk holding Ajv").toBeDefined();
    expect(reconcile, "the chunk holding planForReview").toBeDefined();
    // Every chunk a module of the reconcile chunk's loads before it runs.
    const loaded = new Set<string>();
    const pending = [reconcile ?? ""];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (loaded.has(name)) continue;
      loaded.add(name);
      const text = files.get(name) ?? "";
      for (const match of text.matchAll(
        /^import\s(?:[^;]*?\sfrom\s)?"\.\/(cli-chunk-\w+\.js)"/gm,
      )) {
        if (match[1]) pending.push(match[1]);
      }
    }
    expect(loaded.size).toBeGreaterThan(3);
    expect([...loaded]).not.toContain(ajv);
  });
});
