import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, type SubgraphContext } from '@edhr/kit';
import { ObjectiveType } from '../../model/objectives/objective.type';
import { KpiType } from '../../model/kpis/kpi.type';
import { DeliveryActionType } from '../../model/delivery-actions/delivery-action.type';
import { ThemeType } from '../../model/themes/theme.type';
import { strategyByKey } from '../../model/strategies/strategy.loader';
import { normaliseOwner } from '../../model/owners/owner-name';
import { ALL_STRATEGIES, ownerIndexByScope, type OwnedItems } from '../../model/owners/owner.loader';
import { OwnerType } from '../../model/owners/owner.type';

export const MAX_SEARCH_LENGTH = 200;

const NOTHING: OwnedItems = { objectives: [], kpis: [], actions: [], themes: [] };

@Resolver(() => OwnerType)
export class OwnerResolver {
  // Public, like `strategies`: the published strategies name their owners.
  @Query(() => [OwnerType], {
    description:
      'Every owner named by a current objective, KPI, delivery action or theme lead of an enabled plugin, and every person or role a plugin declares, by name.',
  })
  async owners(
    @Ctx() context: SubgraphContext,
    @Arg('strategy', () => ID, { nullable: true, description: 'Strategy id (key): only its items, those of extending plugins included.' })
    strategy?: string | null,
    @Arg('search', () => String, { nullable: true, description: `Case-insensitive part of the name or of any other written form (alias); at most ${MAX_SEARCH_LENGTH} characters.` })
    search?: string | null,
  ): Promise<OwnerType[]> {
    if (search && search.length > MAX_SEARCH_LENGTH) {
      throw badUserInput(`search must be at most ${MAX_SEARCH_LENGTH} characters (got ${search.length}).`, { field: 'search' });
    }
    let scope = ALL_STRATEGIES;
    if (strategy) {
      const found = await strategyByKey(context).load(strategy);
      if (!found) return [];
      scope = found.rowId;
    }
    const { owners } = await ownerIndexByScope(context).load(scope);
    // Matched on every alias, normalised, so extra spaces in the name or the search do not hide an owner.
    const wanted = search ? normaliseOwner(search) : '';
    return wanted ? owners.filter((o) => o.aliases.some((a) => normaliseOwner(a).includes(wanted))) : owners;
  }

  @FieldResolver(() => [ObjectiveType], { description: 'Current objectives naming the owner, in plugin and document order.' })
  async objectives(@Root() owner: OwnerType, @Ctx() context: SubgraphContext): Promise<ObjectiveType[]> {
    return (await owned(owner, context)).objectives;
  }

  @FieldResolver(() => [KpiType], { description: 'Current KPIs naming the owner, in plugin and document order.' })
  async kpis(@Root() owner: OwnerType, @Ctx() context: SubgraphContext): Promise<KpiType[]> {
    return (await owned(owner, context)).kpis;
  }

  @FieldResolver(() => [DeliveryActionType], { description: 'Current delivery actions naming the owner, in plugin and document order.' })
  async actions(@Root() owner: OwnerType, @Ctx() context: SubgraphContext): Promise<DeliveryActionType[]> {
    return (await owned(owner, context)).actions;
  }

  @FieldResolver(() => [ThemeType], { description: 'Current themes the owner leads (e.g. a DEI pillar lead), in plugin and document order.' })
  async themes(@Root() owner: OwnerType, @Ctx() context: SubgraphContext): Promise<ThemeType[]> {
    return (await owned(owner, context)).themes;
  }
}

/** From the load that listed the owner: cached for the request, so no further statement. */
async function owned(owner: OwnerType, context: SubgraphContext): Promise<OwnedItems> {
  return (await ownerIndexByScope(context).load(owner.scope)).items.get(owner.id) ?? NOTHING;
}

/** Owners by reference (a staff-survey contact in people-culture): by the owner's id or any declared owner's merged into it. */
export const ownerReference = {
  __resolveReference: async (reference: { id: string }, context: SubgraphContext): Promise<OwnerType | null> =>
    (await ownerIndexByScope(context).load(ALL_STRATEGIES)).byId.get(reference.id) ?? null,
};
