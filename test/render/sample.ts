// A representative plan, built by the real planner from builder states: every change kind, the
// notes, warnings and violations a reviewer meets most (a pending member, a typo with its "did you
// mean", a limit raised tenfold), and user data that Markdown must not interpret.

import type { Plan } from "../../src/model/plan.js";
import { plan } from "../../src/plan/index.js";
import {
  aBlocklist,
  aLiveBlocklist,
  aMember,
  defaultLimit,
  desiredState,
  emailPatternLimit,
  groupLimit,
  liveState,
  noOptions,
  userLimit,
} from "../plan/builders.js";

export function samplePlan(): Plan {
  const live = liveState({
    members: [
      aMember({
        email: "ana@acme.dev",
        name: "Ana Lima",
        role: "owner",
        limit: 100,
        spend: 123.45,
      }),
      aMember({ email: "bo_smith@acme.dev", name: "Bo *Smith*", limit: 40, spend: 3 }),
      aMember({ email: "cy@contractors.acme.dev", name: "Cy", limit: null }),
      aMember({ email: "dee@acme.dev", name: "Dee", limit: 20, spend: 19.999 }),
      aMember({ email: "fay@acme.dev", name: "Fay", limit: "unknown" }),
    ],
    blocklists: [
      aLiveBlocklist({
        url: "https://github.com/acme/api",
        patterns: ["*.env", "config/*", "docs/*"],
      }),
      aLiveBlocklist({ url: "https://github.com/acme/old-site", patterns: ["*"] }),
      aLiveBlocklist({ url: "https://github.com/platform/infra", patterns: ["*"] }),
    ],
  });
  const desired = desiredState({
    limits: {
      users: [userLimit("bo_smith@acme.dev", null, 4), userLimit("new.hire@acme.dev", 100, 5)],
      groups: [groupLimit("data-science", ["ana@acme.dev", "fey@acme.dev"], 50, 9)],
      emailPatterns: [emailPatternLimit("*@contractors.acme.dev", 20, 14)],
      default: defaultLimit(200, 17),
    },
    blocklists: [
      aBlocklist({
        url: "https://github.com/acme/api",
        patterns: ["*.env", "**/*.pem", "docs/*"],
        line: 22,
      }),
      aBlocklist({
        url: "https://github.com/acme/payments",
        patterns: ["**/*.pem", ".env", "secrets/**"],
        line: 27,
      }),
    ],
    ownership: { prune: true, ignore: ["https://github.com/platform/*"] },
    guardrails: { maxDeletes: { count: 0, percent: 25 }, maxUserLimitDollars: 150 },
    pendingMembers: ["new.hire@acme.dev"],
  });
  return plan(desired, live, noOptions);
}
