// How values read in every output: money, limits, percentages, counts, rules.

import type { LimitDollars, LimitRuleRef } from "../model/desired.js";
import type { LimitBefore } from "../model/plan.js";
import { code, type Message } from "./fragments.js";

/** Whole dollars with thousands separators: "$1,000". Locale-independent on purpose. */
export function dollars(amount: number): string {
  return `$${groupThousands(String(Math.trunc(amount)))}`;
}

/** Cents (possibly fractional) as dollars and cents: 245012.5 -> "$2,450.13". */
export function money(cents: number): string {
  const rounded = Math.round(cents);
  const whole = Math.trunc(rounded / 100);
  const rest = String(Math.abs(rounded % 100)).padStart(2, "0");
  return `${rounded < 0 ? "-" : ""}$${groupThousands(String(Math.abs(whole)))}.${rest}`;
}

/** A limit for people: "$0", "$50", "no limit", "unknown"; "no limit or $0" when legacy-ambiguous. */
export function limitValue(limit: LimitBefore, ambiguous = false): string {
  if (limit === "unknown") return "unknown";
  if (limit === null) return ambiguous ? "no limit or $0" : "no limit";
  return dollars(limit);
}

export function limitDollars(limit: LimitDollars): string {
  return limitValue(limit);
}

/** "60 %", "33.3 %": one decimal at most, no trailing zero. */
export function percent(value: number): string {
  return `${Number(value.toFixed(1))} %`;
}

export { plural } from "../shared/plural.js";

/** "policies/team.yaml:12" */
export function location(rule: Pick<LimitRuleRef, "source">): string {
  return `${rule.source.file}:${rule.source.line}`;
}

/** Which rule produced a limit: "group `data-science`", "default", "role `owner`", ... */
export function ruleName(rule: LimitRuleRef): Message {
  switch (rule.rank) {
    case "user":
      return ["user rule"];
    case "group":
      return ["group ", code(rule.name)];
    case "emailPattern":
      return ["email pattern ", code(rule.name)];
    case "role":
      return ["role ", code(rule.name)];
    case "default":
      return ["default"];
  }
}

/** The rule with where it is written: "group `data-science` (policies/team.yaml:12)". */
export function ruleWithLocation(rule: LimitRuleRef): Message {
  return [...ruleName(rule), ` (${location(rule)})`];
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
