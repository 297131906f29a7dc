// Warning messages: what in the policy probably does not mean what it says, and how to fix it.

import type { LimitRuleRef } from "../model/desired.js";
import type { GroupMemberNotOnTeam, Warning } from "../model/plan.js";
import { code, data, type Message } from "./fragments.js";
import { ineffectiveCapMessage } from "./ineffective-cap.js";
import { location, ruleWithLocation } from "./values.js";

export function warningMessage(warning: Warning): Message {
  switch (warning.kind) {
    case "member-not-on-team":
      return notOnTeam(warning.email, warning.rule, warning.suggestions);
    case "group-member-not-on-team":
      return groupMemberNotOnTeam(warning);
    case "ineffective-cap":
      return [
        ...ineffectiveCapMessage(warning),
        ": raise the cap, take the member out of the group, or lower the group's limit",
      ];
  }
}

/** Shared with the violation the same finding becomes under --strict. */
export function notOnTeam(
  email: string,
  rule: LimitRuleRef,
  suggestions: readonly string[],
): Message {
  return [
    data(email),
    " is named by ",
    ...ruleWithLocation(rule),
    " but is not on the team",
    ...didYouMean(suggestions),
  ];
}

/** Shared with the violation the same finding becomes under --strict. */
export function groupMemberNotOnTeam(finding: Omit<GroupMemberNotOnTeam, "kind">): Message {
  return [
    data(finding.email),
    " is a member of directory group ",
    code(finding.group),
    ` (${location({ source: finding.source })}) but is not on the team`,
    ...didYouMean(finding.suggestions),
  ];
}

function didYouMean(suggestions: readonly string[]): Message {
  const guess: Message =
    suggestions.length === 0
      ? [": a typo, or someone who has left?"]
      : [
          ": did you mean ",
          ...suggestions.flatMap((suggestion, i) => [
            i === 0 ? "" : i === suggestions.length - 1 ? " or " : ", ",
            data(suggestion),
          ]),
          "?",
        ];
  return [...guess, " If they join later, list them under pendingMembers"];
}
