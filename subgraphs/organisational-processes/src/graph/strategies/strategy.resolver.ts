import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ukDate, type SubgraphContext } from '@edhr/kit';
import { OrganisationType } from '../../model/organisations/organisation.type';
import { organisationByKey } from '../../model/organisations/organisation.loader';
import { ThemeType } from '../../model/themes/theme.type';
import { allThemesByStrategy, themesByStrategy } from '../../model/themes/theme.loader';
import { ObjectiveType } from '../../model/objectives/objective.type';
import { objectivesByStrategy } from '../../model/objectives/objective.loader';
import { withCharacteristic } from '../../model/objectives/objective.mapping';
import { KpiType } from '../../model/kpis/kpi.type';
import { kpisByStrategy } from '../../model/kpis/kpi.loader';
import { DeliveryActionType } from '../../model/delivery-actions/delivery-action.type';
import { actionsByStrategy } from '../../model/delivery-actions/delivery-action.loader';
import { isOverdue } from '../../model/delivery-actions/delivery-action.mapping';
import { GovernanceBodyType } from '../../model/governance/governance-body.type';
import { allGovernanceByStrategy, governanceByStrategy } from '../../model/governance/governance-body.loader';
import { DutyType } from '../../model/duties/duty.type';
import { allDutiesByStrategy, dutiesByStrategy } from '../../model/duties/duty.loader';
import { disabledPlugins } from '../../model/loading/rows-by';
import { StrategyEntity } from '../../model/strategies/strategy.entity';
import { toStrategyType } from '../../model/strategies/strategy.mapping';
import { strategyByKey } from '../../model/strategies/strategy.loader';
import { StrategyType } from '../../model/strategies/strategy.type';
import { StrategyRiskType } from '../../model/strategies/strategy-risk.type';

@Resolver(() => StrategyType)
export class StrategyResolver {
  @Query(() => [StrategyType], { description: 'Every strategy of an enabled plugin, by title.' })
  async strategies(@Ctx() context: SubgraphContext): Promise<StrategyType[]> {
    const [rows, disabled] = await Promise.all([
      context.em.find(StrategyEntity, {}, { orderBy: { title: 'asc' } }),
      disabledPlugins(context),
    ]);
    return rows.filter((r) => !disabled.has(r.pluginId)).map(toStrategyType);
  }

  @Query(() => StrategyType, { nullable: true })
  async strategy(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<StrategyType | null> {
    return strategyByKey(context).load(id);
  }

  @FieldResolver(() => OrganisationType)
  async organisation(@Root() strategy: StrategyType, @Ctx() context: SubgraphContext): Promise<OrganisationType> {
    const organisation = await organisationByKey(context).load(strategy.organisationKey);
    if (!organisation) throw new Error(`strategy ${strategy.id} names unknown organisation ${strategy.organisationKey}`);
    return organisation;
  }

  @FieldResolver(() => [ThemeType], { description: 'In document order; themes a later plugin version dropped only with includeArchived.' })
  themes(
    @Root() strategy: StrategyType,
    @Ctx() context: SubgraphContext,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false }) includeArchived?: boolean | null,
  ): Promise<ThemeType[]> {
    return (includeArchived ? allThemesByStrategy : themesByStrategy)(context).load(strategy.rowId);
  }

  @FieldResolver(() => [ObjectiveType], { description: 'Strategy-level objectives, filed under no theme.' })
  async objectives(
    @Root() strategy: StrategyType,
    @Ctx() context: SubgraphContext,
    @Arg('characteristic', () => String, { nullable: true, description: 'Only those with this protected characteristic in scope, e.g. RACE.' })
    characteristic?: string | null,
  ): Promise<ObjectiveType[]> {
    return withCharacteristic(await objectivesByStrategy(context).load(strategy.rowId), characteristic);
  }

  @FieldResolver(() => [KpiType], { description: 'Strategy-level KPIs, filed under no theme.' })
  kpis(@Root() strategy: StrategyType, @Ctx() context: SubgraphContext): Promise<KpiType[]> {
    return kpisByStrategy(context).load(strategy.rowId);
  }

  @FieldResolver(() => [DeliveryActionType], { description: 'Every delivery action, including those added by extending plugins.' })
  async actions(
    @Root() strategy: StrategyType,
    @Ctx() context: SubgraphContext,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'true: only overdue; false: only not overdue.' })
    overdue?: boolean | null,
  ): Promise<DeliveryActionType[]> {
    const actions = await actionsByStrategy(context).load(strategy.rowId);
    return overdue === undefined || overdue === null ? actions : actions.filter((a) => isOverdue(a, ukDate(context.clock.now())) === overdue);
  }

  @FieldResolver(() => [GovernanceBodyType], {
    description: 'The governance bodies this strategy names (not those of the organisation\'s other strategies); those a later plugin version dropped only with includeArchived.',
  })
  governance(
    @Root() strategy: StrategyType,
    @Ctx() context: SubgraphContext,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false }) includeArchived?: boolean | null,
  ): Promise<GovernanceBodyType[]> {
    return (includeArchived ? allGovernanceByStrategy : governanceByStrategy)(context).load(strategy.rowId);
  }

  @FieldResolver(() => [DutyType], {
    description: 'Legal duties the strategy restates, with their publications; those a later plugin version dropped only with includeArchived.',
  })
  duties(
    @Root() strategy: StrategyType,
    @Ctx() context: SubgraphContext,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false }) includeArchived?: boolean | null,
  ): Promise<DutyType[]> {
    return (includeArchived ? allDutiesByStrategy : dutiesByStrategy)(context).load(strategy.rowId);
  }

  @FieldResolver(() => [StrategyRiskType], { description: 'Every non-empty risk of the strategy\'s current delivery actions, in action order.' })
  async risks(@Root() strategy: StrategyType, @Ctx() context: SubgraphContext): Promise<StrategyRiskType[]> {
    const actions = await actionsByStrategy(context).load(strategy.rowId);
    return actions.flatMap((action) =>
      action.risks.filter((text) => text.trim() !== '').map((text) => ({ text, action })),
    );
  }
}
