import { Gauge, type Registry } from 'prom-client';
import type { MikroORM } from '@mikro-orm/postgresql';

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

/**
 * The database pool's state, read from the pool at each scrape (no query, so the scrape does not
 * count itself): its configured size, connections open and in use, and requests waiting for one.
 * A pool that cannot be read reports nothing rather than zero.
 */
export function registerDatabasePoolMetrics(registry: Registry, orm: MikroORM): void {
  const pool = async (): Promise<PoolCounts | null> => orm.em.getConnection().getNativeClient().catch(() => null);
  const gauge = (name: string, help: string, read: (counts: PoolCounts) => number | undefined) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        this.reset();
        const counts = await pool();
        const value = counts ? read(counts) : undefined;
        if (value !== undefined) this.set(value);
      },
    });
  gauge('edhr_db_pool_max_connections', 'Largest number of connections the pool opens', (c) => c.options.max);
  gauge('edhr_db_pool_connections', 'Connections the pool holds open', (c) => c.totalCount);
  gauge('edhr_db_pool_connections_in_use', 'Connections lent out to a query or transaction', (c) => c.totalCount - c.idleCount);
  gauge('edhr_db_pool_waiting_requests', 'Requests waiting for a free connection', (c) => c.waitingCount);
}
