// Progress for the long phases of plan, drift, import and apply, for the CLI (src/cli/progress.ts)
// and the Action (its log) alike: reading (spend pages done out of
// the total, and "waiting 41 s for the rate limit"), writing (changes done, with an ETA that
// counts the windows pacing still has to wait for) and verifying. Large teams used to get a
// minute of silence while the first page set was read, and an ETA of "1 minute" for what took 10.
//
// On a terminal one line is redrawn in place (cleared before anything else is printed). Without
// a terminal it stays quiet — output piped to a file or another program is the result alone —
// except in CI (the CI environment variable, as GitHub Actions and most CI systems set it), where
// it prints a line when a phase starts, before a long wait, and at most every `intervalMs`.

import type { PacingControl, PagesEvent, WaitEvent } from "../api/client.js";
import { ENDPOINTS, type EndpointId } from "../api/endpoints.js";
import type { ApplyProgress } from "../apply/apply.js";

type ProgressPhase = "reading" | "writing" | "verifying";

function formatProgress(p: ApplyProgress): string {
  const elapsedSeconds = Math.max(0.001, (p.now - p.startedAt) / 1000);
  const rate = p.done / elapsedSeconds;
  const remaining = p.total - p.done;
  const eta = p.etaMs !== undefined ? p.etaMs / 1000 : rate > 0 ? remaining / rate : Number.NaN;
  const failed = p.failed > 0 ? `, ${p.failed} failed` : "";
  return `writing: ${p.done}/${p.total} changes (${p.phase}, ETA ${formatDuration(eta)}${failed})`;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "unknown";
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

/** A progress sink for apply alone: redraws on a TTY; otherwise prints every `intervalMs` and at the end. */
export function progressReporter(
  write: (line: string) => void,
  options: { tty: boolean; intervalMs?: number; redraw?: (line: string) => void },
): (p: ApplyProgress) => void {
  let lastPrinted = Number.NEGATIVE_INFINITY;
  const interval = options.intervalMs ?? 5_000;
  return (p) => {
    const finished = p.done === p.total;
    if (options.tty && options.redraw) {
      options.redraw(formatProgress(p));
      if (finished) write("");
      return;
    }
    if (finished || p.now - lastPrinted >= interval) {
      lastPrinted = p.now;
      write(formatProgress(p));
    }
  };
}

export interface ProgressOptions {
  /** stderr is a terminal: redraw one line. */
  readonly tty: boolean;
  /** Running in CI: without a terminal, print periodic lines instead of nothing. */
  readonly ci: boolean;
  /** Prints a whole line. */
  readonly write: (line: string) => void;
  /** Replaces the line in place (terminal only); "" clears it. */
  readonly redraw: (line: string) => void;
  /** Real time, for throttling. */
  readonly now: () => number;
  /** Without a terminal, at most one line this often. Default 15 s. */
  readonly intervalMs?: number;
}

/** Waits at least this long are announced in CI logs as they begin. */
const ANNOUNCED_WAIT_MS = 5_000;
/** A terminal line is redrawn at most this often. */
const REDRAW_MS = 100;

/**
 * One display for a command's whole run. Feed it the phases, the client's page and wait events,
 * and apply's progress; give it the connection's pacing for reading ETAs.
 */
export class ProgressDisplay {
  readonly #options: ProgressOptions;
  #pacing: PacingControl | undefined;
  #phase: ProgressPhase | undefined;
  #pages: PagesEvent | undefined;
  #waitUntil = 0;
  #waitEndpoint: EndpointId | undefined;
  #applied: ApplyProgress | undefined;
  #lastDrawn = Number.NEGATIVE_INFINITY;
  #lastLogged = Number.NEGATIVE_INFINITY;
  #shown = false;

  constructor(options: ProgressOptions) {
    this.#options = options;
  }

  /** Quiet: neither a terminal nor CI. */
  get silent(): boolean {
    return !this.#options.tty && !this.#options.ci;
  }

  usePacing(pacing: PacingControl | undefined): void {
    this.#pacing = pacing;
  }

  phase(phase: ProgressPhase): void {
    this.#phase = phase;
    this.#pages = undefined;
    this.#waitUntil = 0;
    this.#draw(true);
  }

  pages(event: PagesEvent): void {
    this.#pages = event;
    this.#draw(event.done === event.total);
  }

  wait(event: WaitEvent): void {
    this.#waitUntil = this.#options.now() + event.waitMs;
    this.#waitEndpoint = event.endpoint;
    this.#draw(event.waitMs >= ANNOUNCED_WAIT_MS);
  }

  apply(progress: ApplyProgress): void {
    this.#applied = progress;
    this.#draw(progress.done === progress.total);
  }

  /** Clears the terminal line, before the command prints its result. */
  end(): void {
    if (this.#options.tty && this.#shown) this.#options.redraw("");
    this.#shown = false;
  }

  /** The current line, as it would be printed now. */
  line(): string {
    const now = this.#options.now();
    const waiting =
      this.#waitUntil > now && this.#waitEndpoint !== undefined
        ? `, waiting ${Math.ceil((this.#waitUntil - now) / 1000)} s for the rate limit of ${ENDPOINTS[this.#waitEndpoint].method} ${ENDPOINTS[this.#waitEndpoint].path}`
        : "";
    switch (this.#phase) {
      case "writing":
        return this.#applied === undefined
          ? `writing${waiting}`
          : `${formatProgress(this.#applied)}${waiting}`;
      case "verifying":
        return `verifying: reading back what changed${this.#pagesText()}${waiting}`;
      default:
        return `reading the live team${this.#pagesText()}${this.#readEta()}${waiting}`;
    }
  }

  #pagesText(): string {
    const pages = this.#pages;
    return pages === undefined ? "" : `: spend report ${pages.done}/${pages.total} pages`;
  }

  #readEta(): string {
    const pages = this.#pages;
    if (pages === undefined || this.#pacing === undefined || pages.done >= pages.total) return "";
    const ms = this.#pacing.estimateMs(pages.endpoint, pages.total - pages.done);
    return ms >= 1_000 ? ` (ETA ${formatDuration(ms / 1000)})` : "";
  }

  #draw(important: boolean): void {
    if (this.silent) return;
    const now = this.#options.now();
    if (this.#options.tty) {
      if (!important && now - this.#lastDrawn < REDRAW_MS) return;
      this.#lastDrawn = now;
      this.#options.redraw(this.line());
      this.#shown = true;
      return;
    }
    if (!important && now - this.#lastLogged < (this.#options.intervalMs ?? 15_000)) return;
    this.#lastLogged = now;
    this.#options.write(this.line());
  }
}

/** True when the environment says it is a CI run (GitHub Actions, GitLab, most others set CI). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return (
    (value !== undefined && value !== "" && value !== "false" && value !== "0") ||
    env.GITHUB_ACTIONS === "true"
  );
}
