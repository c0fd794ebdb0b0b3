import type { SubgraphContext } from '@edhr/kit';
import { rowBy, rowsBy } from '../loading/rows-by';
import { DutyEntity } from './duty.entity';
import { DutyPublicationEntity } from './duty-publication.entity';
import { toDutyPublicationType, toDutyType } from './duty.mapping';

export const dutiesByStrategy = (context: SubgraphContext) =>
  rowsBy(context, DutyEntity, 'strategyId', toDutyType, { where: { archived: false }, orderBy: { pluginId: 'asc', position: 'asc' } });

/** Archived ones too, for `includeArchived: true`. */
export const allDutiesByStrategy = (context: SubgraphContext) =>
  rowsBy(context, DutyEntity, 'strategyId', toDutyType, { orderBy: { pluginId: 'asc', position: 'asc' } });

export const dutyByRowId = (context: SubgraphContext) => rowBy(context, DutyEntity, 'id', toDutyType);

/** Publications of each duty, by publication date, then in the order recorded. */
export const publicationsByDuty = (context: SubgraphContext) =>
  rowsBy(context, DutyPublicationEntity, 'dutyId', toDutyPublicationType, { orderBy: { publishedOn: 'asc', recordedAt: 'asc' } });
