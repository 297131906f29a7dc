// Globs over email addresses (spendLimits.emailPatterns): one set of options, so that the policy
// loader (which checks that a pattern compiles) and the planner (which matches members) agree.

export const EMAIL_GLOB_OPTIONS = { nocase: true, dot: true, noext: false } as const;
