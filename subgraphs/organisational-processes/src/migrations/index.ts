import type { SubgraphMigration } from '@edhr/kit';
import { Migration0001Initial } from './0001-initial';
import { Migration0002PluginRegistry } from './0002-plugin-registry';
import { Migration0003MeasurementRevisionsAndOutbox } from './0003-measurement-revisions-and-outbox';
import { Migration0004DutiesAndArchivedThemes } from './0004-duties-and-archived-themes';
import { Migration0005AppendOnlyHistories } from './0005-append-only-histories';
import { Migration0006DeliveryProgressAndStatus } from './0006-delivery-progress-and-status';
import { Migration0007GovernanceByStrategy } from './0007-governance-by-strategy';
import { Migration0008EqiaBoardsEngagement } from './0008-eqia-boards-engagement';
import { Migration0010DeclaredOwners } from './0010-declared-owners';
import { Migration0014OutboxClaims } from './0014-outbox-claims';
import { Migration0015ForeignKeys } from './0015-foreign-keys';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: SubgraphMigration[] = [
  Migration0001Initial,
  Migration0002PluginRegistry,
  Migration0003MeasurementRevisionsAndOutbox,
  Migration0004DutiesAndArchivedThemes,
  Migration0005AppendOnlyHistories,
  Migration0006DeliveryProgressAndStatus,
  Migration0007GovernanceByStrategy,
  Migration0008EqiaBoardsEngagement,
  Migration0010DeclaredOwners,
  Migration0014OutboxClaims,
  Migration0015ForeignKeys,
];
