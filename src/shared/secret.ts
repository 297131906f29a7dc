// A value that must never be printed: the API key, the GitHub token. However it is turned into
// text — template strings, JSON.stringify, console.log / util.inspect — it reads [REDACTED];
// only reveal() hands out the value, for the one place that needs it (a header, the scrubber).
import { inspect } from "node:util";

export const REDACTED = "[REDACTED]";

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
