// The Action's outputs, as action.yml declares them (a test keeps the two in step).

export const OUTPUT_NAMES = [
  "has-changes",
  "exit-code",
  "plan-json",
  "summary",
  "fingerprint",
  "comment-url",
  "issue-url",
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Only what a run knows is set: an output that is not set reads as "" in the workflow. */
export type ActionOutputs = Partial<Record<OutputName, string>>;
