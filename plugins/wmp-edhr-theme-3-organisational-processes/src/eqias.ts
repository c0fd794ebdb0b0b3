import type { PluginManifestInput } from '@edhr/plugin-sdk';

type EqiaInput = NonNullable<PluginManifestInput['eqias']>[number];

const SURVEY = 'Staff Survey Delivery Plan';

/**
 * The equality impact assessments the delivery plan names for this theme, with its words. The plan gives no
 * impact per characteristic, no decision and no review date for any of them, so those stay unknown
 * (every characteristic's impact is UNKNOWN, not neutral); an owner is set only where the plan
 * names one for the assessment itself, and none does.
 */
export const eqias: EqiaInput[] = [
  {
    key: 'eqia-current-pbb',
    title: 'EQIA of the current PBB',
    kind: 'project',
    stage: 'completed',
    // The plan's 3.3 is the strategy's 3.2, the EQIA key action (see sourceDiscrepancies).
    objectives: ['op-ka-2'],
    source: {
      location: `${SURVEY}, action 12`,
      quote:
        'It was recognised that the EQIA has been completed for the current PBB, but the current CIP/loss of posts/lack of recruitment may need some study to identify any adverse effect on specific groups, and the resulting outcome on the demographic profile of the force',
    },
  },
];
