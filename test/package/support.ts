// Helpers for the package tests: run a program with exactly the environment given (no inherited
// npm_config_*, NODE_OPTIONS or CURSOR_* variables), and the Node permission flags that confine a
// process to a few directories, so that "works without the clone" is enforced, not assumed.
import { spawn } from "node:child_process";
import path from "node:path";

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** PATH with this Node first (the bin's `#!/usr/bin/env node` finds it), then the system's. */
export function basePath(...first: readonly string[]): string {
  return [...first, path.dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(
    path.delimiter,
  );
}

/**
 * NODE_OPTIONS that let a Node process read only `readable` and write only `writable` (Node's
 * permission model: `--permission` from Node 22.13, `--experimental-permission` before).
 */
export function confinedNodeOptions(
  readable: readonly string[],
  writable: readonly string[],
): string {
  const flag = process.allowedNodeEnvironmentFlags.has("--permission")
    ? "--permission"
    : "--experimental-permission";
  const dir = (p: string) => (p.endsWith(path.sep) ? p : `${p}${path.sep}`);
  return [
    flag,
    ...[...readable, ...writable].map((p) => `--allow-fs-read=${dir(p)}`),
    ...writable.map((p) => `--allow-fs-write=${dir(p)}`),
    "--disable-warning=ExperimentalWarning",
  ].join(" ");
}
