import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type SubgraphContext } from '@edhr/kit';
import { ImportBatchEntity } from '../imports/import-batch.entity';
import { recordTable } from '../stop-search/stop-search-record.columns';
import { encounterTable } from '../encounters/encounter-record.format';
import { OrganisationType, ServiceDeliverySummary } from './organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationServiceDeliveryResolver {
  @FieldResolver(() => ServiceDeliverySummary, { description: 'Encounter data held by the service-delivery subgraph.' })
  async serviceDelivery(@Root() organisation: OrganisationType, @Ctx() context: SubgraphContext): Promise<ServiceDeliverySummary> {
    return summaries(context).load(organisation.id);
  }
}

/** Two grouped statements (batches, records) for every organisation in the request. */
function summaries(context: SubgraphContext) {
  return loader<string, ServiceDeliverySummary>(context, 'serviceDelivery.summary', async (keys) => {
    const batches = await context.em.find(ImportBatchEntity, { organisationKey: { $in: [...keys] } });
    // Records actually held, counted from the record tables rather than trusted from batch rows.
    const schema = context.em.config.get('schema') ?? 'service_delivery';
    const marks = keys.map(() => '?').join(', ');
    const records: { k: string; n: number }[] = await context.em.execute(
      `select k, sum(n)::int as n from (
         select organisation_key as k, count(*) as n from ${recordTable(schema)} where organisation_key in (${marks}) group by organisation_key
         union all
         select organisation_key as k, count(*) as n from ${encounterTable(schema)} where organisation_key in (${marks}) group by organisation_key
       ) as r group by k`,
      [...keys, ...keys],
    );
    const counts = new Map(records.map((r) => [r.k, Number(r.n)]));
    return keys.map((key) => ({
      importedFiles: batches.filter((b) => b.organisationKey === key).length,
      encounterRecords: counts.get(key) ?? 0,
    }));
  });
}

export const organisationReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
