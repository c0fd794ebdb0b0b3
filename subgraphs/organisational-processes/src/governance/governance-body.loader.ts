import type { SubgraphContext } from '@edhr/kit';
import { rowsBy } from '../loading/rows-by';
import { rowsByQualifiedKey } from '../loading/rows-by-qualified-key';
import { GovernanceBodyEntity } from './governance-body.entity';
import { toGovernanceBodyType } from './governance-body.mapping';

export const governanceByOrganisation = (context: SubgraphContext) =>
  rowsBy(context, GovernanceBodyEntity, 'organisationKey', toGovernanceBodyType, { orderBy: { position: 'asc' } });

export const governanceByQualifiedId = (context: SubgraphContext) =>
  rowsByQualifiedKey(context, GovernanceBodyEntity, 'key', toGovernanceBodyType);
