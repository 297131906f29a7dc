import { CursorPolicyError } from "../shared/errors.js";

/**
 * The planner was handed inputs that break the DesiredState / LiveState contract (the loader or
 * client should have refused them). Thrown rather than guessed around: a plan built on a guess
 * could delete or loosen the wrong thing.
 */
export class PlanInputError extends CursorPolicyError {}
