import { byKeys, loader, type SubgraphContext } from '@edhr/kit';
import { OrganisationEntity, type Organisation } from './organisation.entity';
import type { OrganisationType } from './organisation.type';

export function toOrganisationType(row: Organisation): OrganisationType {
  return { id: row.key, name: row.name, kind: row.kind, areaCode: row.areaCode ?? null };
}

/** Organisations by key, one statement per request however many are asked for. */
export function organisationByKey(context: SubgraphContext) {
  return loader<string, OrganisationType | null>(context, 'organisation.byKey', async (keys) => {
    const rows = await context.em.find(OrganisationEntity, { key: { $in: [...keys] } });
    return byKeys(keys, rows.map(toOrganisationType), (o) => o.id, null);
  });
}
