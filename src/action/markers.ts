// Hidden markers: how the Action finds its own comment or issue again. One per kind of post and
// policy directory, so two policy directories (or a plan and an apply) never overwrite each other.

export type MarkerKind = "plan" | "apply" | "drift";

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

/** True when `body` carries exactly this marker (not one for another directory or kind). */
export function hasMarker(body: string | null | undefined, markerText: string): boolean {
  return typeof body === "string" && body.includes(markerText);
}
