// The ineffective-cap message, shared by the note and the violation of that kind.

import type { IneffectiveCap } from "../model/plan.js";
import { code, data, type Message } from "./fragments.js";
import { dollars, ruleWithLocation } from "./values.js";

/** "cap $50 for alex@… does not take effect: directory group `data-science` allows $400 (…)". */
export function ineffectiveCapMessage(cap: Omit<IneffectiveCap, "kind">): Message {
  return [
    `cap ${dollars(cap.limitDollars)} for `,
    data(cap.email),
    " does not take effect: directory group ",
    code(cap.group),
    ` allows ${dollars(cap.groupLimitDollars)}, and the highest applicable limit wins (the cap comes from `,
    ...ruleWithLocation(cap.rule),
    ")",
  ];
}
