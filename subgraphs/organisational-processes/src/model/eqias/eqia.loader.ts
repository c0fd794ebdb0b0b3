import { loader, type SubgraphContext } from '@edhr/kit';
import { groupByKeys } from '@edhr/kit';
import { rowsBy } from '../loading/rows-by';
import { EqiaEntity } from './eqia.entity';
import { EqiaReviewEntity } from './eqia-review.entity';
import { toEqiaReviewType, toEqiaType } from './eqia.mapping';
import type { EqiaType } from './eqia.type';

/**
 * EQIAs by organisation, by title. Not through `rowsBy`: an EQIA created through the API has no
 * plugin, and one a plugin brought stays on the register when the plugin is disabled.
 */
export const eqiasByOrganisation = (context: SubgraphContext) =>
  loader<string, EqiaType[]>(context, 'eqia.byOrganisation', async (keys) => {
    const rows = await context.em.find(EqiaEntity, { organisationKey: { $in: [...keys] } }, { orderBy: { title: 'asc', id: 'asc' } });
    return groupByKeys(keys, rows.map(toEqiaType), (e) => e.organisationKey);
  });

export const eqiaById = (context: SubgraphContext) =>
  loader<string, EqiaType | null>(context, 'eqia.byId', async (ids) => {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const rows = valid.length === 0 ? [] : await context.em.find(EqiaEntity, { id: { $in: valid } });
    const byId = new Map(rows.map((r) => [r.id, toEqiaType(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** Reviews of each EQIA, oldest first. */
export const reviewsByEqia = (context: SubgraphContext) =>
  rowsBy(context, EqiaReviewEntity, 'eqiaId', toEqiaReviewType, { orderBy: { reviewedOn: 'asc', recordedAt: 'asc' } });
