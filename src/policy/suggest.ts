// "did you mean ...?" for misspelt keys and names.

import { nearest } from "../shared/edit-distance.js";

/** The closest candidate within a distance that still reads as a typo, or undefined. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  return nearest(input, candidates, Math.max(1, Math.floor(input.length / 3)))[0]?.candidate;
}
