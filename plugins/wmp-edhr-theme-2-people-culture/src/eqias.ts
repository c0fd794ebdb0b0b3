import type { PluginManifestInput } from '@edhr/plugin-sdk';

type EqiaInput = NonNullable<PluginManifestInput['eqias']>[number];

const PLAN = 'EDHR Programme Board - Delivery Plan';

/**
 * The equality impact assessments the delivery plan names for this theme, with its words. The plan gives no
 * impact per characteristic, no decision and no review date for any of them, so those stay unknown
 * (every characteristic's impact is UNKNOWN, not neutral); an owner is set only where the plan
 * names one for the assessment itself, and none does.
 */
export const eqias: EqiaInput[] = [
  {
    key: 'eqia-local-policing-job-descriptions',
    title: 'EQIA of the Job Descriptions for Local Policing',
    kind: 'function',
    stage: 'planned',
    mitigations: ['dp-08'],
    objectives: ['pc-ka-1'],
    source: {
      location: `${PLAN}, row 2.1, "Progress Update"`,
      quote: 'CI Programme with L&D are reviewing JD\'s for Local Policing these are subject to EQIA',
    },
  },
  {
    key: 'eqia-olympic-al-policy',
    title: 'Olympic A/L policy EQIA',
    kind: 'policy',
    stage: 'planned',
    dueAsWritten: 'Ongoing',
    mitigations: ['dp-09'],
    objectives: ['pc-ka-2'],
    source: {
      location: `${PLAN}, row 2.2, "Action Required"`,
      quote: 'Olympic A/L policy to be subject to full EQIA.',
    },
  },
];
