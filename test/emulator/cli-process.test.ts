// The bundled CLI, as users run it: `cursor-policy emulator` in its own process.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { cliPath } from "../helpers/cli.js";
import { callApi } from "../helpers/emulator.js";

describe("cursor-policy emulator (bundled CLI)", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "prints its URL first, serves the API, and exits 0 on %s",
    async (signal) => {
      const child = spawn(process.execPath, [cliPath(), "emulator", "--port", "0"], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NO_COLOR: "1" },
      });
      let stdout = "";
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      const firstLine = new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk;
          const newline = stdout.indexOf("\n");
          if (newline !== -1) resolve(stdout.slice(0, newline));
        });
        child.once("exit", (code) => reject(new Error(`exited early (${code}): ${stderr}`)));
      });
      try {
        const url = await firstLine;
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const members = await callApi({ url }, "GET", "/teams/members");
        expect(members.status).toBe(200);
      } finally {
        const exited = once(child, "exit");
        child.kill(signal);
        const [code] = await exited;
        expect(code).toBe(0);
      }
      expect(stdout.trim().split("\n")).toHaveLength(1);
      expect(stderr).toContain("emulator stopped");
    },
  );
});
