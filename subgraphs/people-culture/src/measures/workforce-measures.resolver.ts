import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badUserInput, requireRole, type SubgraphContext } from '@edhr/kit';
import { STAFF_READ_ROLES } from '../common/people-culture-roles';
import { categoryArgument, characteristicArgument } from './measure-arguments';
import { disclosureRate } from './disclosure-rate.service';
import { DisclosureRateType } from './disclosure-rate.type';
import { representation } from './representation.service';
import { RepresentationType } from './representation.type';
import { selectionRates } from './selection-rates.service';
import { SelectionRatesType } from './selection-rates.type';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Resolver()
export class WorkforceMeasuresResolver {
  @Query(() => RepresentationType, {
    description:
      'Representation ratio of a group against the community, overall and optionally by rank. Community figures come from communityGroup/communityTotal when given, else from the imported community population.',
  })
  async representation(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('characteristic', () => String) characteristic: string,
    @Arg('category', () => String) category: string,
    @Arg('date', () => String, { nullable: true, description: 'YYYY-MM-DD; the latest snapshot when omitted.' }) date: string | null,
    @Arg('byRank', () => Boolean, { nullable: true }) byRank: boolean | null,
    @Arg('workforce', () => String, { nullable: true, description: 'officer, staff or volunteer; all when omitted.' })
    workforce: string | null,
    @Arg('communityGroup', () => Int, { nullable: true }) communityGroup: number | null,
    @Arg('communityTotal', () => Int, { nullable: true }) communityTotal: number | null,
    @Ctx() context: SubgraphContext,
  ): Promise<RepresentationType> {
    requireRole(context, ...STAFF_READ_ROLES);
    checkDate(date);
    if ((communityGroup === null || communityGroup === undefined) !== (communityTotal === null || communityTotal === undefined)) {
      throw badUserInput('Give communityGroup and communityTotal together, or neither.');
    }
    const code = characteristicArgument(characteristic);
    return representation(context.em, {
      organisation,
      characteristic: code,
      category: categoryArgument(category, code),
      date,
      workforce,
      byRank: byRank ?? false,
      community:
        communityGroup !== null && communityGroup !== undefined && communityTotal !== null && communityTotal !== undefined
          ? { group: communityGroup, total: communityTotal, source: 'given in the query' }
          : null,
    });
  }

  @Query(() => SelectionRatesType, {
    description: 'Selection rate, ratio (against the reference group) and four-fifths adverse-impact flag per group of a round.',
  })
  async selectionRates(
    @Arg('round', () => ID) round: string,
    @Arg('characteristic', () => String) characteristic: string,
    @Arg('organisation', () => ID, { nullable: true, description: 'Needed only when two organisations use the same round id.' })
    organisation: string | null,
    @Arg('reference', () => String, {
      nullable: true,
      description:
        'Category to compare every group with (code or label, matched as imported categories are, e.g. White); the group with the highest rate when omitted, as the four-fifths rule is usually applied.',
    })
    reference: string | null,
    @Ctx() context: SubgraphContext,
  ): Promise<SelectionRatesType> {
    requireRole(context, ...STAFF_READ_ROLES);
    const code = characteristicArgument(characteristic);
    return selectionRates(context.em, round, code, organisation, reference ? categoryArgument(reference, code) : null);
  }

  @Query(() => DisclosureRateType, { description: 'Share of the workforce not disclosing a characteristic (staff-survey action 13).' })
  async disclosureRate(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('characteristic', () => String) characteristic: string,
    @Arg('date', () => String, { nullable: true, description: 'YYYY-MM-DD; the latest snapshot when omitted.' }) date: string | null,
    @Ctx() context: SubgraphContext,
  ): Promise<DisclosureRateType> {
    requireRole(context, ...STAFF_READ_ROLES);
    checkDate(date);
    return disclosureRate(context.em, { organisation, characteristic: characteristicArgument(characteristic), date });
  }
}

function checkDate(date: string | null | undefined): void {
  if (date && !DATE.test(date)) {
    throw badUserInput(`date "${date}" is not written YYYY-MM-DD`);
  }
}
