// How far apart two spellings are: "did you mean ...?" for misspelt policy keys (src/policy) and
// for emails named in policy that are not on the live team (src/plan).

/**
 * The optimal string alignment distance (Levenshtein plus adjacent transpositions, compared
 * case-insensitively) when it is at most `bound`, else `bound + 1`. Gives up as soon as a whole row of
 * the table exceeds the bound, so comparing one address with a 100,000-member team stays cheap:
 * most candidates are rejected by their length or within a few characters.
 */
function boundedEditDistance(a: string, b: string, bound: number): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > bound) return bound + 1;
  const cols = t.length + 1;
  let before = new Array<number>(cols).fill(0);
  let above = Array.from({ length: cols }, (_, j) => j);
  let row = new Array<number>(cols).fill(0);
  for (let i = 1; i <= s.length; i += 1) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      row[j] = best;
      if (best < smallest) smallest = best;
    }
    if (smallest > bound) return bound + 1;
    [before, above, row] = [above, row, before];
  }
  return Math.min(above[t.length]!, bound + 1);
}

/**
 * The candidates nearest to `input` within `bound`, nearest first (ties in the order given), at
 * most `max` of them; none when no candidate is that close. `input` itself is never suggested.
 */
export function nearest(
  input: string,
  candidates: Iterable<string>,
  bound: number,
  max = 1,
): Array<{ readonly candidate: string; readonly distance: number }> {
  let found: Array<{ candidate: string; distance: number }> = [];
  let worst = bound;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const distance = boundedEditDistance(input, candidate, worst);
    if (distance > worst) continue;
    found.push({ candidate, distance });
    found.sort((x, y) => x.distance - y.distance);
    if (found.length > max) {
      found = found.slice(0, max);
      worst = found[found.length - 1]!.distance;
    }
  }
  return found;
}
