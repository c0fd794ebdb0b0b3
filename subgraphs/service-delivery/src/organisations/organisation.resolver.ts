import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type SubgraphContext } from '@edhr/kit';
import { ImportBatchEntity } from '../imports/import-batch.entity';
import { OrganisationType, ServiceDeliverySummary } from './organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationServiceDeliveryResolver {
  @FieldResolver(() => ServiceDeliverySummary, { description: 'Encounter data held by the service-delivery subgraph.' })
  async serviceDelivery(@Root() organisation: OrganisationType, @Ctx() context: SubgraphContext): Promise<ServiceDeliverySummary> {
    return summaries(context).load(organisation.id);
  }
}

/** One grouped statement for every organisation in the request. */
function summaries(context: SubgraphContext) {
  return loader<string, ServiceDeliverySummary>(context, 'serviceDelivery.summary', async (keys) => {
    const batches = await context.em.find(ImportBatchEntity, { organisationKey: { $in: [...keys] } });
    return keys.map((key) => {
      const own = batches.filter((b) => b.organisationKey === key);
      return { importedFiles: own.length, encounterRecords: own.reduce((sum, b) => sum + b.rowCount, 0) };
    });
  });
}

export const organisationReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
