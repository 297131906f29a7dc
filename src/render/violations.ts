// Violation messages: what broke, the numbers, and what to do.

import type { DeletableResource, Violation } from "../model/plan.js";
import { code, data, type Message, plainText } from "./fragments.js";
import { ineffectiveCapMessage } from "./ineffective-cap.js";
import { dollars, limitDollars, percent, plural, ruleWithLocation } from "./values.js";

export function violationMessage(violation: Violation): Message {
  switch (violation.kind) {
    case "too-many-deletes":
      return [`${deleteBreach(violation)}: pass --allow-deletes to proceed`];
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
        violation.blockedBy === "strict"
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
export function violationList(violations: readonly Violation[]): string {
  return violations.map((violation) => `  - ${describeViolation(violation)}`).join("\n");
}

/** An error message followed by the violations that caused it: what a blocked run prints. */
export function withViolations(message: string, violations: readonly Violation[]): string {
  return `${message}:\n${violationList(violations)}`;
}

/** "3 deletions (60 %) exceed the limit of 2 (25 %)" */
export function deleteBreach(breach: {
  readonly resource: DeletableResource;
  readonly deletes: number;
  readonly total: number;
  readonly maxCount?: number;
  readonly maxPercent?: number;
}): string {
  const share = breach.total > 0 ? ` (${percent((breach.deletes / breach.total) * 100)})` : "";
  const limits = [
    breach.maxCount !== undefined ? String(breach.maxCount) : undefined,
    breach.maxPercent !== undefined ? percent(breach.maxPercent) : undefined,
  ].filter((part) => part !== undefined);
  const limit = limits.length === 2 ? `${limits[0]} (${limits[1]})` : (limits[0] ?? "?");
  const verb = breach.deletes === 1 ? "exceeds" : "exceed";
  const what = breach.resource === "directoryGroup" ? "directory group deletion" : "deletion";
  return `${plural(breach.deletes, what)}${share} ${verb} the limit of ${limit}`;
}
