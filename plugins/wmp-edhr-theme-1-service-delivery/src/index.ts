import { definePlugin } from '@edhr/plugin-sdk';
import {
  EXTENDED_STRATEGY,
  PLAN_WIDE_DISCREPANCIES,
  readDeliveryPlanRows,
  STRATEGY_PLUGIN,
  THEME_PLUGIN_SOURCE,
  WEST_MIDLANDS_POLICE,
} from '@edhr/plugin-wmp-edhr-strategy/authoring';
import { serviceDeliveryRows } from './delivery-plan-rows';
import { theme } from './theme';
import { eqias } from './eqias';
import { engagements } from './engagements';

/**
 * Strategic theme 1 of the WMP EDHR Strategy, "Operational/Service Delivery", as a plugin of its own: the theme's
 * AIMS, key actions and KPIs from the strategy, and its 7 rows of the EDHR Programme Board Delivery
 * Plan (dp-01 … dp-07), added to the strategy `wmp-edhr-strategy` defines. Upgraded or disabled alone,
 * without touching the other two themes.
 */
export default definePlugin({
  id: 'wmp-edhr-theme-1-service-delivery',
  version: '1.0.0',
  name: 'West Midlands Police EDHR Strategy, Strategic Theme 1: Operational/Service Delivery',
  description:
    'Strategic theme 1 of the WMP EDHR Strategy, Operational/Service Delivery: its aims, 5 key actions (1.1–1.5), 3 proposed KPIs, and its 7 rows of the EDHR Programme Board Delivery Plan (dp-01–dp-07: key-action reference, actions, protected characteristics, owners, due dates as written, progress update, risks, linked staff-survey actions).',
  dependsOn: [STRATEGY_PLUGIN],
  source: THEME_PLUGIN_SOURCE,
  organisation: WEST_MIDLANDS_POLICE,
  strategy: EXTENDED_STRATEGY,
  themes: [{ ...theme, actions: readDeliveryPlanRows(serviceDeliveryRows) }],
  eqias,
  engagements,
  // Rows dp-01, dp-05 and dp-07 name the same officer with and without a remit: one owner.
  owners: [{ key: 'supt-johnson', name: 'Supt Johnson', writtenAs: ['Supt Johnson - SCI', 'Supt Johnson - Hate Crime Silver'] }],
  sourceDiscrepancies: [
    {
      path: 'themes[0].name',
      note: 'The first theme is written "Operational and Service Delivery" in the Introduction, "Operational/service delivery" in the Strategic Themes section and "Operational/Service Delivery" on its theme page; named as on the theme page.',
    },
    {
      path: 'themes[0].actions',
      note: 'Several rows share one key action, kept as separate rows: 1.2 (dp-02, dp-03) and 1.5 (dp-06, dp-07).',
    },
    {
      path: 'themes[0].actions[3].dueAsWritten',
      note: 'Rows dp-04 and dp-22 give "Culture & Values began May 2011 and is Ongoing": May 2011 is when the work began, not a due date, and the work has no end date. A date derived from this text (May 2011) would be a start date, not a deadline.',
    },
    {
      path: 'themes[0].actions[5].dueAsWritten',
      note: 'Row dp-06 gives "EDHR Hub of Excellence - Nov 2012 and Ongoing": November 2012 for the Hub of Excellence, then ongoing.',
    },
    {
      path: 'themes[0].actions[0].dueAsWritten',
      note: 'Row dp-01 gives four deadlines in one cell ("SCI - April 2013, Custody Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation - Dec 2012"); kept as written with no single due date.',
    },
    {
      path: 'themes[0].actions[6].dueAsWritten',
      note: 'Row dp-07 says WMP "will be inspected in Jan-Feb 2012" and any recommendations implemented, but its due date is "1/1/2012", before the inspection.',
    },
    {
      path: 'themes[0].actions[3].actions',
      note: 'Row dp-04 lists the four WMP values after "Ensure that:" and runs the fourth into a fifth statement not among the strategy\'s values: "We listen, learn and strive to improveWe do the right thing and deliver a service that our friends and family would be proud of." Kept as written, as one bullet.',
    },
    {
      path: 'themes[0].actions[5].progress[0].text',
      note: 'The Progress Update of row dp-06 (1.5, EDHR governance) repeats word for word that of row dp-05 (1.4: hate crime, 3rd party reporting, Stop & Search) before adding its own text; likewise row dp-20 (3.5) repeats the opening of row dp-02 (1.2). Kept as written.',
    },
    {
      path: 'themes[0].actions[1].staffSurveyActions',
      note: 'Rows dp-02 and dp-03 (1.2) list staff-survey actions "11, 15", but staff-survey action 11 names key action 2.2 (and row dp-09, 2.2, also lists it), while staff-survey action 16, which names key action 1.2, is listed by no delivery-plan row. Kept as written.',
    },
    ...PLAN_WIDE_DISCREPANCIES,
  ],
});
