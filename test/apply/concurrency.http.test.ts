// Several spend-limit writes in flight at once (the single route, where each write is a call),
// over HTTP against the emulator. Writing one at a
// time capped the rate at one answer's latency (at 300 ms, 196 writes a minute of a 237 budget);
// these pin that writes overlap, stay in plan order when they start, and stay within pacing.
//
// No test here waits on time: a gate in the client's dispatcher holds the first write until a
// second one has been sent, which a one-at-a-time client never does (the test would time out).

import { Agent, type Dispatcher } from "undici";
import { describe, expect, it, onTestFinished } from "vitest";
import { createAdminClient } from "../../src/api/client.js";
import { ApiKey } from "../../src/api/credentials.js";
import { applyPlan, type LimitWriter, singleRouteLimitWriter } from "../../src/apply/apply.js";
import { planAgainstLive } from "../../src/core/reconcile.js";
import { DEMO_ADMIN_KEY } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { withEmulator } from "../helpers/emulator.js";
import { desiredState, userLimit } from "../plan/builders.js";
import { teamState } from "../reconcile/support.js";

/** A dispatcher that counts writes in flight and holds the first until `release` is called. */
function gatedDispatcher() {
  const agent = new Agent();
  onTestFinished(() => agent.close());
  let inFlight = 0;
  let mostInFlight = 0;
  let sent = 0;
  let openGate: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    openGate = resolve;
  });
  const dispatcher = agent.compose((dispatch) => (options, handler) => {
    if (!options.path.includes("user-spend-limit")) return dispatch(options, handler);
    sent += 1;
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const done = () => {
      inFlight -= 1;
    };
    const counted: Dispatcher.DispatchHandler = new Proxy(handler, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "onResponseEnd" || property === "onComplete") {
          return (...args: unknown[]) => {
            done();
            return Reflect.apply(value, target, args);
          };
        }
        if (property === "onResponseError" || property === "onError") {
          return (...args: unknown[]) => {
            done();
            return Reflect.apply(value, target, args);
          };
        }
        return value.bind(target);
      },
    });
    if (sent === 1) {
      void gate.then(() => dispatch(options, counted));
      return true;
    }
    if (sent === 2) openGate();
    return dispatch(options, counted);
  });
  return {
    dispatcher,
    mostInFlight: () => mostInFlight,
  };
}

function team(size: number) {
  return teamState(
    Array.from({ length: size }, (_, i) => ({
      email: `w${String(i + 1).padStart(3, "0")}@acme.dev`,
      monthlyLimitDollars: null,
    })),
  );
}

describe("spend-limit writes in flight", () => {
  it("sends the next write before the first is answered, several at once, every one applied", async () => {
    const clock = new ManualClock();
    const emulator = await withEmulator({ state: team(40), clock });
    const gated = gatedDispatcher();
    const client = createAdminClient({
      baseUrl: emulator.url,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      logger: silentLogger,
      dispatcher: gated.dispatcher,
    });
    const desired = desiredState({
      limits: {
        users: Array.from({ length: 40 }, (_, i) =>
          userLimit(`w${String(i + 1).padStart(3, "0")}@acme.dev`, 55),
        ),
      },
    });
    const { plan } = await planAgainstLive(desired, client.reader, { allowDeletes: false });
    const result = await applyPlan(plan, {
      writer: client.writer,
      clock,
      pacing: client.pacing,
      limitWriter: singleRouteLimitWriter(client.writer),
    });
    expect(result.applied).toBe(40);
    expect(gated.mostInFlight()).toBeGreaterThan(1);
    expect(emulator.requests().filter((r) => r.status === 429)).toEqual([]);
    expect(emulator.getState().members.every((m) => m.monthlyLimitDollars === 55)).toBe(true);
  });

  it("starts writes in plan order and keeps them within the paced rate", async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 2, 9, 0, 37, 500));
    const emulator = await withEmulator({
      state: team(30),
      clock,
      rateLimits: { userSpendLimit: 10 },
    });
    const client = createAdminClient({
      baseUrl: emulator.url,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      logger: silentLogger,
      pacing: { userSpendLimit: 10 },
    });
    const emails = Array.from(
      { length: 30 },
      (_, i) => `w${String(i + 1).padStart(3, "0")}@acme.dev`,
    );
    const desired = desiredState({ limits: { users: emails.map((e) => userLimit(e, 7)) } });
    const { plan } = await planAgainstLive(desired, client.reader, { allowDeletes: false });
    emulator.clearRequests();
    const result = await applyPlan(plan, {
      writer: client.writer,
      clock,
      pacing: client.pacing,
      limitWriter: singleRouteLimitWriter(client.writer),
    });
    expect(result.applied).toBe(30);
    const writes = emulator.requests().filter((r) => r.endpoint === "userSpendLimit");
    expect(writes.every((w) => w.status === 200)).toBe(true);
    // At most 10 arrive in any of the clock's minutes.
    const perMinute = new Map<number, number>();
    for (const w of writes) {
      const minute = Math.floor(w.time / 60_000);
      perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
    }
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(10);
    expect(perMinute.size).toBe(3);
    // Each minute's writes are the next ten of the plan: admitted in the order they were asked.
    const planned = plan.changes.map((change) => change.key);
    const minutes = [...perMinute.keys()].sort((a, b) => a - b);
    minutes.forEach((minute, index) => {
      const sent = writes
        .filter((w) => Math.floor(w.time / 60_000) === minute)
        .map((w) => String(Reflect.get(Object(w.body), "userEmail")));
      expect(sent.sort()).toEqual(planned.slice(index * 10, index * 10 + 10).sort());
    });
  });
});

describe("a LimitWriter beside the single route", () => {
  it("gets the changes in calls of its size, in plan order, and each change's fate is recorded", async () => {
    const clock = new ManualClock();
    const emulator = await withEmulator({ state: team(10), clock });
    const client = createAdminClient({
      baseUrl: emulator.url,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      logger: silentLogger,
    });
    const emails = Array.from(
      { length: 10 },
      (_, i) => `w${String(i + 1).padStart(3, "0")}@acme.dev`,
    );
    const desired = desiredState({ limits: { users: emails.map((e) => userLimit(e, 9)) } });
    const { plan } = await planAgainstLive(desired, client.reader, { allowDeletes: false });
    // One member leaves after the plan: the single route refuses that change alone.
    const state = emulator.getState();
    state.members = state.members.filter((m) => m.email !== emails[4]);
    emulator.setState(state);

    // A stand-in for a bulk route: three changes a call, each sent through the single route.
    const single = singleRouteLimitWriter(client.writer);
    const calls: string[][] = [];
    const bulk: LimitWriter = {
      endpoint: "userSpendLimit",
      perCall: 3,
      send: (changes) => {
        calls.push(changes.map((change) => change.key));
        return single.send(changes);
      },
    };
    const result = await applyPlan(plan, {
      writer: client.writer,
      clock,
      limitWriter: bulk,
      limitConcurrency: 1,
      pacing: client.pacing,
    });
    expect(calls).toEqual([
      emails.slice(0, 3),
      emails.slice(3, 6),
      emails.slice(6, 9),
      emails.slice(9),
    ]);
    expect(result.applied).toBe(9);
    expect(result.failed).toBe(1);
    const failed = result.outcomes.find((o) => o.status === "failed");
    expect(failed?.change.key).toBe(emails[4]);
    expect(failed?.reason).toContain("not a member");
  });
});

describe("many requests waiting on one stop signal", () => {
  it("print no listener-leak warning: the listeners are many by design", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    onTestFinished(() => {
      process.off("warning", onWarning);
    });
    const clock = new ManualClock();
    const emulator = await withEmulator({ state: team(40), clock, rateLimits: "off" });
    const stop = new AbortController();
    const client = createAdminClient({
      baseUrl: emulator.url,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      logger: silentLogger,
      pacing: { userSpendLimit: 10 },
      stopWaiting: stop.signal,
    });
    const emails = Array.from(
      { length: 40 },
      (_, i) => `w${String(i + 1).padStart(3, "0")}@acme.dev`,
    );
    const desired = desiredState({ limits: { users: emails.map((e) => userLimit(e, 3)) } });
    const { plan } = await planAgainstLive(desired, client.reader, { allowDeletes: false });
    const result = await applyPlan(plan, {
      writer: client.writer,
      clock,
      signal: stop.signal,
      limitWriter: singleRouteLimitWriter(client.writer),
    });
    expect(result.applied).toBe(40);
    // A warning is emitted on a later tick: let it arrive before looking.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });
});
