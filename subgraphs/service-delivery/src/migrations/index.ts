import type { SubgraphMigration } from '@edhr/kit';
import { Migration0001Initial } from './0001-initial';
import { Migration0002StopSearchRecords } from './0002-stop-search-records';
import { Migration0003EncounterRecords } from './0003-encounter-records';
import { Migration0004RecordIdentity } from './0004-record-identity';
import { Migration0007StopSearchRollup } from './0007-stop-search-rollup';
import { Migration0017ForeignKeys } from './0017-foreign-keys';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: SubgraphMigration[] = [
  Migration0001Initial,
  Migration0002StopSearchRecords,
  Migration0003EncounterRecords,
  Migration0004RecordIdentity,
  Migration0007StopSearchRollup,
  Migration0017ForeignKeys,
];
