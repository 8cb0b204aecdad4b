/** "Did you mean" suggestions for unknown citation keys. Pure. */
import { editDistance } from './editDistance';
import { keyStem } from './titleParts';

/**
 * The known keys closest to `key`: by edit distance, with keys that start with
 * the same stem (a key typed without its year, or with a wrong year) first.
 */
export function nearestKeys(key: string, keys: Iterable<string>, count = 3): string[] {
  const wanted = key.toLowerCase();
  const stem = keyStem(wanted);
  const limit = Math.max(3, Math.ceil(wanted.length / 2));
  const scored: { key: string; score: number }[] = [];
  for (const candidate of keys) {
    const candidateStem = keyStem(candidate);
    const distance = Math.min(editDistance(wanted, candidate, limit), editDistance(stem, candidateStem, limit) + 0.5);
    const prefixBonus = stem.length >= 3 && candidate.startsWith(stem) ? -1 : 0;
    const score = distance + prefixBonus;
    if (score <= limit) scored.push({ key: candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
  return scored.slice(0, count).map((entry) => entry.key);
}
