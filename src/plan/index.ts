// The pure planner's public surface.
export { PlanInputError } from "./errors.js";
export { fingerprintLiveState } from "./fingerprint.js";
export type { DeleteBreach, GuardrailFindings, PlanDraft } from "./guardrails.js";
export {
  checkGuardrails,
  deleteThresholdBreach,
  limitsAboveMaximum,
  membersWithoutLimit,
  protectedRepoDeletes,
} from "./guardrails.js";
export {
  hasChanges,
  isBlocked,
  isUnverifiable,
  plan,
  summarize,
  verifiableChanges,
} from "./plan.js";
export type { MemberOutcome } from "./spend-limits.js";
