import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { StrategyType } from '../strategies/strategy.type';
import { strategiesByOrganisation } from '../strategies/strategy.loader';
import { GovernanceBodyType } from '../governance/governance-body.type';
import { governanceByOrganisation } from '../governance/governance-body.loader';
import { OrganisationType } from './organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationStrategiesResolver {
  @FieldResolver(() => [StrategyType], { description: 'Strategies registered for the organisation, by title.' })
  strategies(@Root() organisation: OrganisationType, @Ctx() context: SubgraphContext): Promise<StrategyType[]> {
    return strategiesByOrganisation(context).load(organisation.id);
  }

  @FieldResolver(() => [GovernanceBodyType])
  governance(@Root() organisation: OrganisationType, @Ctx() context: SubgraphContext): Promise<GovernanceBodyType[]> {
    return governanceByOrganisation(context).load(organisation.id);
  }
}
