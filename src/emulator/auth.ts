// Basic auth as the Admin API does it: the key is the user name, the password is empty.

import type { ApiKeyState, KeyScope } from "./types.js";

/** What the request's credentials turned out to be, as the request log records it. */
export type KeyScopeSeen = KeyScope | "unknown" | "none";

/** The key in `Authorization: Basic base64(KEY:)`; undefined when the header is absent or not Basic. */
function keyFromAuthorization(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header.trim());
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const key = colon === -1 ? decoded : decoded.slice(0, colon);
  return key === "" ? undefined : key;
}

export interface Credentials {
  readonly scope: KeyScopeSeen;
  /** The key entry when it is known and not revoked. */
  readonly key?: ApiKeyState;
}

/** Looks the request's key up among `keys`; a revoked key counts as unknown. */
export function identify(header: string | undefined, keys: readonly ApiKeyState[]): Credentials {
  const key = keyFromAuthorization(header);
  if (key === undefined) return { scope: "none" };
  const entry = keys.find((candidate) => candidate.key === key && !candidate.revoked);
  return entry ? { scope: entry.scope, key: entry } : { scope: "unknown" };
}
