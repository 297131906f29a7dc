// Rebuilds dist/ (both bundles and THIRD-PARTY-LICENSES.txt) into a temporary folder and compares
// every file byte for byte with the committed dist/.
// The Action and the CLI run the committed dist/, so a stale bundle would ship old code.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fresh = mkdtempSync(path.join(tmpdir(), "cursor-policy-dist-"));
try {
  execFileSync(process.execPath, [path.join(root, "scripts/build.mjs"), fresh], {
    stdio: "inherit",
  });
  const committed = path.join(root, "dist");
  const names = new Set([...readdirSync(fresh), ...readdirSync(committed)]);
  const stale = [...names].filter((name) => {
    try {
      return !readFileSync(path.join(fresh, name)).equals(readFileSync(path.join(committed, name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `dist/ is out of date (${stale.join(", ")}): run \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log("dist/ matches a fresh build of src/.");
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
