// Issue 9, item 2: a server that echoes the request (a misbehaving proxy, a compromised or fake
// endpoint on loopback) must not get any piece of the key into any output: not whole, not
// base64 (`key:`, `:key`, `key`), not URL-encoded, not 8 characters of any of those. Through the
// real CLI, over HTTP: stdout, stderr, JSON, Markdown and the saved plan file.

import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { demoTeamState } from "../../src/emulator/index.js";
import { demoEmulator, EXAMPLE_POLICIES } from "../e2e/support.js";
import { runCli } from "../helpers/cli.js";
import { keyForms, leakedPieces, randomApiKey, tempFolder } from "./support.js";

/**
 * The request's headers, the way an echoing server shows them: Authorization first, so that an
 * excerpt cut before scrubbing (80 characters) would hold most of its base64.
 */
function echo(request: IncomingMessage): string {
  const lines = [`Authorization: ${request.headers.authorization ?? ""}`];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
  }
  lines.push(`${request.method} ${request.url} HTTP/1.1`);
  return lines.join("\n");
}

interface Echoing {
  readonly url: string;
  readonly requests: () => number;
}

/** A loopback server answering every request with `status`, a body built from the request. */
async function echoingServer(
  context: { onTestFinished: (fn: () => Promise<void>) => void },
  status: number,
  contentType: string,
  body: (request: IncomingMessage) => string,
): Promise<Echoing> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests += 1;
    request.resume();
    // Retry-After: 0 keeps the client's retries of a 5xx from waiting (1, 2, 4, 8, 16 s).
    response.writeHead(status, { "content-type": contentType, "retry-after": "0" });
    response.end(body(request));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  context.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests: () => requests };
}

function expectNoPiece(outputs: readonly string[], key: string): void {
  for (const output of outputs) expect(leakedPieces(output, key)).toEqual([]);
}

async function planAgainst(url: string, key: string, ...extra: string[]) {
  return runCli(["plan", "--policies", EXAMPLE_POLICIES, "--base-url", url, ...extra], {
    env: { CURSOR_API_KEY: key, CURSOR_API_BASE_URL: undefined },
  });
}

// Each test runs the bundled CLI, some of them several times: on a busy two-core machine one
// run can take several seconds, so these get more than the default 20 s (they wait on exits).
describe("no piece of the key reaches any output", { timeout: 90_000 }, () => {
  it.each([
    [401, "text/plain"],
    [500, "text/plain"],
    [403, "text/plain; charset=utf-8"],
  ])("a %i %s body echoing Authorization: Basic <base64>", async (status, contentType) => {
    const key = randomApiKey();
    const server = await echoingServer({ onTestFinished }, status, contentType, (request) => {
      // The header first, then the pieces a cut would leave: the body is longer than any excerpt.
      const basic = Buffer.from(`${key}:`).toString("base64");
      return `${echo(request)}\nkey=${basic.slice(3, 40)} tail ${key.slice(9, 30)}`;
    });
    const text = await planAgainst(server.url, key);
    const json = await planAgainst(server.url, key, "--format", "json");
    expect(server.requests()).toBeGreaterThan(0);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(`(${status}: `);
    expectNoPiece([text.stdout, text.stderr, json.stdout, json.stderr], key);
  });

  it("every encoding the issue names, as a body that is not JSON", async (context) => {
    const key = randomApiKey();
    const forms = keyForms(key);
    const server = await echoingServer(context, 400, "text/plain", () =>
      [...forms, ...forms.map((form) => form.slice(11, 23))].join(" | "),
    );
    const result = await planAgainst(server.url, key);
    expect(result.code).toBe(1);
    expectNoPiece([result.stdout, result.stderr], key);
  });

  it("an HTML error page is shown as text, without its markup", async (context) => {
    const key = randomApiKey();
    const server = await echoingServer(
      context,
      502,
      "text/html",
      (request) =>
        `<html><head><script>alert("x")</script></head><body><h1>Bad gateway</h1><pre>${echo(request)}</pre></body></html>`,
    );
    const result = await planAgainst(server.url, key);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("an HTML page");
    expect(result.stderr).toContain("Bad gateway");
    expect(result.stderr).not.toMatch(/<\/?(?:html|script|h1|pre)/);
    expect(result.stderr).not.toContain("alert");
    expectNoPiece([result.stdout, result.stderr], key);
  });

  it("a JSON error message quoting the key", async (context) => {
    const key = randomApiKey();
    const server = await echoingServer(context, 401, "application/json", () =>
      JSON.stringify({
        error: "Unauthorized",
        message: `key ${key.slice(0, 20)}… (${Buffer.from(`:${key}`).toString("base64")}) is revoked`,
      }),
    );
    const result = await planAgainst(server.url, key);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is revoked");
    expectNoPiece([result.stdout, result.stderr], key);
  });

  it("member data from the API that carries the key stays out of the plan, its JSON and the plan file", async (context) => {
    const key = randomApiKey();
    const state = demoTeamState();
    const emulator = await demoEmulator(context, {
      state: {
        ...state,
        apiKeys: [{ key, scope: "admin" }],
        members: state.members.map((member, index) =>
          index < 3
            ? {
                ...member,
                name: `${member.name} ${keyForms(key)[index]?.slice(2, 30)}`,
                monthlyLimitDollars: 7,
              }
            : member,
        ),
      },
    });
    const dir = await tempFolder(context, "plan");
    const planFile = path.join(dir, "plan.json");
    const outputs: string[] = [];
    for (const format of ["text", "json", "markdown"]) {
      const result = await runCli(
        [
          "plan",
          "--policies",
          EXAMPLE_POLICIES,
          "--base-url",
          emulator.url,
          "--format",
          format,
        ].concat(format === "json" ? ["--out", planFile] : []),
        { env: { CURSOR_API_KEY: key, CURSOR_API_BASE_URL: undefined } },
      );
      expect(result.stderr).not.toContain("error");
      outputs.push(result.stdout, result.stderr);
    }
    // The names were in the plan (the limits of these members change), scrubbed.
    expect(outputs.join("\n")).toContain("Ada Lovelace [REDACTED]");
    outputs.push(await readFile(planFile, "utf8"));
    expectNoPiece(outputs, key);
  });
});
