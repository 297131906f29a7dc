// The examples in docs/github-action.md are real output of the bundled Action, checked by the
// tests that produce them: when the output changes, the test fails until the docs are updated
// (CURSOR_POLICY_UPDATE_DOCS=1 npx vitest run test/action rewrites the example blocks).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

const DOC = path.resolve(import.meta.dirname, "../../docs/github-action.md");

/** The example is shown as a block quote, so it reads as a comment inside the page. */
const quote = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");

export function expectDocumented(name: string, actual: string): void {
  const start = `<!-- example:${name}:start -->\n`;
  const end = `\n<!-- example:${name}:end -->`;
  const text = readFileSync(DOC, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`docs/github-action.md has no example block "${name}"`);
  const shown = text.slice(from + start.length, to);
  const wanted = quote(actual);
  if (process.env.CURSOR_POLICY_UPDATE_DOCS === "1") {
    writeFileSync(DOC, text.slice(0, from + start.length) + wanted + text.slice(to));
    return;
  }
  expect(shown, `docs/github-action.md example "${name}" is out of date`).toBe(wanted);
}
