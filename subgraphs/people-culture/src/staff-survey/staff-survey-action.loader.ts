import { groupByKeys, loader, type SubgraphContext } from '@edhr/kit';
import { StaffSurveyActionEntity } from './staff-survey-action.entity';
import { byActionNumber, toStaffSurveyActionType } from './staff-survey-action.mapping';
import type { StaffSurveyActionType } from './staff-survey-action.type';

/** Marks the written key-action list that applies to every key action. */
const ALL_KEY_ACTIONS = 'ALL';

export interface KeyActionRef {
  strategyKey: string;
  /** The references that mean the key action, in the delivery plan's numbering. */
  references: string[];
}

/**
 * Current actions of a strategy that name one of a key action's references (or "ALL"): one
 * statement for every objective in the request.
 */
export function actionsByKeyAction(context: SubgraphContext) {
  return loader<string, StaffSurveyActionType[]>(context, 'staffSurveyActions.byKeyAction', async (keys) => {
    const refs = keys.map(parseRef);
    const rows = await context.em.find(
      StaffSurveyActionEntity,
      { strategyKey: { $in: [...new Set(refs.map((r) => r.strategyKey))] }, archived: false },
    );
    const actions = rows.map(toStaffSurveyActionType).sort(byActionNumber);
    return refs.map(({ strategyKey, references }) =>
      actions.filter(
        (a) =>
          a.strategyKey === strategyKey &&
          (a.keyActions.some((written) => references.includes(written)) || a.keyActions.includes(ALL_KEY_ACTIONS)),
      ),
    );
  });
}

export function keyActionKey(ref: KeyActionRef): string {
  return JSON.stringify([ref.strategyKey, ref.references]);
}

function parseRef(key: string): KeyActionRef {
  const [strategyKey, references] = JSON.parse(key) as [string, string[]];
  return { strategyKey, references };
}

/**
 * Current actions of a strategy by number (every plugin's staff-survey plan for that strategy): one
 * statement for every delivery action in the request.
 */
export function actionsByStrategyNumber(context: SubgraphContext) {
  return loader<string, StaffSurveyActionType[]>(context, 'staffSurveyActions.byStrategyNumber', async (keys) => {
    const pairs = keys.map((k) => JSON.parse(k) as [string, string]);
    const rows = await context.em.find(StaffSurveyActionEntity, {
      strategyKey: { $in: [...new Set(pairs.map((p) => p[0]))] },
      number: { $in: [...new Set(pairs.map((p) => p[1]))] },
      archived: false,
    });
    const actions = rows.map(toStaffSurveyActionType).sort((a, b) => a.pluginId.localeCompare(b.pluginId));
    return pairs.map(([strategyKey, number]) => actions.filter((a) => a.strategyKey === strategyKey && a.number === number));
  });
}

export function strategyNumberKey(strategyKey: string, number: string): string {
  return JSON.stringify([strategyKey, number]);
}

/** Actions of organisations, for the root list. */
export function actionsByOrganisation(context: SubgraphContext, includeArchived: boolean) {
  return loader<string, StaffSurveyActionType[]>(context, `staffSurveyActions.byOrganisation:${includeArchived}`, async (keys) => {
    const rows = await context.em.find(StaffSurveyActionEntity, {
      organisationKey: { $in: [...keys] },
      ...(includeArchived ? {} : { archived: false }),
    });
    return groupByKeys(keys, rows, (row) => row.organisationKey).map((list) =>
      list.map(toStaffSurveyActionType).sort((a, b) => a.pluginId.localeCompare(b.pluginId) || byActionNumber(a, b)),
    );
  });
}
