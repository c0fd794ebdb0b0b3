import pg from 'pg';
import type { Queryable } from './stop-search-aggregates';

/**
 * Runs each statement on a connection of its own, closed straight after: publishing reads a
 * little and then waits on the partners subgraph, and must hold no connection while it waits.
 */
export function connectionPerQuery(connectionString: string): Queryable {
  return {
    async query(text, values) {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        return await client.query(text, values);
      } finally {
        await client.end();
      }
    },
  };
}
