// Each way a call can be refused, over real HTTP: the right error class, the call named, and a
// message that says what to do.
import { describe, expect, it } from "vitest";
import { createAdminClient } from "../../src/api/client.js";
import { ApiKey } from "../../src/api/credentials.js";
import {
  ApiError,
  AuthError,
  NotFoundError,
  NotTeamMemberError,
  PermissionError,
  ValidationError,
} from "../../src/api/errors.js";
import { CursorPolicyError } from "../../src/shared/errors.js";
import { DEMO_ADMIN_KEY, DEMO_READ_ONLY_KEY } from "../helpers/emulator.js";
import { errorOf, rejectionOf, startApi } from "./support.js";

const UNKNOWN_KEY = `crsr_${"Unknown1".repeat(8)}`;

describe("authentication and scope", () => {
  it("401 for an unknown key: says the key is invalid or revoked and how to replace it", async () => {
    const { client, emulator } = await startApi({ key: UNKNOWN_KEY });
    const error = await rejectionOf(client.reader.listMembers());
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toBeInstanceOf(CursorPolicyError);
    expect(error.message).toContain("GET /teams/members");
    expect(error.message).toContain("401");
    expect(error.message).toContain("invalid or has been revoked");
    expect(error.message).toContain("Create a new Admin API key in the Cursor dashboard");
    expect(error.message).toContain("CURSOR_API_KEY");
    // Not worth retrying: one request.
    expect(emulator.requests()).toHaveLength(1);
    expect(error instanceof ApiError && error.attempts).toBe(1);
  });

  it("401 for a revoked key", async () => {
    const { client, emulator } = await startApi();
    const state = emulator.getState();
    emulator.setState({
      ...state,
      apiKeys: state.apiKeys.map((k) => (k.key === DEMO_ADMIN_KEY ? { ...k, revoked: true } : k)),
    });
    const error = await rejectionOf(client.writer.setUserSpendLimit("alan.turing@acme.example", 5));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toContain("POST /teams/user-spend-limit");
    expect(error.message).toContain("Create a new Admin API key");
    // On a write, the message also points at the read-only-key case.
    expect(error.message).toContain("admin-scope key");
  });

  it("403 for a read-only key on a write; the same key can still read", async () => {
    const { client, emulator } = await startApi({ key: DEMO_READ_ONLY_KEY });
    expect(await client.reader.listMembers()).not.toHaveLength(0);
    const error = await rejectionOf(
      client.writer.upsertBlocklists([{ url: "https://github.com/acme/x", patterns: ["*"] }]),
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toContain("POST /settings/repo-blocklists/repos/upsert");
    expect(error.message).toContain("403");
    expect(error.message).toContain("read-only key cannot make changes");
    expect(error.message).toContain("admin scope");
    expect(emulator.getState().blocklists.map((b) => b.url)).not.toContain(
      "https://github.com/acme/x",
    );
  });
});

describe.each([400, 200] as const)(
  "spend-limit failures (outcome error sent with %i)",
  (status) => {
    it("invalid email: a ValidationError naming the value and the API's words", async () => {
      const { client, emulator } = await startApi({ emulator: { outcomeErrorStatus: status } });
      const error = await rejectionOf(client.writer.setUserSpendLimit("not-an-email", 100));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toContain("POST /teams/user-spend-limit was rejected");
      expect(error.message).toContain("Invalid email format");
      expect(error.message).toContain('userEmail "not-an-email"');
      expect(error.message).toContain("Correct the value");
      expect(error.message).not.toContain("(200");
      expect(emulator.requests().map((r) => r.status)).toEqual([status]);
    });
  },
);

describe("spend-limit values", () => {
  it("a user who is not on the team: NotTeamMemberError naming them, with what to do", async () => {
    const { client } = await startApi();
    const error = await rejectionOf(client.writer.setUserSpendLimit("nobody@acme.example", 100));
    expect(error).toBeInstanceOf(NotTeamMemberError);
    expect(error.message).toContain("nobody@acme.example is not a member of this team");
    expect(error.message).toContain("Invite them in the Cursor dashboard");
    expect(error instanceof NotTeamMemberError && error.email).toBe("nobody@acme.example");
  });

  it("fractional or negative dollars: refused before sending, saying what is allowed", async () => {
    const { client, emulator } = await startApi();
    for (const dollars of [12.5, -1, Number.NaN]) {
      const error = await rejectionOf(
        client.writer.setUserSpendLimit("alan.turing@acme.example", dollars),
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toContain("POST /teams/user-spend-limit was not sent");
      expect(error.message).toContain("whole number of dollars");
      expect(error.message).toContain(`spendLimitDollars ${dollars}`);
    }
    expect(emulator.requests()).toHaveLength(0);
  });
});

describe("wrong base URL", () => {
  it("a 404 for the path itself points at the base URL", async () => {
    const { emulator } = await startApi();
    const client = createAdminClient({
      baseUrl: `${emulator.url}/v9/`,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
    });
    const error = await rejectionOf(client.reader.listBlocklists());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("GET /settings/repo-blocklists/repos was not found");
    expect(error.message).toContain(`base URL (${emulator.url}/v9)`);
    expect(emulator.requests()[0]?.path).toBe("/v9/settings/repo-blocklists/repos");
  });

  it("refuses a base URL that is not http(s), or carries credentials", () => {
    const apiKey = new ApiKey(DEMO_ADMIN_KEY);
    expect(
      errorOf(() => createAdminClient({ baseUrl: "api.cursor.com", apiKey })).message,
    ).toContain("is not a URL");
    expect(
      errorOf(() => createAdminClient({ baseUrl: "ftp://api.cursor.com", apiKey })).message,
    ).toContain("https://");
    const withKey = errorOf(() =>
      createAdminClient({ baseUrl: `https://${DEMO_ADMIN_KEY}@api.cursor.com`, apiKey }),
    );
    expect(withKey.message).toContain("must not contain a user name or password");
    expect(withKey.message).not.toContain(DEMO_ADMIN_KEY);
  });
});
