import { badUserInput } from '@edhr/kit';

/** U+0000 as a raw character, or as a GraphQL string escape (\u0000, \u{0}). */
// eslint-disable-next-line no-control-regex -- matching the NUL character is this pattern's purpose
const NUL_IN_DOCUMENT = /\u0000|\\u(?:0000|\{0+\})/i;

/** The path of the first string holding U+0000 inside a variables value, or null. */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // JSON from the client is a tree, but bound the walk anyway.
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses text holding the NUL character (U+0000) before any subgraph sees it: no field of the
 * graph accepts it and PostgreSQL cannot store it, so it would otherwise fail deep in a
 * database driver with an internal error instead of a clear one.
 */
export function nulCharacterPlugin() {
  return {
    onContextBuilding({ context }: { context: { params?: { query?: string; variables?: Record<string, unknown> } } }) {
      const { query, variables } = context.params ?? {};
      const where =
        typeof query === 'string' && NUL_IN_DOCUMENT.test(query) ? 'the query' : nulPath(variables, '$')?.replace(/^\$\.?/, 'variable $');
      if (!where) return;
      throw badUserInput(`Text may not contain the NUL character (U+0000); found in ${where}.`, { http: { status: 400 } });
    },
  };
}
