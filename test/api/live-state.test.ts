import { describe, expect, it } from "vitest";
import { buildLiveState, liveLimit } from "../../src/api/live-state.js";
import type { ApiMember, SpendRow } from "../../src/api/types.js";

describe("liveLimit", () => {
  it("reads monthlyLimitDollars when present: null is no limit, 0 is a $0 limit", () => {
    expect(liveLimit({ monthlyLimitDollars: 100, hardLimitOverrideDollars: 100 })).toEqual({
      dollars: 100,
      zeroIsAmbiguous: false,
    });
    expect(liveLimit({ monthlyLimitDollars: null, hardLimitOverrideDollars: 0 })).toEqual({
      dollars: null,
      zeroIsAmbiguous: false,
    });
    expect(liveLimit({ monthlyLimitDollars: 0, hardLimitOverrideDollars: 0 })).toEqual({
      dollars: 0,
      zeroIsAmbiguous: false,
    });
  });

  it("carries effectivePerUserLimitDollars when the API sends it", () => {
    expect(liveLimit({ monthlyLimitDollars: 50, effectivePerUserLimitDollars: 200 })).toEqual({
      dollars: 50,
      zeroIsAmbiguous: false,
      effectiveDollars: 200,
    });
    expect(liveLimit({ monthlyLimitDollars: null, effectivePerUserLimitDollars: null })).toEqual({
      dollars: null,
      zeroIsAmbiguous: false,
      effectiveDollars: null,
    });
  });

  it("falls back to the legacy field only when monthlyLimitDollars is absent; 0 there is ambiguous", () => {
    expect(liveLimit({ hardLimitOverrideDollars: 0 })).toEqual({
      dollars: null,
      zeroIsAmbiguous: true,
    });
    expect(liveLimit({ hardLimitOverrideDollars: null })).toEqual({
      dollars: null,
      zeroIsAmbiguous: true,
    });
    expect(liveLimit({ hardLimitOverrideDollars: 250 })).toEqual({
      dollars: 250,
      zeroIsAmbiguous: false,
    });
  });

  it("is unknown when the row has no limit field at all", () => {
    expect(liveLimit({})).toBeUndefined();
  });
});

function member(email: string, extra: Partial<ApiMember> = {}): ApiMember {
  return { name: email.split("@")[0] ?? "", email, role: "member", isRemoved: false, ...extra };
}

function row(email: string, extra: Partial<SpendRow> = {}): SpendRow {
  return { name: "", email, role: "member", spendCents: 0, ...extra };
}

describe("buildLiveState", () => {
  it("joins members and spend rows by normalised email and drops removed members", () => {
    const live = buildLiveState({
      members: [
        member("Ada@Acme.example", { id: "user_1", role: "owner" }),
        member("gone@acme.example", { isRemoved: true }),
        member("new@acme.example"),
      ],
      blocklists: [],
      spend: {
        rows: [
          row(" ada@acme.EXAMPLE ", { spendCents: 123.45, monthlyLimitDollars: 100 }),
          row("gone@acme.example", { monthlyLimitDollars: 5 }),
          row("stranger@acme.example", { monthlyLimitDollars: 5 }),
        ],
        cycleStart: 1_700_000_000_000,
      },
    });
    expect(live).toEqual({
      members: [
        {
          email: "Ada@Acme.example",
          emailKey: "ada@acme.example",
          name: "Ada",
          role: "owner",
          id: "user_1",
          spendCents: 123.45,
          limit: { dollars: 100, zeroIsAmbiguous: false },
        },
        // No spend row: spend 0 and the limit unknown.
        {
          email: "new@acme.example",
          emailKey: "new@acme.example",
          name: "new",
          role: "member",
          spendCents: 0,
        },
      ],
      blocklists: [],
      cycleStart: 1_700_000_000_000,
      shape: "current",
    });
  });

  it("keeps an active member listed again after a removed listing of the same email", () => {
    const live = buildLiveState({
      members: [member("a@x.io", { isRemoved: true, id: "old" }), member("A@x.io", { id: "new" })],
      blocklists: [],
      spend: { rows: [] },
    });
    expect(live.members.map((m) => m.id)).toEqual(["new"]);
  });

  it('says "legacy" when the limits came from the legacy field', () => {
    const live = buildLiveState({
      members: [member("a@x.io"), member("b@x.io")],
      blocklists: [],
      spend: {
        rows: [
          row("a@x.io", { hardLimitOverrideDollars: 0 }),
          row("b@x.io", { hardLimitOverrideDollars: 40 }),
        ],
      },
    });
    expect(live.shape).toBe("legacy");
    expect(live.members.map((m) => m.limit)).toEqual([
      { dollars: null, zeroIsAmbiguous: true },
      { dollars: 40, zeroIsAmbiguous: false },
    ]);
  });

  it("keys blocklists by the normalised repo URL, or the trimmed lower-cased text", () => {
    const live = buildLiveState({
      members: [],
      blocklists: [
        { id: "r1", url: "git@GitHub.com:Acme/Payments.git", patterns: ["*.env"] },
        { id: "r2", url: "  Not A URL  ", patterns: [] },
      ],
      spend: { rows: [] },
    });
    expect(live.blocklists).toEqual([
      {
        id: "r1",
        url: "git@GitHub.com:Acme/Payments.git",
        urlKey: "https://github.com/acme/payments",
        patterns: ["*.env"],
      },
      { id: "r2", url: "  Not A URL  ", urlKey: "not a url", patterns: [] },
    ]);
  });
});
