// The budget line: the monthly limits the team has committed now, and after the plan is applied.
// Members without a limit cannot be summed (no limit is not a number), so they are counted apart,
// and so are members whose limit the spend report did not show.

import type { LiveMember } from "../model/live.js";
import type { Budget, LimitChange, LimitTotals } from "../model/plan.js";

export function planBudget(
  members: readonly LiveMember[],
  changes: readonly LimitChange[],
): Budget {
  const planned = new Map<string, number | null>();
  for (const change of changes) planned.set(change.key, change.after);
  const before = tally();
  const after = tally();
  for (const member of members) {
    // A legacy "no limit" that may really be $0 is counted as no limit: the API says no more.
    const now = member.limit === undefined ? undefined : member.limit.dollars;
    add(before, now);
    add(after, planned.has(member.emailKey) ? planned.get(member.emailKey) : now);
  }
  return { before, after };
}

function tally(): { -readonly [K in keyof LimitTotals]: number } {
  return { committedDollars: 0, withLimit: 0, withoutLimit: 0, unknown: 0 };
}

function add(totals: ReturnType<typeof tally>, limit: number | null | undefined): void {
  if (limit === undefined) totals.unknown++;
  else if (limit === null) totals.withoutLimit++;
  else {
    totals.committedDollars += limit;
    totals.withLimit++;
  }
}
