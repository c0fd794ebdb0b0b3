import type { GraphQLError } from 'graphql';
import { badUserInput, type SubgraphContext, ukDate } from '@edhr/kit';
import { isIsoDate } from '../duties/duty-period';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { actionsByStrategy, progressByAction } from '../delivery-actions/delivery-action.loader';
import { DeliveryStatusValue } from '../delivery-actions/delivery-status';
import { KpiEntity } from '../kpis/kpi.entity';
import { toKpiType } from '../kpis/kpi.mapping';
import { measurementsByKpi } from '../kpis/kpi.loader';
import { assessKpi } from '../kpis/rag-status';
import { toGovernanceBodyType } from '../governance/governance-body.mapping';
import { eqiasByOrganisation } from '../eqias/eqia.loader';
import { disabledPlugins } from '../loading/rows-by';
import { meetingsByBody } from './board-meeting.loader';
import { currentBody } from './current-body';
import { actionChanges } from './board-pack-changes';
import type { BoardPackType } from './board-pack.type';

/**
 * Assembles a governance body's pack as of a day (not after today): the delivery actions of the
 * strategy that names the body, by status as of that day, each with the progress entries and
 * status changes dated after the body's previous meeting (the latest before that day); the
 * strategy's red, amber and stale KPIs judged on that day; the organisation's EQIAs whose review
 * date is before it; and the strategy's risks. Findings come from partners, by the pack's area.
 */
export async function buildBoardPack(context: SubgraphContext, bodyId: string, asOf: string): Promise<BoardPackType> {
  const today = ukDate(context.clock.now());
  if (!isIsoDate(asOf)) throw badAsOf(`"${asOf}" is not a date: write it as YYYY-MM-DD`);
  if (asOf > today) throw badAsOf(`${asOf} is in the future: a pack shows what is known, up to today (${today})`);
  const bodyRow = await currentBody(context, bodyId, 'body');
  const body = toGovernanceBodyType(bodyRow);
  const organisation = await context.em.findOne(OrganisationEntity, { key: body.organisationKey }, { fields: ['areaCode'] });
  const previousMeeting = (await meetingsByBody(context).load(body.rowId)).filter((m) => m.heldOn < asOf).at(-1) ?? null;
  const since = previousMeeting?.heldOn ?? null;
  const dayOf = (entry: { date: string | null; recordedAt: Date }) => entry.date ?? ukDate(entry.recordedAt);

  const actions = body.strategyRowId ? await actionsByStrategy(context).load(body.strategyRowId) : [];
  const progress = await progressByAction(context).loadMany(actions.map((a) => a.rowId));
  const groups = new Map<DeliveryStatusValue, BoardPackType['actionsByStatus'][number]['actions']>();
  actions.forEach((action, i) => {
    const entries = progress[i] instanceof Error ? [] : (progress[i] as Awaited<ReturnType<ReturnType<typeof progressByAction>['load']>>);
    const changes = actionChanges(action.status, entries, since, asOf, dayOf);
    const list = groups.get(changes.statusAsOf) ?? [];
    list.push({ action, changedSincePreviousMeeting: changes.progressSince.length > 0, progressSince: changes.progressSince, statusChanges: changes.statusChanges });
    groups.set(changes.statusAsOf, list);
  });
  const actionsByStatus = Object.values(DeliveryStatusValue)
    .filter((status) => groups.has(status))
    .map((status) => ({ status, actions: groups.get(status)! }));

  // KPIs are judged at noon UK time on the pack's day (today: now).
  const judgedAt = asOf === today ? context.clock.now() : new Date(`${asOf}T12:00:00Z`);
  const disabled = await disabledPlugins(context);
  const kpis = body.strategyRowId
    ? (await context.em.find(KpiEntity, { strategyId: body.strategyRowId, archived: false }, { orderBy: { position: 'asc' } }))
        .filter((k) => !disabled.has(k.pluginId))
        .map(toKpiType)
    : [];
  const measurements = await measurementsByKpi(context).loadMany(kpis.map((k) => k.rowId));
  const assessed = kpis.map((kpi, i) => ({
    kpi,
    assessment: assessKpi({ ...kpi, measurements: measurements[i] instanceof Error ? [] : (measurements[i] as never) }, judgedAt),
  }));

  const overdueEqiaReviews = (await eqiasByOrganisation(context).load(body.organisationKey)).filter((e) => e.reviewDue !== null && e.reviewDue < asOf);
  return {
    id: `${body.id}@${asOf}`,
    asOf,
    body,
    areaCode: organisation?.areaCode ?? null,
    previousMeeting,
    changesSince: since,
    actionsByStatus,
    redKpis: assessed.filter((a) => a.assessment.rag === 'RED').map((a) => a.kpi),
    amberKpis: assessed.filter((a) => a.assessment.rag === 'AMBER').map((a) => a.kpi),
    staleKpis: assessed.filter((a) => a.assessment.stale).map((a) => a.kpi),
    overdueEqiaReviews,
    risks: actions.flatMap((action) => action.risks.filter((text) => text.trim() !== '').map((text) => ({ text, action }))),
  };
}

function badAsOf(message: string): GraphQLError {
  return badUserInput(`asOf: ${message}`, { field: 'asOf' });
}
