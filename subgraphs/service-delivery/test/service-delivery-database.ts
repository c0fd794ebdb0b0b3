import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphDatabase } from '@edhr/kit';
import { createTestDatabase, type TestDatabase } from '@edhr/kit/testing';
import { serviceDelivery } from '../src/module';

export interface ServiceDeliveryDatabase {
  db: TestDatabase;
  orm: MikroORM;
  /** A dedicated connection for imports, as the CLI and the mutation use. */
  client: pg.Client;
  count(sql: string, params?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

/** A fresh database with the service-delivery schema migrated. */
export async function openServiceDeliveryDatabase(): Promise<ServiceDeliveryDatabase> {
  const db = await createTestDatabase();
  const orm = await openSubgraphDatabase({
    url: db.url,
    schema: serviceDelivery.databaseSchema,
    entities: serviceDelivery.entities,
    migrations: serviceDelivery.migrations,
  });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return {
    db,
    orm,
    client,
    async count(sql, params = []) {
      const { rows } = await client.query<{ n: string }>(sql, params);
      return Number(rows[0]?.n);
    },
    async stop() {
      await client.end();
      await orm.close();
      await db.stop();
    },
  };
}
