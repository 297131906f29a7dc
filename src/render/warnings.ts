// Warning messages: what in the policy probably does not mean what it says, and how to fix it.

import type { LimitRuleRef } from "../model/desired.js";
import type { Warning } from "../model/plan.js";
import { data, type Message } from "./fragments.js";
import { ruleWithLocation } from "./values.js";

export function warningMessage(warning: Warning): Message {
  switch (warning.kind) {
    case "member-not-on-team":
      return notOnTeam(warning.email, warning.rule, warning.suggestions);
  }
}

/** Shared with the violation the same finding becomes under --strict. */
export function notOnTeam(
  email: string,
  rule: LimitRuleRef,
  suggestions: readonly string[],
): Message {
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
  return [
    data(email),
    " is named by ",
    ...ruleWithLocation(rule),
    " but is not on the team",
    ...guess,
    " If they join later, list them under pendingMembers",
  ];
}
