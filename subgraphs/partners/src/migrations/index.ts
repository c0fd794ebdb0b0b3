import type { SubgraphMigration } from '@edhr/kit';
import { Migration0001Initial } from './0001-initial';
import { Migration0002SharedStatistics } from './0002-shared-statistics';
import { Migration0003Findings } from './0003-findings';
import { Migration0004ApiKeys } from './0004-api-keys';
import { Migration0005Periods } from './0005-periods';
import { Migration0018ForeignKeys } from './0018-foreign-keys';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: SubgraphMigration[] = [
  Migration0001Initial,
  Migration0002SharedStatistics,
  Migration0003Findings,
  Migration0004ApiKeys,
  Migration0005Periods,
  Migration0018ForeignKeys,
];
