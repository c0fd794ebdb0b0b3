import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { OrganisationEntity } from '../../model/organisations/organisation.entity';
import { organisationByKey, toOrganisationType } from '../../model/organisations/organisation.loader';
import { OrganisationType } from '../../model/organisations/organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @Query(() => [OrganisationType], { description: 'Every organisation registered by a plugin, by name.' })
  async organisations(@Ctx() context: SubgraphContext): Promise<OrganisationType[]> {
    const rows = await context.em.find(OrganisationEntity, {}, { orderBy: { name: 'asc' } });
    return rows.map(toOrganisationType);
  }

  @Query(() => OrganisationType, { nullable: true })
  async organisation(
    @Arg('id', () => ID) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<OrganisationType | null> {
    return organisationByKey(context).load(id);
  }
}

export const organisationReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) =>
    organisationByKey(context).load(reference.id),
};
