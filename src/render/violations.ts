// Violation messages: what broke, the numbers, and what to do.

import type { RaiseBreach, ShareBreach, ThresholdKind, Violation } from "../model/plan.js";
import { code, data, type Message, plainText } from "./fragments.js";
import { ineffectiveCapMessage } from "./ineffective-cap.js";
import { dollars, limitDollars, percent, plural, ruleWithLocation } from "./values.js";
import { groupMemberNotOnTeam, notOnTeam } from "./warnings.js";

export function violationMessage(violation: Violation): Message {
  switch (violation.kind) {
    case "threshold-exceeded":
      return [
        `${shareBreach(violation)}: pass --${violation.override} to proceed${
          violation.origin === "default"
            ? `, or set ${THRESHOLD_NAMES[violation.threshold].key} to change the threshold`
            : ""
        }`,
      ];
    case "limit-raise-exceeded":
      return [
        ...raiseBreach(violation),
        `: pass --${violation.override} to proceed${
          violation.origin === "default" ? ", or set guardrails.maxLimitRaise" : ""
        }`,
      ];
    case "total-limit-above-maximum":
      return [
        `the members' limits add up to ${dollars(violation.totalDollars)} a month after this plan, above the maximum of ${dollars(violation.maximum)} (guardrails.maxTotalLimit)`,
        violation.withoutLimit > 0
          ? ` (${plural(violation.withoutLimit, "member")} without a limit not counted)`
          : "",
        ": lower some limits or raise guardrails.maxTotalLimit",
      ];
    case "member-not-on-team":
      return [
        ...notOnTeam(violation.email, violation.rule, violation.suggestions),
        violation.because === "strict"
          ? "; blocked by --strict"
          : "; blocked by guardrails.requireNamedMembersOnTeam",
      ];
    case "group-member-not-on-team":
      return [
        ...groupMemberNotOnTeam(violation),
        violation.because === "strict"
          ? "; blocked by --strict"
          : "; blocked by guardrails.requireNamedMembersOnTeam",
      ];
    case "protected-repo-delete":
      return [
        "the blocklist of ",
        code(violation.url),
        " would be deleted, but ",
        code(violation.pattern),
        " in guardrails.protectedRepos protects it: declare the repo in the policy or stop protecting it",
      ];
    case "limit-above-maximum":
      return [
        data(violation.email),
        ` would get ${limitDollars(violation.limit)} from `,
        ...ruleWithLocation(violation.rule),
        `, above the maximum of ${dollars(violation.maximum)} (guardrails.maxUserLimit)`,
      ];
    case "member-without-limit":
      return violation.rule
        ? [
            data(violation.email),
            " gets no limit from ",
            ...ruleWithLocation(violation.rule),
            ", but every member must have one (guardrails.requireLimitForEveryMember)",
          ]
        : [
            data(violation.email),
            " is covered by no rule, but every member must have a limit: add a rule or a default",
          ];
    case "ineffective-cap":
      return [
        ...ineffectiveCapMessage(violation),
        violation.because === "strict"
          ? ": blocked by --strict; raise the cap, take the member out of the group, or lower the group's limit"
          : ": blocked by guardrails.requireEffectiveCaps; raise the cap, take the member out of the group, or lower the group's limit",
      ];
    case "limit-conflict":
      return [
        data(violation.email),
        " gets different limits from rules of the same rank: ",
        ...violation.rules.flatMap((rule, i) => [
          i === 0 ? "" : " and ",
          ...ruleWithLocation(rule),
        ]),
        ": make them agree or give the member a more specific rule",
      ];
  }
}

/** The violation as one line of plain text, for error messages and logs. */
export function describeViolation(violation: Violation): string {
  return plainText(violationMessage(violation));
}

/** The violations as an indented plain-text list, one per line, for terminals and logs. */
function violationList(violations: readonly Violation[]): string {
  return violations.map((violation) => `  - ${describeViolation(violation)}`).join("\n");
}

/** An error message followed by the violations that caused it: what a blocked run prints. */
export function withViolations(message: string, violations: readonly Violation[]): string {
  return `${message}:\n${violationList(violations)}`;
}

/** How each share threshold is named: its changes, its live objects, its policy key. */
const THRESHOLD_NAMES: Readonly<
  Record<ThresholdKind, { change: string; objects: string; key: string }>
> = {
  "blocklist-deletes": {
    change: "blocklist deletion",
    objects: "live blocklists",
    key: "guardrails.maxDeletes",
  },
  "directory-group-deletes": {
    change: "directory group deletion",
    objects: "live directory groups",
    key: "guardrails.maxDeletes",
  },
  "limit-changes": {
    change: "limit change",
    objects: "members",
    key: "guardrails.maxLimitChanges",
  },
};

/**
 * "4 blocklist deletions (40 % of 10 live blocklists) exceed the built-in threshold of 10 %",
 * "3 limit changes exceed guardrails.maxLimitChanges (at most 2)".
 */
export function shareBreach(breach: Omit<ShareBreach, "override">): string {
  const names = THRESHOLD_NAMES[breach.threshold];
  const counted = plural(breach.changes, names.change);
  const share =
    breach.total > 0
      ? ` (${percent((breach.changes / breach.total) * 100)} of ${breach.total} ${names.objects})`
      : "";
  const source = breach.origin === "default" ? "the built-in threshold" : names.key;
  if (breach.everyOne) {
    return `${counted} would remove every one of the ${breach.total} ${names.objects}, which ${source} never allows`;
  }
  const limits = [
    breach.maxCount !== undefined ? `at most ${breach.maxCount}` : undefined,
    breach.maxPercent !== undefined ? `at most ${percent(breach.maxPercent)}` : undefined,
  ].filter((part) => part !== undefined);
  const verb = breach.changes === 1 ? "exceeds" : "exceed";
  return `${counted}${share} ${verb} ${source} (${limits.join(" and ")})`;
}

/** "ada@acme.example's limit $100 → $1,000 is a raise of 10×, more than the built-in 5×" */
export function raiseBreach(breach: Omit<RaiseBreach, "override">): Message {
  const factor = Number((breach.after / breach.before).toFixed(1));
  const source = breach.origin === "default" ? "the built-in factor" : "guardrails.maxLimitRaise";
  return [
    data(breach.email),
    `: ${dollars(breach.before)} → ${dollars(breach.after)} raises the limit ${factor}×, more than ${source} of ${breach.maxFactor}×`,
  ];
}
