import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { StrategyType } from '../../model/strategies/strategy.type';
import { strategiesByOrganisation } from '../../model/strategies/strategy.loader';
import { GovernanceBodyType } from '../../model/governance/governance-body.type';
import { allGovernanceByOrganisation, governanceByOrganisation } from '../../model/governance/governance-body.loader';
import { OrganisationType } from '../../model/organisations/organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationStrategiesResolver {
  @FieldResolver(() => [StrategyType], { description: 'Strategies registered for the organisation, by title.' })
  strategies(@Root() organisation: OrganisationType, @Ctx() context: SubgraphContext): Promise<StrategyType[]> {
    return strategiesByOrganisation(context).load(organisation.id);
  }

  @FieldResolver(() => [GovernanceBodyType], { description: 'Bodies a later plugin version dropped only with includeArchived.' })
  governance(
    @Root() organisation: OrganisationType,
    @Ctx() context: SubgraphContext,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false }) includeArchived?: boolean | null,
  ): Promise<GovernanceBodyType[]> {
    return (includeArchived ? allGovernanceByOrganisation : governanceByOrganisation)(context).load(organisation.id);
  }
}
