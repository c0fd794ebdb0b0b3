import { definePlugin } from '@edhr/plugin-sdk';
import { EXTENDED_STRATEGY, STRATEGY_PLUGIN, WEST_MIDLANDS_POLICE } from '@edhr/plugin-wmp-edhr-strategy/authoring';
import { staffSurveyActions } from './staff-survey';
import { staffSurveyOwners } from './owners';

/**
 * West Midlands Police, Equality, Diversity and Human Rights Delivery Plan: the Staff Survey Delivery
 * Plan (20 actions), added to the strategy `wmp-edhr-strategy` defines. The plan's other table, the
 * EDHR Programme Board Delivery Plan, is filed theme by theme in the three theme plugins
 * (`wmp-edhr-theme-1-service-delivery` …), each carrying its own rows.
 */
export default definePlugin({
  id: 'wmp-edhr-delivery-plan',
  version: '2.0.0',
  name: 'West Midlands Police EDHR Staff Survey Delivery Plan',
  description:
    'The 20 actions of the WMP Staff Survey Delivery Plan (issue, key actions as written in the delivery plan\'s numbering, contact, local owner, current position, risks, recommendations), added to the WMP EDHR Strategy. The 22 rows of the EDHR Programme Board Delivery Plan are in the three theme plugins, wmp-edhr-theme-1-service-delivery, wmp-edhr-theme-2-people-culture and wmp-edhr-theme-3-organisational-processes.',
  dependsOn: [STRATEGY_PLUGIN],
  source: {
    title: 'Equality, Diversity and Human Rights Delivery Plan (EDHR Programme Board - Delivery Plan; Staff Survey Delivery Plan)',
    publisher: 'West Midlands Police',
  },
  organisation: WEST_MIDLANDS_POLICE,
  strategy: EXTENDED_STRATEGY,
  staffSurveyActions,
  owners: staffSurveyOwners,
  sourceDiscrepancies: [
    {
      path: 'staffSurveyActions[8].keyActions',
      note: 'Staff-survey action 9 gives "3.1 3.3" and action 12 gives "3.3". These follow the delivery plan\'s numbering (plan rows 3.1 and 3.3 list them back), in which 3.3 is the EQIA row, the strategy\'s key action 3.2; in the strategy\'s numbering 3.3 is business processes and resource allocation. Kept as written; the graph resolves staff-survey references through the plan\'s numbering (Objective.planReferences), so actions 9 and 12 sit under the EQIA key action.',
    },
    {
      path: 'staffSurveyActions',
      note: 'Staff-survey actions 1, 2, 3, 7, 10 and 11 refer to "attached paper" 1 to 5, which are not part of the source document.',
    },
  ],
});
