// The outcome of an apply for terminals: one line per change with its result, then the
// verification (the re-plan read back after applying). The Action frames the same data as
// Markdown in src/action/report.ts.

import type {
  ApplyResult,
  ChangeOutcome,
  ChangeStatus,
  ReadBackSummary,
} from "../model/outcome.js";
import type { Change, Plan } from "../model/plan.js";
import { verifiableChanges } from "../plan/plan.js";
import { printable } from "./fragments.js";
import { renderText } from "./text.js";
import { limitValue, plural } from "./values.js";

const STATUS_MARK: Record<ChangeStatus, string> = { applied: "✓", failed: "✗", skipped: "○" };
const STATUS_COLOR: Record<ChangeStatus, number> = { applied: 32, failed: 31, skipped: 33 };

/** What an apply did and what the read-back found (the parts of core's ApplyOutcome shown here). */
interface AppliedAndVerified {
  readonly result?: ApplyResult;
  /** The plan re-computed from live state read after applying: empty when everything took. */
  readonly verification?: Plan;
  /** What that read-back re-read. */
  readonly readBack?: ReadBackSummary;
}

export function renderApplyOutcome(
  outcome: AppliedAndVerified,
  options: { color: boolean },
): string {
  const { result, verification } = outcome;
  if (!result) return "";
  const paint = (status: ChangeStatus, text: string) =>
    options.color ? `\u001b[${STATUS_COLOR[status]}m${text}\u001b[39m` : text;

  const lines = [
    `Apply finished in ${(result.durationMs / 1000).toFixed(1)} s: ${result.applied} applied, ${result.failed} failed, ${result.skipped} skipped.`,
    "",
    ...result.outcomes.map((o) => outcomeLine(o, paint)),
  ];
  if (verification) {
    lines.push("");
    const unconfirmed = verification.changes.length - verifiableChanges(verification).length;
    if (outcome.readBack) lines.push(readBackLine(outcome.readBack));
    for (const entry of outcome.readBack?.notReverified ?? []) {
      lines.push(`not re-verified: ${printable(entry.key)} (${printable(entry.reason)})`);
    }
    const mismatches = outcome.readBack?.effectiveMismatches ?? [];
    if (mismatches.length > 0) {
      lines.push(
        `warning: the API reports ${plural(mismatches.length, "effective limit")} other than the plan promised (${verification.effectiveLimitRule} assumed; another rule or a team limit is at work):`,
        ...mismatches.map(
          (entry) =>
            `  ${printable(entry.email)}: promised ${limitValue(entry.promised)}, enforced ${limitValue(entry.actual)}`,
        ),
      );
    }
    if (verification.changes.length === 0) {
      lines.push("verified: live state matches policy");
    } else if (unconfirmed === verification.changes.length) {
      lines.push(
        `verified: live state matches policy, except ${plural(unconfirmed, "limit")} the API cannot report exactly (see the notes of the next plan)`,
      );
    } else {
      lines.push(
        `NOT verified: read back after applying, ${plural(verification.changes.length - unconfirmed, "change")} did not take:`,
        renderText(verification, { color: options.color, mode: "plan" }),
      );
    }
  }
  return lines.join("\n");
}

/** "read back what changed: 2 spend-report pages, 1 search, the blocklists". */
function readBackLine(summary: ReadBackSummary): string {
  if (summary.scope === "full") return "read back: the whole live state";
  const parts = [
    ...(summary.spendPages > 0 ? [plural(summary.spendPages, "spend-report page")] : []),
    ...(summary.spendSearches > 0
      ? [plural(summary.spendSearches, "spend-report search", "spend-report searches")]
      : []),
    ...(summary.blocklists ? ["the blocklists"] : []),
    ...(summary.directoryGroups ? ["the directory groups"] : []),
  ];
  return `read back what changed: ${parts.length === 0 ? "nothing to read" : parts.join(", ")}`;
}

function outcomeLine(
  outcome: ChangeOutcome,
  paint: (status: ChangeStatus, text: string) => string,
): string {
  const head = `  ${paint(outcome.status, `${STATUS_MARK[outcome.status]} ${outcome.status.padEnd(7)}`)} ${changeTitle(outcome.change)}`;
  return outcome.reason ? `${head}\n      ${printable(outcome.reason)}` : head;
}

/** One line naming a change: "+ blocklist https://github.com/acme/x", "~ limit ada@acme.example: $100 -> $1,000". */
function changeTitle(change: Change): string {
  switch (change.kind) {
    case "create":
      return `+ blocklist ${printable(change.url)} (${plural(change.after.length, "pattern")})`;
    case "update":
      return `~ blocklist ${printable(change.url)} (+${change.added.length} -${change.removed.length} patterns)`;
    case "delete":
      return `- blocklist ${printable(change.url)}`;
    case "set":
    case "clear":
      return `${change.kind === "set" ? "~" : "-"} limit ${printable(change.email)}: ${limitValue(change.before)} -> ${limitValue(change.after)}`;
    case "group-create":
      return `+ directory group ${printable(change.name)} (limit ${limitValue(change.limit)})`;
    case "group-update": {
      const parts = [
        change.renamedFrom === undefined
          ? undefined
          : `renamed from ${printable(change.renamedFrom)}`,
        change.limit === undefined
          ? undefined
          : `limit ${limitValue(change.limit.before)} -> ${limitValue(change.limit.after)}`,
      ].filter((part) => part !== undefined);
      return `~ directory group ${printable(change.name)}: ${parts.join(", ")}`;
    }
    case "group-members":
      return `~ members of directory group ${printable(change.name)}: +${change.add.length} -${change.remove.length}`;
    case "group-delete":
      return `- directory group ${printable(change.name)}`;
  }
}
