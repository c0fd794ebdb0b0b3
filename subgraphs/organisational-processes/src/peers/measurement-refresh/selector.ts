export type Selection = { ok: true; value: number } | { ok: false; reason: string };

/**
 * Follows a dot path into a GraphQL answer's `data`: each segment names a field or, on a list,
 * an index (`disparity.rows.0.ratio`) or the first element whose field has a value
 * (`disparity.rows.category=BLACK.ratio.value`), so a selector does not depend on row order.
 * Only a finite JSON number counts as a value — strings that look like numbers do not, so a
 * changed contract fails loudly instead of guessing.
 */
export function selectNumber(data: unknown, selector: string): Selection {
  const segments = selector.split('.');
  if (selector.trim() === '' || segments.some((s) => s === '')) return { ok: false, reason: `selector "${selector}" has an empty segment` };
  let current: unknown = data;
  const walked: string[] = [];
  for (const segment of segments) {
    walked.push(segment);
    if (Array.isArray(current)) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(segment);
      if (match) {
        const [, field, wanted] = match;
        current = current.find((item) => item !== null && typeof item === 'object' && String((item as Record<string, unknown>)[field!]) === wanted);
      } else if (/^\d+$/.test(segment)) {
        current = current[Number(segment)];
      } else {
        return { ok: false, reason: `"${walked.join('.')}": "${segment}" is neither an index nor field=value on a list` };
      }
    } else if (current !== null && typeof current === 'object') {
      current = (current as Record<string, unknown>)[segment];
    } else {
      current = undefined;
    }
    if (current === undefined) return { ok: false, reason: `selector "${selector}" finds nothing at "${walked.join('.')}"` };
  }
  if (typeof current !== 'number') {
    return { ok: false, reason: `selector "${selector}" finds ${current === null ? 'null' : `a ${Array.isArray(current) ? 'list' : typeof current}`}, not a number` };
  }
  if (!Number.isFinite(current)) return { ok: false, reason: `selector "${selector}" finds ${current}, not a finite number` };
  return { ok: true, value: current };
}
