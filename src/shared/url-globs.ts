// Globs over normalised repository URLs (ownership.ignore, guardrails.protectedRepos).
// Normalised URLs are lower-case, so globs are lower-cased once here instead of matching
// case-insensitively (which would also make every glob look "magic"). A glob without glob
// characters is a plain URL: it is normalised like any repo URL, so `git@github.com:Org/Repo.git`
// in an ignore list protects `https://github.com/org/repo`.

import { Minimatch } from "minimatch";
import { normalizeRepoUrl } from "./normalize.js";

const URL_GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

/** Returns the first glob (as written) that matches a normalised URL, or undefined. */
type UrlGlobMatcher = (urlKey: string) => string | undefined;

export function compileUrlGlobs(globs: readonly string[]): UrlGlobMatcher {
  const compiled = globs.map((glob) => {
    const lowered = glob.trim().toLowerCase();
    const matcher = new Minimatch(lowered, URL_GLOB_OPTIONS);
    if (matcher.hasMagic()) return { glob, test: (key: string) => matcher.match(key) };
    const exact = normalizeRepoUrl(glob) ?? lowered;
    return { glob, test: (key: string) => key === exact };
  });
  if (compiled.length === 0) return () => undefined;
  return (urlKey) => compiled.find((entry) => entry.test(urlKey))?.glob;
}
