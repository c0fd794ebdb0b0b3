import { definePlugin } from '@edhr/plugin-sdk';
import {
  EXTENDED_STRATEGY,
  PLAN_WIDE_DISCREPANCIES,
  readDeliveryPlanRows,
  STRATEGY_PLUGIN,
  THEME_PLUGIN_SOURCE,
  WEST_MIDLANDS_POLICE,
} from '@edhr/plugin-wmp-edhr-strategy/authoring';
import { peopleCultureRows } from './delivery-plan-rows';
import { theme } from './theme';
import { eqias } from './eqias';
import { engagements } from './engagements';

/**
 * Strategic theme 2 of the WMP EDHR Strategy, "People and Culture", as a plugin of its own: the theme's
 * AIMS, key actions and KPIs from the strategy, and its 8 rows of the EDHR Programme Board Delivery
 * Plan (dp-08 … dp-15), added to the strategy `wmp-edhr-strategy` defines. Upgraded or disabled alone,
 * without touching the other two themes.
 */
export default definePlugin({
  id: 'wmp-edhr-theme-2-people-culture',
  version: '1.0.0',
  name: 'West Midlands Police EDHR Strategy, Strategic Theme 2: People and Culture',
  description:
    'Strategic theme 2 of the WMP EDHR Strategy, People and Culture: its aims, 6 key actions (2.1–2.6), 3 proposed KPIs, and its 8 rows of the EDHR Programme Board Delivery Plan (dp-08–dp-15: key-action reference, actions, protected characteristics, owners, due dates as written, progress update, risks, linked staff-survey actions).',
  dependsOn: [STRATEGY_PLUGIN],
  source: THEME_PLUGIN_SOURCE,
  organisation: WEST_MIDLANDS_POLICE,
  strategy: EXTENDED_STRATEGY,
  themes: [{ ...theme, actions: readDeliveryPlanRows(peopleCultureRows) }],
  eqias,
  engagements,
  sourceDiscrepancies: [
    {
      path: 'themes[0].actions',
      note: 'Several rows share one key action, kept as separate rows: 2.3 (dp-10, dp-11, dp-12).',
    },
    {
      path: 'themes[0].actions[0].dueAsWritten',
      note: 'Rows dp-07 to dp-18 write due dates as 1/1/2012, 1/12/2012, 1/8/2012, 1/6/2012, 1/5/2012, 1/4/2012 and 1/3/2012 with no stated order. Read day/month (UK order, as "18/01/2012" in row dp-01 is written) each is the first of a month; read month/day they would fall between 1 and 12 January 2012. Kept as written; a derived date assumes day/month.',
    },
    {
      path: 'themes[0].actions[4].staffSurveyActions',
      note: 'Row dp-12 (skills database) says "This is a staff survey action." but its staff-survey column is empty (staff-survey actions 5 and 6 recommend a database of skills). Left empty as written.',
    },
    ...PLAN_WIDE_DISCREPANCIES,
  ],
});
