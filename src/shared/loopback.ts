// Plain http:// is for talking to this machine only (the emulator, a test server): anywhere else
// the API key (or token) would cross the network unencrypted. docs/security.md, "Transport".

/**
 * Whether a URL's hostname (as `new URL()` gives it: lower-case, IPv4 normalised, IPv6 in
 * brackets) names this machine's loopback interface: `localhost`, 127.0.0.0/8 or [::1].
 * Nothing that needs a name lookup other than `localhost` counts, so no DNS answer can turn a
 * remote host into a "local" one.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, "");
  if (host === "localhost" || host === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
