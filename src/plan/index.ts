// The pure planner's public surface.
export { PlanInputError } from "./errors.js";
export { fingerprintLiveState } from "./fingerprint.js";
export { isBlocked, isUnverifiable, plan, verifiableChanges } from "./plan.js";
