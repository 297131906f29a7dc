// The progress display, fed events by hand with an injected clock: what a terminal, a CI log and
// a pipe each get.
import { describe, expect, it } from "vitest";
import type { ApplyProgress } from "../../src/apply/apply.js";
import { isCi, ProgressDisplay, type ProgressOptions } from "../../src/cli/progress.js";

function display(kind: { tty: boolean; ci: boolean }) {
  let now = 0;
  const written: string[] = [];
  const drawn: string[] = [];
  const options: ProgressOptions = {
    ...kind,
    write: (line) => written.push(line),
    redraw: (line) => drawn.push(line),
    now: () => now,
  };
  return {
    progress: new ProgressDisplay(options),
    written,
    drawn,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const writing = (done: number, etaMs?: number): ApplyProgress => ({
  phase: "limits",
  done,
  total: 300,
  failed: 0,
  startedAt: 0,
  now: 1_000,
  ...(etaMs === undefined ? {} : { etaMs }),
});

describe("ProgressDisplay", () => {
  it("on a terminal, redraws one line with pages, the wait for the rate limit and the pacer's ETA", () => {
    const { progress, drawn, advance } = display({ tty: true, ci: false });
    progress.usePacing({ expect: () => {}, estimateMs: (_endpoint, calls) => calls * 3_000 });
    progress.phase("reading");
    advance(200);
    progress.pages({ endpoint: "spend", done: 19, total: 50 });
    advance(200);
    progress.wait({ endpoint: "spend", waitMs: 41_000, reason: "pacing" });
    expect(drawn.at(-1)).toBe(
      "reading the live team: spend report 19/50 pages (ETA 1m33s), waiting 41 s for the rate limit of POST /teams/spend",
    );
    progress.end();
    expect(drawn.at(-1)).toBe("");
  });

  it("shows apply's ETA, which counts the windows still to wait for", () => {
    const { progress, drawn, advance } = display({ tty: true, ci: false });
    progress.phase("writing");
    progress.apply(writing(119, 186_000));
    // Redrawn at most ten times a second.
    expect(drawn.at(-1)).toBe("writing");
    advance(100);
    progress.apply(writing(120, 185_000));
    expect(drawn.at(-1)).toBe("writing: 120/300 changes (limits, ETA 3m05s)");
  });

  it("in CI without a terminal, prints a line per phase, before long waits, and at most every interval", () => {
    const { progress, written, drawn, advance } = display({ tty: false, ci: true });
    progress.phase("reading");
    for (let page = 1; page <= 10; page++) {
      advance(1_000);
      progress.pages({ endpoint: "spend", done: page, total: 40 });
    }
    progress.wait({ endpoint: "spend", waitMs: 41_000, reason: "pacing" });
    advance(20_000);
    progress.pages({ endpoint: "spend", done: 11, total: 40 });
    progress.phase("verifying");
    expect(drawn).toEqual([]);
    expect(written).toEqual([
      "reading the live team",
      "reading the live team: spend report 10/40 pages, waiting 41 s for the rate limit of POST /teams/spend",
      "reading the live team: spend report 11/40 pages, waiting 21 s for the rate limit of POST /teams/spend",
      "verifying: reading back what changed",
    ]);
  });

  it("prints nothing when output is neither a terminal nor CI", () => {
    const { progress, written, drawn } = display({ tty: false, ci: false });
    progress.phase("reading");
    progress.pages({ endpoint: "spend", done: 40, total: 40 });
    progress.apply(writing(300));
    progress.end();
    expect(progress.silent).toBe(true);
    expect([...written, ...drawn]).toEqual([]);
  });

  it("knows CI from the environment", () => {
    expect(isCi({ CI: "true" })).toBe(true);
    expect(isCi({ CI: "1" })).toBe(true);
    expect(isCi({ GITHUB_ACTIONS: "true" })).toBe(true);
    expect(isCi({ CI: "false" })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
