import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { governanceByQualifiedId } from '../../model/governance/governance-body.loader';
import { GovernanceBodyType } from '../../model/governance/governance-body.type';

@Resolver(() => GovernanceBodyType)
export class GovernanceBodyResolver {
  @FieldResolver(() => GovernanceBodyType, { nullable: true })
  async reportsTo(@Root() body: GovernanceBodyType, @Ctx() context: SubgraphContext): Promise<GovernanceBodyType | null> {
    if (!body.reportsToId) return null;
    return (await governanceByQualifiedId(context).load(body.reportsToId))[0] ?? null;
  }
}
