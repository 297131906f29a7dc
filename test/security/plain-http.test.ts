// Issue 9, item 7: the key goes in every request's Authorization header, so plain http:// is
// accepted only for this machine (the emulator). Any other host is refused before a request is
// sent: here a server listening on every interface, reached through a non-loopback address,
// must see no request at all.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { cli, demoEmulator, EXAMPLE_POLICIES } from "../e2e/support.js";

/** This machine's first non-loopback IPv4 address, or a name that resolves nowhere. */
function externalHost(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === "IPv4" && !address.internal) return address.address;
    }
  }
  return "cursor-policy.invalid";
}

// Each test runs the bundled CLI, some of them several times: on a busy two-core machine one
// run can take several seconds, so these get more than the default 20 s (they wait on exits).
describe("plain http:// only for loopback hosts", { timeout: 90_000 }, () => {
  it("refuses http:// to a non-loopback host before sending anything", async (context) => {
    let requests = 0;
    const server = createServer((request, response) => {
      requests += 1;
      request.resume();
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
    context.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    const host = externalHost();

    const result = await cli([
      "plan",
      "--policies",
      EXAMPLE_POLICIES,
      "--base-url",
      `http://${host}:${port}`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`uses plain http:// for ${host}, which is not this machine`);
    expect(result.stderr).toContain("hint: use https://");
    expect(requests).toBe(0);
  });

  it.each([
    "http://api.cursor.com",
    "http://10.0.0.1:8080",
    "http://[fd00::2]:8080",
    "http://127.0.0.1.example.com",
    "http://[::ffff:127.0.0.1]",
  ])("refuses %s", async (url) => {
    const result = await cli(["plan", "--policies", EXAMPLE_POLICIES, "--base-url", url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("which is not this machine");
  });

  it.for(["127.0.0.1", "localhost", "[::1]"])(
    "accepts http:// to %s (the emulator)",
    async (host, context) => {
      const emulator = await demoEmulator(context, {
        host: host === "[::1]" ? "::1" : "127.0.0.1",
      });
      const port = new URL(emulator.url).port;
      const result = await cli([
        "plan",
        "--policies",
        EXAMPLE_POLICIES,
        "--base-url",
        `http://${host}:${port}`,
      ]);
      expect(result.stderr).not.toContain("not this machine");
      expect(result.code).toBe(0);
      expect(emulator.requests().length).toBeGreaterThan(0);
    },
  );
});
