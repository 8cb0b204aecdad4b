/** "Did you mean" suggestions for unknown citation keys. Pure. */

/** Levenshtein distance with a cut-off: returns `limit + 1` once the distance must exceed it. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known keys closest to `key`: by edit distance, with keys that start with
 * the same stem (a key typed without its year, or with a wrong year) first.
 */
export function nearestKeys(key: string, keys: Iterable<string>, count = 3): string[] {
  const wanted = key.toLowerCase();
  const stem = wanted.replace(/\d+[a-z]?$/, '');
  const limit = Math.max(3, Math.ceil(wanted.length / 2));
  const scored: { key: string; score: number }[] = [];
  for (const candidate of keys) {
    const candidateStem = candidate.replace(/\d+[a-z]?$/, '');
    const distance = Math.min(editDistance(wanted, candidate, limit), editDistance(stem, candidateStem, limit) + 0.5);
    const prefixBonus = stem.length >= 3 && candidate.startsWith(stem) ? -1 : 0;
    const score = distance + prefixBonus;
    if (score <= limit) scored.push({ key: candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
  return scored.slice(0, count).map((entry) => entry.key);
}
