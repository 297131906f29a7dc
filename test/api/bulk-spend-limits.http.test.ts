// setUserSpendLimits over real HTTP: chunks of 100 with a result per member, the route missing
// (403 preview off, 404 older API) as an outcome to fall back on, and refusals before sending.
import { describe, expect, it } from "vitest";
import { PermissionError, RateLimitedError, ValidationError } from "../../src/api/errors.js";
import type { SpendLimitUpdate } from "../../src/api/types.js";
import { generateTeamState } from "../../src/emulator/index.js";
import { DEMO_READ_ONLY_KEY } from "../helpers/emulator.js";
import { rejectionOf, startApi } from "./support.js";

const team = (members: number) => generateTeamState({ members, repos: 0, withLimits: 0 });
const email = (i: number) => `user${String(i).padStart(5, "0")}@bench.example`;

describe("setUserSpendLimits", () => {
  it("sends 250 updates in 3 calls and answers each member's outcome", async () => {
    const { client, emulator } = await startApi();
    emulator.setState(team(250));
    const updates = Array.from({ length: 250 }, (_, i) => ({ email: email(i + 1), dollars: 40 }));
    const outcome = await client.writer.setUserSpendLimits(updates);
    expect(outcome).toMatchObject({ kind: "applied", calls: 3 });
    expect(outcome.rows).toHaveLength(250);
    expect(outcome.rows.every((row) => row.status === "updated")).toBe(true);
    expect(emulator.getState().members.every((m) => m.monthlyLimitDollars === 40)).toBe(true);
    const sizes = emulator.requests().map((r) => (r.body as { updates: unknown[] }).updates.length);
    expect(sizes).toEqual([100, 100, 50]);
    // The same again: every row unchanged, nothing written.
    const again = await client.writer.setUserSpendLimits(updates);
    expect(again.rows.every((row) => row.status === "unchanged")).toBe(true);
  });

  it("one bad member fails its own row; the other 99 apply", async () => {
    const { client, emulator } = await startApi();
    emulator.setState(team(99));
    const updates: SpendLimitUpdate[] = Array.from({ length: 99 }, (_, i) => ({
      email: email(i + 1),
      dollars: i === 0 ? 0 : 75,
    }));
    updates.splice(50, 0, { email: "memebr3@bench.example", dollars: 75 });
    const outcome = await client.writer.setUserSpendLimits(updates);
    expect(outcome.kind).toBe("applied");
    const failed = outcome.rows.filter((row) => row.status !== "updated");
    expect(failed).toEqual([
      {
        email: "memebr3@bench.example",
        dollars: 75,
        status: "failed",
        error: "User is not a member of this team",
      },
    ]);
    expect(outcome.rows[0]).toEqual({ email: email(1), dollars: 0, status: "updated" });
    expect(emulator.getState().members.filter((m) => m.monthlyLimitDollars === 75)).toHaveLength(
      98,
    );
  });

  it("403 (the preview is off) is the route-unavailable outcome, with every update remaining", async () => {
    const { client, emulator } = await startApi();
    emulator.setState({ ...team(150), features: { bulkSpendLimits: false } });
    const updates = Array.from({ length: 150 }, (_, i) => ({ email: email(i + 1), dollars: 9 }));
    const outcome = await client.writer.setUserSpendLimits(updates);
    expect(outcome).toEqual({
      kind: "route-unavailable",
      status: 403,
      apiMessage: expect.stringContaining("preview"),
      rows: [],
      remaining: updates,
      calls: 1,
    });
    expect(emulator.requests()).toHaveLength(1);
  });

  it("404 (the older API) is the same outcome; the single route then does the work", async () => {
    const { client, emulator } = await startApi({ emulator: { shape: "legacy" } });
    const updates = [{ email: "alan.turing@acme.example", dollars: 12 }];
    const outcome = await client.writer.setUserSpendLimits(updates);
    expect(outcome).toMatchObject({ kind: "route-unavailable", status: 404, remaining: updates });
    if (outcome.kind !== "route-unavailable") return;
    for (const update of outcome.remaining) {
      await client.writer.setUserSpendLimit(update.email, update.dollars);
    }
    const alan = emulator.getState().members.find((m) => m.email === "alan.turing@acme.example");
    expect(alan?.monthlyLimitDollars).toBe(12);
  });

  it("a route that disappears mid-run keeps what earlier chunks did and returns the rest", async () => {
    let afterFirstCall: (() => void) | undefined;
    const { client, emulator } = await startApi({
      client: {
        onRequest: (event) => {
          if (event.endpoint === "userSpendLimitsBulk") afterFirstCall?.();
        },
      },
    });
    emulator.setState(team(250));
    // After the first chunk lands, the preview is switched off for the team.
    afterFirstCall = () => {
      afterFirstCall = undefined;
      emulator.setState({ ...emulator.getState(), features: { bulkSpendLimits: false } });
    };
    const updates = Array.from({ length: 250 }, (_, i) => ({ email: email(i + 1), dollars: 5 }));
    const outcome = await client.writer.setUserSpendLimits(updates);
    expect(outcome).toMatchObject({
      kind: "route-unavailable",
      status: 403,
      remaining: updates.slice(100),
      calls: 2,
    });
    expect(outcome.rows.map((row) => row.email)).toEqual(updates.slice(0, 100).map((u) => u.email));
    expect(emulator.getState().members.filter((m) => m.monthlyLimitDollars === 5)).toHaveLength(
      100,
    );
  });

  it("a read-only key: the bulk route's 403 falls back, and the single route says why", async () => {
    const { client } = await startApi({ key: DEMO_READ_ONLY_KEY });
    const outcome = await client.writer.setUserSpendLimits([
      { email: "alan.turing@acme.example", dollars: 1 },
    ]);
    expect(outcome.kind).toBe("route-unavailable");
    const error = await rejectionOf(client.writer.setUserSpendLimit("alan.turing@acme.example", 1));
    expect(error).toBeInstanceOf(PermissionError);
  });

  it("refuses an email twice or fractional dollars before sending anything", async () => {
    const { client, emulator } = await startApi();
    const twice = await rejectionOf(
      client.writer.setUserSpendLimits([
        { email: "alan.turing@acme.example", dollars: 1 },
        { email: " ALAN.turing@acme.example", dollars: 2 },
      ]),
    );
    expect(twice).toBeInstanceOf(ValidationError);
    expect(twice.message).toContain("was not sent");
    expect(twice.message).toContain("given twice");
    const cents = await rejectionOf(
      client.writer.setUserSpendLimits([{ email: "alan.turing@acme.example", dollars: 12.5 }]),
    );
    expect(cents).toBeInstanceOf(ValidationError);
    expect(cents.message).toContain("whole number of dollars");
    expect(await client.writer.setUserSpendLimits([])).toEqual({
      kind: "applied",
      rows: [],
      calls: 0,
    });
    expect(emulator.requests()).toEqual([]);
  });
});

describe("the 2026 rate-limit answer", () => {
  it("is read: Retry-After: 60 is honoured and the {code, message} body named when it persists", async () => {
    const { client, clock, emulator } = await startApi({
      emulator: { tooManyRequests: "2026", faults: { userSpendLimitsBulk: { burst429: 1 } } },
    });
    const started = clock.now();
    const outcome = await client.writer.setUserSpendLimits([
      { email: "alan.turing@acme.example", dollars: 3 },
    ]);
    expect(outcome.kind).toBe("applied");
    expect(clock.now() - started).toBeGreaterThanOrEqual(60_000);
    expect(emulator.requests().map((r) => r.status)).toEqual([429, 200]);

    const { client: once } = await startApi({
      emulator: { tooManyRequests: "2026", faults: { "*": { burst429: 5 } } },
      client: { retry: { maxAttempts: 1 } },
    });
    const error = await rejectionOf(once.reader.listDirectoryGroups());
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.message).toContain("Rate limit exceeded");
    expect(error.message).not.toContain("error:");
  });
});
