import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../auth/identity';
import type { Logger } from '../logging/logger';
import type { Clock } from '../time/clock';

/**
 * What every resolver receives: one EntityManager, one identity and one set of loaders per
 * request, and the subgraph's services (`S`), built once at start.
 */
export interface SubgraphContext<S = unknown> {
  em: EntityManager;
  identity: Identity;
  requestId: string;
  logger: Logger;
  /** The time the request is judged by: read it here, never from `new Date()`. */
  clock: Clock;
  /** Request-scoped DataLoaders by name; use `loader()` rather than touching this. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
  /** The subgraph's settings and peer clients (`SubgraphModule.createServices`). */
  services: S;
}

/**
 * Returns the request's DataLoader called `name`, creating it on first use, so every lookup
 * of the same kind in one request is batched into one statement.
 */
export function loader<K, V>(
  context: SubgraphContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): DataLoader<K, V> {
  let existing = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!existing) {
    existing = new DataLoader<K, V>(batch, { maxBatchSize: 5000 });
    context.loaders.set(name, existing);
  }
  return existing;
}

/** Orders batch results to match the keys; missing keys resolve to `fallback`. */
export function byKeys<K, V, F>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K, fallback: F): (V | F)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? fallback);
}

/** Groups batch results per key, for to-many lookups. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
