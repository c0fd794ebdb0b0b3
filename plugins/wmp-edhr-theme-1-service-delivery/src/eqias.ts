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
    key: 'eqia-front-offices',
    title: 'EQIA re Front Offices',
    kind: 'project',
    stage: 'planned',
    dueAsWritten: 'EQIA re Front Offices will be completed - 18/01/2012',
    dueDate: '2012-01-18',
    consultation: 'Front Office Consultation has been extended with Communities',
    mitigations: ['dp-01'],
    objectives: ['sd-ka-1'],
    source: {
      location: `${PLAN}, row 1.1, "Date to be Completed" and "Progress Update"`,
      quote:
        'SCI - April 2013, Custody Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation - Dec 2012 | Front Office Consultation has been extended with Communities',
    },
  },
  {
    key: 'eqia-community-cohesion-pbb',
    title: 'Community Cohesion PBB EQIA',
    kind: 'project',
    // The plan refers readers to it for risks, so it exists; it gives no date.
    stage: 'completed',
    mitigations: ['dp-02'],
    objectives: ['sd-ka-2'],
    source: {
      location: `${PLAN}, row 1.2 (capacity building within communities), "Risk"`,
      quote: 'Engagement that covers all PC\'s is not fully understood, FTD needs to cover all PC\'s, For associated risks see Community Cohesion PBB EQIA.',
    },
  },
  {
    key: 'eqia-community-cohesion-principles',
    title: 'EQIA to review the Community Cohesion Principles being devolved to LPUs from the Centre',
    kind: 'policy',
    stage: 'planned',
    mitigations: ['dp-02'],
    objectives: ['sd-ka-2'],
    source: {
      location: `${PLAN}, row 1.2 (capacity building within communities), "Progress Update"`,
      quote: 'An EQIA will take place in order to review the Community Cohesion Principles being devolved to LPUs from the Centre.',
    },
  },
];
