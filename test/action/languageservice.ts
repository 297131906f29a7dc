// GitHub's own workflow and action.yml validator (@actions/languageservice), loaded for tests.
// Its parser imports JSON schema files without an import attribute, which Node's ES module
// loader refuses; esbuild bundles them, so the package is bundled once into a temp file here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { validate as validateFn } from "@actions/languageservice";
import { build } from "esbuild";
import type { TextDocument as TextDocumentClass } from "vscode-languageserver-textdocument";

interface Finding {
  readonly severity: "error" | "warning" | "information" | "hint";
  readonly message: string;
  /** 1-based. */
  readonly line: number;
}

interface Bundle {
  validate: typeof validateFn;
  TextDocument: typeof TextDocumentClass;
}

const SEVERITY = { 1: "error", 2: "warning", 3: "information", 4: "hint" } as const;

let loaded: Promise<Bundle> | undefined;
/** The service caches parses by URI: every document gets its own. */
let documents = 0;

async function load(): Promise<Bundle> {
  const dir = mkdtempSync(path.join(tmpdir(), "cursor-policy-languageservice-"));
  const file = path.join(dir, "languageservice.mjs");
  try {
    const result = await build({
      stdin: {
        contents:
          'export { validate } from "@actions/languageservice";\nexport { TextDocument } from "vscode-languageserver-textdocument";\n',
        resolveDir: process.cwd(),
        loader: "js",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "silent",
      banner: {
        js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
      },
    });
    writeFileSync(file, result.outputFiles[0]?.text ?? "");
    return (await import(pathToFileURL(file).href)) as Bundle;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Validates `text` as GitHub would: `as` decides the kind, as the language service does by path
 * (`action.yml` → action metadata, `.github/workflows/x.yml` → workflow).
 */
export async function validateYaml(as: "action" | "workflow", text: string): Promise<Finding[]> {
  loaded ??= load();
  const { validate, TextDocument } = await loaded;
  documents += 1;
  const uri =
    as === "action"
      ? `file:///repo-${documents}/action.yml`
      : `file:///repo-${documents}/.github/workflows/workflow.yml`;
  const diagnostics = await validate(TextDocument.create(uri, "yaml", 1, text));
  return diagnostics.map((d) => ({
    severity: SEVERITY[d.severity ?? 1],
    message: typeof d.message === "string" ? d.message : d.message.value,
    line: d.range.start.line + 1,
  }));
}
