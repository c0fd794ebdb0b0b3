import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';

/**
 * An object schema that refuses keys it does not declare. A misspelt key (`targt` for `target`,
 * `owner` for `owners`) would otherwise be dropped without a word, and with it what it meant.
 * Each unknown key becomes one line of the issue's message, in the order of `issue.keys`, naming
 * the nearest declared key; `validatePlugin` adds the path.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownKeyMessage(key, known)).join('\n') : undefined,
  });
}

/** "unknown key `targt` — did you mean `target`?", or the declared keys when none is near. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const nearest = nearestKey(key, known);
  if (nearest) return `unknown key \`${key}\` — did you mean \`${nearest}\`?`;
  return `unknown key \`${key}\` (expected one of: ${known.map((k) => `\`${k}\``).join(', ')})`;
}

/** The declared key a typist most likely meant: within a third of its length in edits (at least 2), or differing only in case. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const sameButCase = known.find((k) => k.toLowerCase() === key.toLowerCase());
  if (sameButCase) return sameButCase;
  const candidate = closest(key, [...known]);
  return distance(key, candidate) <= Math.max(2, Math.floor(candidate.length / 3)) ? candidate : undefined;
}
