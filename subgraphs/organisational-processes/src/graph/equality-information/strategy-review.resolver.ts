import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ukDate, type SubgraphContext } from '@edhr/kit';
import { StrategyType } from '../../model/strategies/strategy.type';
import { objectivesReviewDue } from '../../model/equality-information/objectives-review';

@Resolver(() => StrategyType)
export class StrategyReviewResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: four years from the strategy\'s start, by when its objectives must be reviewed and published again; null when it states no start.',
  })
  objectivesReviewDue(@Root() strategy: StrategyType): string | null {
    return objectivesReviewDue(strategy.periodFrom);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'True when today (UK date) is after objectivesReviewDue; null when that is.' })
  objectivesReviewOverdue(@Root() strategy: StrategyType, @Ctx() context: SubgraphContext): boolean | null {
    const due = objectivesReviewDue(strategy.periodFrom);
    return due === null ? null : ukDate(context.clock.now()) > due;
  }
}
