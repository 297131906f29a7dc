// Globs over directory-group names (ownership.directoryGroups.ignore). Names compare
// case-insensitively (normalizeGroupName), so globs are matched against the normalised name and
// a glob without glob characters is simply a name.

import { Minimatch } from "minimatch";
import { normalizeGroupName } from "./normalize.js";

export const GROUP_NAME_GLOB_OPTIONS = {
  nocase: true,
  dot: true,
  nocomment: true,
  nonegate: true,
} as const;

/** Returns the first glob (as written) that matches a group name, or undefined. */
type GroupNameGlobMatcher = (name: string) => string | undefined;

export function compileGroupNameGlobs(globs: readonly string[]): GroupNameGlobMatcher {
  const compiled = globs.map((glob) => {
    const key = normalizeGroupName(glob);
    const matcher = new Minimatch(key, GROUP_NAME_GLOB_OPTIONS);
    if (matcher.hasMagic()) return { glob, test: (name: string) => matcher.match(name) };
    return { glob, test: (name: string) => name === key };
  });
  if (compiled.length === 0) return () => undefined;
  return (name) => {
    const key = normalizeGroupName(name);
    return compiled.find((entry) => entry.test(key))?.glob;
  };
}
