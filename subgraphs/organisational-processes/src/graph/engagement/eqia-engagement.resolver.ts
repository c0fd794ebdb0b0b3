import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { EqiaType } from '../../model/eqias/eqia.type';
import { EngagementRecordType } from '../../model/engagement/engagement-record.type';
import { engagementByEqia } from '../../model/engagement/engagement-record.loader';

/** Kept beside engagement, so the EQIA register does not depend on it. */
@Resolver(() => EqiaType)
export class EqiaEngagementResolver {
  @FieldResolver(() => [EngagementRecordType], { description: 'Consultation and engagement that informed it.' })
  engagement(@Root() eqia: EqiaType, @Ctx() context: SubgraphContext): Promise<EngagementRecordType[]> {
    return engagementByEqia(context).load(eqia.id);
  }
}
