/**
 * Vitest global setup: migrates every subgraph's schema once into a template database, so
 * each test file starts from a copy of it instead of migrating from nothing.
 */
import { openSubgraphDatabase } from '@edhr/kit';
import { prepareTestDatabaseTemplate } from '@edhr/kit/testing';
import { subgraphModules } from '@edhr/gateway/subgraph-modules';

export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestDatabaseTemplate(async (url) => {
    for (const module of subgraphModules) {
      const orm = await openSubgraphDatabase({
        url,
        schema: module.databaseSchema,
        entities: module.entities,
        migrations: module.migrations,
        poolSize: 1,
      });
      await orm.close();
    }
  });
}
