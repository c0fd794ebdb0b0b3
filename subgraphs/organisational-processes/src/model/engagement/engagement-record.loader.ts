import { groupByKeys, loader, type SubgraphContext } from '@edhr/kit';
import { EngagementRecordEntity } from './engagement-record.entity';
import { toEngagementRecordType } from './engagement-record.mapping';
import type { EngagementRecordType } from './engagement-record.type';

const ORDER = { heldOn: 'asc', recordedAt: 'asc' } as const;

/** Records of each organisation, by the day held (undated ones last). */
export const engagementByOrganisation = (context: SubgraphContext) =>
  loader<string, EngagementRecordType[]>(context, 'engagement.byOrganisation', async (keys) => {
    const rows = await context.em.find(EngagementRecordEntity, { organisationKey: { $in: [...keys] } }, { orderBy: ORDER });
    return groupByKeys(keys, rows.map(toEngagementRecordType), (r) => r.organisationKey);
  });

/** Records that informed each EQIA. */
export const engagementByEqia = (context: SubgraphContext) =>
  loader<string, EngagementRecordType[]>(context, 'engagement.byEqia', async (ids) => {
    const rows = await context.em.find(EngagementRecordEntity, { eqiaIds: { $overlap: [...ids] } }, { orderBy: ORDER });
    const records = rows.map(toEngagementRecordType);
    return ids.map((id) => records.filter((r) => r.eqiaIds.includes(id)));
  });
