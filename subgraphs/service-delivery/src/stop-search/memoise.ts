/**
 * Caches a pure one-argument mapping. Category columns repeat a handful of values across
 * millions of rows, so mapping each distinct value once is most of the import's CPU saved.
 * Bounded: the cache is emptied when it reaches `limit` entries.
 */
export function memoise<R>(map: (raw: string) => R, limit = 10_000): (raw: string) => R {
  const cache = new Map<string, R>();
  return (raw: string) => {
    let result = cache.get(raw);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = map(raw);
      cache.set(raw, result);
    }
    return result;
  };
}
