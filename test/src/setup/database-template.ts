/**
 * Vitest global setup: migrates every subgraph's schema once into a template database, so
 * each test file starts from a copy of it instead of migrating from nothing.
 */
import { prepareTestDatabaseTemplate } from '@edhr/kit/testing';
import { migrateEverySubgraph } from '@edhr/federation/migrate-subgraphs';

export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestDatabaseTemplate((url) => migrateEverySubgraph(url));
}
