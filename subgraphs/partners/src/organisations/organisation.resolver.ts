import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { countBy, type SubgraphContext } from '@edhr/kit';
import { PartnerAgencyEntity } from '../partner-agencies/partner-agency.entity';
import { OrganisationType, PartnerSharingSummary } from './organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationPartnersResolver {
  @FieldResolver(() => PartnerSharingSummary, { description: 'Partner sharing held by the partners subgraph.' })
  async partnerSharing(@Root() organisation: OrganisationType, @Ctx() context: SubgraphContext): Promise<PartnerSharingSummary> {
    const partnerAgencies = await countBy(context, PartnerAgencyEntity, 'organisationKey').load(organisation.id);
    return { partnerAgencies };
  }
}

export const organisationReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
