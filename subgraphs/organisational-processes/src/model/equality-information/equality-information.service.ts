import { badUserInput, type SubgraphContext, ukDate } from '@edhr/kit';
import { objectivesReviewDue } from './objectives-review';
import { DutyEntity } from '../duties/duty.entity';
import { DutyPublicationEntity } from '../duties/duty-publication.entity';
import { toDutyPublicationType } from '../duties/duty.mapping';
import { organisationByKey } from '../organisations/organisation.loader';
import { StrategyEntity } from '../strategies/strategy.entity';
import { toStrategyType } from '../strategies/strategy.mapping';
import { ObjectiveEntity } from '../objectives/objective.entity';
import { toObjectiveType } from '../objectives/objective.mapping';
import { actionsByObjective } from '../delivery-actions/delivery-action.loader';
import { isOverdue } from '../delivery-actions/delivery-action.mapping';
import { DeliveryStatusValue } from '../delivery-actions/delivery-status';
import { kpisByObjective } from '../kpis/kpi.loader';
import { eqiasByOrganisation } from '../eqias/eqia.loader';
import { EqiaImpactValue } from '../eqias/eqia-values';
import { engagementByOrganisation } from '../engagement/engagement-record.loader';
import { disabledPlugins } from '../loading/rows-by';
import type { EqualityInformationType, EqualityStrategySectionType } from './equality-information.type';

/** The years equality information can be asked for. */
export const YEARS = { first: 2000, last: 2100 } as const;

/** The organisation's equality information for a calendar year; null for an unknown organisation. Only public parts. */
export async function equalityInformation(context: SubgraphContext, organisationId: string, year: number): Promise<EqualityInformationType | null> {
  if (!Number.isInteger(year) || year < YEARS.first || year > YEARS.last) {
    throw badUserInput(`year: ${year} is not a year from ${YEARS.first} to ${YEARS.last}`, { field: 'year' });
  }
  const organisation = await organisationByKey(context).load(organisationId);
  if (!organisation) return null;
  const firstDay = `${year}-01-01`;
  const lastDay = `${year}-12-31`;
  const today = ukDate(context.clock.now());
  // Overdue as at the end of the year, or today while the year runs.
  const judgedOn = today < lastDay ? today : lastDay;
  const disabled = await disabledPlugins(context);
  const strategies = (await context.em.find(StrategyEntity, { organisationKey: organisationId }, { orderBy: { title: 'asc' } })).filter(
    (s) => !disabled.has(s.pluginId) && (!s.periodFrom || s.periodFrom <= lastDay) && (!s.periodTo || s.periodTo >= firstDay),
  );
  const sections: EqualityStrategySectionType[] = [];
  for (const strategy of strategies) {
    const objectives = (
      await context.em.find(ObjectiveEntity, { strategyId: strategy.id, archived: false }, { orderBy: { themeId: 'asc', position: 'asc' } })
    ).filter((o) => !disabled.has(o.pluginId));
    const ordered = [...objectives.filter((o) => !o.themeId), ...objectives.filter((o) => o.themeId)].map(toObjectiveType);
    const [actionLists, kpiLists] = await Promise.all([
      actionsByObjective(context).loadMany(ordered.map((o) => o.rowId)),
      kpisByObjective(context).loadMany(ordered.map((o) => o.id)),
    ]);
    const reviewDue = objectivesReviewDue(strategy.periodFrom ?? null);
    sections.push({
      strategy: toStrategyType(strategy),
      objectivesReviewDue: reviewDue,
      objectivesReviewOverdue: reviewDue === null ? null : today > reviewDue,
      objectives: ordered.map((objective, i) => {
        const actions = actionLists[i] instanceof Error ? [] : (actionLists[i] as Exclude<(typeof actionLists)[number], Error>);
        const counts = new Map<DeliveryStatusValue, number>();
        for (const a of actions) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
        return {
          objective,
          actions: actions.length,
          actionsComplete: counts.get(DeliveryStatusValue.COMPLETE) ?? 0,
          actionsOverdue: actions.filter((a) => isOverdue(a, judgedOn)).length,
          actionsByStatus: Object.values(DeliveryStatusValue).filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! })),
          kpis: kpiLists[i] instanceof Error ? [] : (kpiLists[i] as Exclude<(typeof kpiLists)[number], Error>),
        };
      }),
    });
  }
  const inYear = (day: string | null) => day !== null && day >= firstDay && day <= lastDay;
  const eqias = (await eqiasByOrganisation(context).load(organisationId)).filter((e) => inYear(e.completedOn));
  const engagement = (await engagementByOrganisation(context).load(organisationId)).filter((r) => inYear(r.heldOn));
  const duties = await context.em.find(DutyEntity, { strategyId: { $in: strategies.map((s) => s.id) } }, { fields: ['id'] });
  const publications =
    duties.length === 0
      ? []
      : await context.em.find(DutyPublicationEntity, { dutyId: { $in: duties.map((d) => d.id) }, coversYear: year }, { orderBy: { publishedOn: 'asc', recordedAt: 'asc' } });
  const codes = (e: (typeof eqias)[number], impact: EqiaImpactValue) => e.impacts.filter((i) => i.impact === impact).map((i) => i.characteristic);
  return {
    organisationId,
    year,
    firstDay,
    lastDay,
    areaCode: organisation.areaCode,
    organisation,
    strategies: sections,
    eqiasCompleted: eqias
      .sort((a, b) => a.completedOn!.localeCompare(b.completedOn!))
      .map((e) => ({
        id: e.id,
        title: e.title,
        kind: e.kind,
        completedOn: e.completedOn!,
        decision: e.decision,
        negativeFor: codes(e, EqiaImpactValue.NEGATIVE),
        positiveFor: codes(e, EqiaImpactValue.POSITIVE),
        unknownFor: codes(e, EqiaImpactValue.UNKNOWN),
        consultation: e.consultation,
      })),
    engagement,
    publications: publications.map(toDutyPublicationType),
    published: publications.length > 0,
  };
}
