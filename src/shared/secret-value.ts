// A value that must never be printed: the API key, the GitHub token. However it is turned into
// text — template strings, JSON.stringify, console.log / util.inspect — it reads [REDACTED];
// only reveal() hands out the value, for the one place that needs it (a header). Creating one
// registers the value with the output scrubber (redact.ts), so that every output removes it,
// and its encodings and pieces, even where a mistake lets it through.
import { inspect } from "node:util";
import { REDACTED, registerSecret } from "./redact.js";

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
    registerSecret(value);
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
