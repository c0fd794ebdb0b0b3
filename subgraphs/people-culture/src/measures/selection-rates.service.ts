import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '@edhr/kit';
import { FOUR_FIFTHS, selectionRateRatios } from '@edhr/statistics';
import { SelectionOutcomeEntity } from '../workforce/entities/selection-outcome.entity';
import { computability } from './not-computable.fields';
import type { SelectionGroupType, SelectionRatesType } from './selection-rates.type';

/** Selection-rate ratios of one round (all its ranks together) by the categories of a characteristic. */
export async function selectionRates(
  em: EntityManager,
  round: string,
  characteristic: string,
  organisation?: string | null,
  /** Category the ratios are against; the group with the highest rate when omitted. */
  reference?: string | null,
): Promise<SelectionRatesType> {
  const rows = await em.find(
    SelectionOutcomeEntity,
    { roundId: round, characteristic, ...(organisation ? { organisationKey: organisation } : {}) },
    { orderBy: { category: 'asc' } },
  );
  const organisations = [...new Set(rows.map((r) => r.organisationKey))];
  if (organisations.length > 1) {
    throw badUserInput(`Round "${round}" exists for ${organisations.join(', ')}: name the organisation.`);
  }
  const byCategory = new Map<string, { applicants: number; successful: number }>();
  for (const r of rows) {
    const sum = byCategory.get(r.category) ?? { applicants: 0, successful: 0 };
    sum.applicants += r.applicants;
    sum.successful += r.successful;
    byCategory.set(r.category, sum);
  }
  const groups = [...byCategory].map(([group, sum]) => ({ group, ...sum }));
  const result = selectionRateRatios(groups, reference ? { reference } : {});
  const base = {
    round,
    organisation: organisations[0] ?? organisation ?? null,
    kind: rows[0]?.kind ?? null,
    characteristic,
    ...computability(result),
  };
  if (!result.computable) {
    return {
      ...base,
      referenceGroup: null,
      referenceRate: null,
      adverseImpactThreshold: FOUR_FIFTHS,
      groups: groups.map((g) => ({
        category: g.group,
        applicants: g.applicants,
        successful: g.successful,
        rate: null,
        ratio: null,
        adverseImpact: null,
        ...computability(result),
      })),
    };
  }
  return {
    ...base,
    referenceGroup: result.reference.group,
    referenceRate: result.reference.rate,
    adverseImpactThreshold: result.adverseImpactThreshold,
    groups: result.groups.map(
      (g): SelectionGroupType => ({
        category: g.group,
        applicants: g.applicants,
        successful: g.successful,
        rate: g.rate.computable ? g.rate.value : null,
        ratio: g.ratio.computable ? g.ratio.value : null,
        adverseImpact: g.ratio.computable ? g.ratio.adverseImpact : null,
        ...computability(g.ratio),
      }),
    ),
  };
}
