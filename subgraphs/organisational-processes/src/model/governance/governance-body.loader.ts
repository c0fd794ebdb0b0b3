import type { SubgraphContext } from '@edhr/kit';
import { rowsBy } from '../loading/rows-by';
import { rowsByQualifiedKey } from '../loading/rows-by-qualified-key';
import { GovernanceBodyEntity } from './governance-body.entity';
import { toGovernanceBodyType } from './governance-body.mapping';

/** Current bodies; those a later plugin version dropped are archived and left out. */
export const governanceByOrganisation = (context: SubgraphContext) =>
  rowsBy(context, GovernanceBodyEntity, 'organisationKey', toGovernanceBodyType, { where: { archived: false }, orderBy: { position: 'asc' } });

/** Archived ones too, for `includeArchived: true`. */
export const allGovernanceByOrganisation = (context: SubgraphContext) =>
  rowsBy(context, GovernanceBodyEntity, 'organisationKey', toGovernanceBodyType, { orderBy: { position: 'asc' } });

export const governanceByQualifiedId = (context: SubgraphContext) =>
  rowsByQualifiedKey(context, GovernanceBodyEntity, 'key', toGovernanceBodyType);

/** Current bodies the strategy names (its plugin's, and those of plugins extending it). */
export const governanceByStrategy = (context: SubgraphContext) =>
  rowsBy(context, GovernanceBodyEntity, 'strategyId', toGovernanceBodyType, { where: { archived: false }, orderBy: { position: 'asc' } });

export const allGovernanceByStrategy = (context: SubgraphContext) =>
  rowsBy(context, GovernanceBodyEntity, 'strategyId', toGovernanceBodyType, { orderBy: { position: 'asc' } });
