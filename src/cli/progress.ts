// Progress for long applies: done / total, rate and ETA. On a terminal it redraws one line; in
// logs (CI, the Action) it prints a line at most every few seconds so logs stay readable.
import type { ApplyProgress } from "../apply/apply.js";

function formatProgress(p: ApplyProgress): string {
  const elapsedSeconds = Math.max(0.001, (p.now - p.startedAt) / 1000);
  const rate = p.done / elapsedSeconds;
  const remaining = p.total - p.done;
  const eta = rate > 0 ? remaining / rate : Number.POSITIVE_INFINITY;
  const failed = p.failed > 0 ? `, ${p.failed} failed` : "";
  return `${p.phase}: ${p.done}/${p.total} changes (${rate.toFixed(1)}/s, ETA ${formatDuration(eta)}${failed})`;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "unknown";
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

/** A progress sink: redraws on a TTY; otherwise prints when `intervalMs` has passed or at the end. */
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
