// Hidden markers: how the Action finds its own comment or issue again. One per kind of post and
// policy directory, so two policy directories (or a plan and an apply) never overwrite each other.

import type { ReportKind } from "../render/github/frame.js";

type MarkerKind = ReportKind;

/** `policies`, `./policies/` and `policies\` are one directory. */
export function normalizePolicyDir(dir: string): string {
  const posix = dir.trim().replace(/\\/g, "/").replace(/\/+$/, "");
  const withoutDot = posix.replace(/^(\.\/)+/, "");
  return withoutDot === "" || withoutDot === "." ? "." : withoutDot;
}

/** `<!-- cursor-policy:plan:policies -->`. The directory is escaped so it cannot end the comment. */
export function marker(kind: MarkerKind, policyDir: string): string {
  const dir = normalizePolicyDir(policyDir).replace(
    /[^A-Za-z0-9._/@+-]|-(?=-)/g,
    (char) => `%${char.codePointAt(0)?.toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `<!-- cursor-policy:${kind}:${dir} -->`;
}

/**
 * True when `body` starts with exactly this marker line: ours always do. A marker quoted further
 * down (a reply, another tool's comment) does not count, nor one for another directory or kind.
 */
export function startsWithMarker(body: string | null | undefined, markerText: string): boolean {
  if (typeof body !== "string") return false;
  const end = body.indexOf("\n");
  const firstLine = (end === -1 ? body : body.slice(0, end)).replace(/\r$/, "");
  return firstLine === markerText;
}
