import { definePlugin } from '@edhr/plugin-sdk';
import {
  EXTENDED_STRATEGY,
  PLAN_WIDE_DISCREPANCIES,
  readDeliveryPlanRows,
  STRATEGY_PLUGIN,
  THEME_PLUGIN_SOURCE,
  WEST_MIDLANDS_POLICE,
} from '@edhr/plugin-wmp-edhr-strategy/authoring';
import { organisationalProcessesRows } from './delivery-plan-rows';
import { theme } from './theme';
import { eqias } from './eqias';
import { engagements } from './engagements';

/**
 * Strategic theme 3 of the WMP EDHR Strategy, "Organisational Processes", as a plugin of its own: the theme's
 * AIMS, key actions and KPIs from the strategy, and its 7 rows of the EDHR Programme Board Delivery
 * Plan (dp-16 … dp-22), added to the strategy `wmp-edhr-strategy` defines. Upgraded or disabled alone,
 * without touching the other two themes.
 */
export default definePlugin({
  id: 'wmp-edhr-theme-3-organisational-processes',
  version: '1.0.0',
  name: 'West Midlands Police EDHR Strategy, Strategic Theme 3: Organisational Processes',
  description:
    'Strategic theme 3 of the WMP EDHR Strategy, Organisational Processes: its aims, 5 key actions (3.1–3.5), and its 7 rows of the EDHR Programme Board Delivery Plan (dp-16–dp-22: key-action reference, actions, protected characteristics, owners, due dates as written, progress update, risks, linked staff-survey actions).',
  dependsOn: [STRATEGY_PLUGIN],
  source: THEME_PLUGIN_SOURCE,
  organisation: WEST_MIDLANDS_POLICE,
  strategy: EXTENDED_STRATEGY,
  themes: [{ ...theme, actions: readDeliveryPlanRows(organisationalProcessesRows) }],
  eqias,
  engagements,
  sourceDiscrepancies: [
    {
      path: 'themes[0].actions',
      note: 'The plan numbers its Organisational Processes rows 3.1 to 3.6 ("Organisational Processes - Key Action 1" to "Key Action 6") while the strategy has five key actions, 3.1 to 3.5. Compared by their text, the plan inserts an Equality Standard row as 3.2 and from 3.3 on its numbers are one higher than the strategy\'s (plan 3.3 = strategy 3.2, 3.4 = 3.3, 3.5 = 3.4, 3.6 = 3.5). Plan 3.1 ("EPPF has been developed for EDHR", an abbreviation the documents do not expand) agrees in code and title with the strategy\'s 3.1 (performance management framework) and is resolved by code.',
    },
    {
      path: 'themes[0].actions[1].reference',
      note: 'Row dp-17 is written "3.2" / "Organisational Processes - Key Action 2" ("The Equality Standard has been implemented within WMP and requires further review ..."). No strategy key action clearly matches it: the strategy\'s 3.2 is about equality impact assessments, which the plan covers in its row written "3.3"; the nearest is 3.1 (performance management framework). Left unlinked (no objective set), reference kept as written; note that the written "3.2" coincides with the code of the strategy\'s EQIA key action, so resolution by code alone would attach this row there. The row also conflicts with the strategy, whose "Our Journey" says the Equality Standard "has now been replaced by our own EDHR Performance Portal", while this row says it "requires further review" and that "Every Dept and LPU has been using the ES for over 12 months".',
    },
    {
      path: 'themes[0].actions[2].objective',
      note: 'Row dp-18 is written "3.3" / "Organisational Processes - Key Action 3" ("EQIA policy has been reviewed and re-launched, support to embed training is now required."). Linked to wmp-edhr-theme-3-organisational-processes:op-ka-2, the strategy\'s 3.2 ("Improve our approach to conducting equality impact assessments ..."), because its text is about equality impact assessments; the strategy\'s 3.3 is about processes for managing business and allocating resources.',
    },
    {
      path: 'themes[0].actions[3].objective',
      note: 'Row dp-19 is written "3.4" / "Organisational Processes - Key Action 4" ("Business processes and resource allocation need to promote equality."). Linked to wmp-edhr-theme-3-organisational-processes:op-ka-3, the strategy\'s 3.3 ("Make sure that processes for managing business and allocating resources promote equality"), which its text restates; the strategy\'s 3.4 is about acting openly and being held to account.',
    },
    {
      path: 'themes[0].actions[4].objective',
      note: 'Row dp-20 is written "3.5" / "Organisational Processes - Key Action 5" ("Ensure we have an open process by which communities can hold us to account and enables effective communication and consultation. ..."). Linked to wmp-edhr-theme-3-organisational-processes:op-ka-4, the strategy\'s 3.4 ("Make sure we act openly and can be held to account, by consulting and including our communities and communicating effectively with them"), which its text restates; the strategy\'s 3.5 is "Ensure that our culture and values are at the heart of everything we do".',
    },
    {
      path: 'themes[0].actions[5].objective',
      note: 'Row dp-21 is written "3.5" / "Organisational Processes - Key Action 5" ("Publication of Information"). Linked, like row dp-20 under the same written reference, to wmp-edhr-theme-3-organisational-processes:op-ka-4 (the strategy\'s 3.4, acting openly and being held to account): dp-20 says "WMP will ensure accountability to communities by publishing data" and this row\'s progress is a consultation with communities on which data to publish.',
    },
    {
      path: 'themes[0].actions[6].objective',
      note: 'Row dp-22 is written "3.6" / "Organisational Processes - Key Action 6"; the strategy has no key action 3.6. Its text, "Ensure that our culture and values are at the heart of everything we do.", is word for word the strategy\'s 3.5, so it is linked to wmp-edhr-theme-3-organisational-processes:op-ka-5.',
    },
    {
      path: 'themes[0].actions',
      note: 'Several rows share one key action, kept as separate rows: the written 3.5 (dp-20, dp-21, both linked to the strategy\'s 3.4).',
    },
    ...PLAN_WIDE_DISCREPANCIES,
  ],
});
