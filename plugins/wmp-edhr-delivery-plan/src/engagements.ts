import type { PluginManifestInput } from '@edhr/plugin-sdk';

type EngagementInput = NonNullable<PluginManifestInput['engagements']>[number];

const PLAN = 'EDHR Programme Board - Delivery Plan';
/** The plan dates none of them: each is reported in the progress update of the plan, written late in 2011. */
const AS_OF_PLAN = 'before the delivery plan\'s progress update (late 2011); no date given';

/**
 * Consultation and engagement the delivery plan records as held, in its words. Groups set up or
 * reviewed, and engagement only planned, are not records of engagement held and are left out.
 */
export const engagements: EngagementInput[] = [
  {
    key: 'engagement-front-office-consultation',
    heldAsWritten: AS_OF_PLAN,
    groupKind: 'community',
    groupName: 'Communities',
    topic: 'Front Office Service Delivery',
    outcome: 'Front Office Consultation has been extended with Communities',
    objectives: ['wmp-edhr-strategy:sd-ka-1'],
    eqias: ['eqia-front-offices'],
    source: { location: `${PLAN}, row 1.1, "Progress Update"`, quote: 'Front Office Consultation has been extended with Communities' },
  },
  {
    key: 'engagement-publication-of-information',
    heldAsWritten: AS_OF_PLAN,
    groupKind: 'community',
    groupName: 'Communities and internal staff',
    topic: 'Which data the public would want us to publish (Publication of Information)',
    outcome: 'a collection plan has been put in place to collect this data',
    objectives: ['wmp-edhr-strategy:op-ka-4'],
    source: {
      location: `${PLAN}, row 3.5 (Publication of Information), "Progress Update"`,
      quote:
        'A consultation process has taken place with communities and internal staff to determine which data the public would want us to publish, a collection plan has been put in place to collect this data.',
    },
  },
  {
    key: 'engagement-staff-survey-ssa',
    heldAsWritten: AS_OF_PLAN,
    groupKind: 'staff-network',
    groupName: 'Staff Support Associations (SSA), with the DCC',
    topic: 'The staff survey results',
    outcome: 'an action plan has been drawn up to address the points raised which will be progressed through the EDHR Programme Board',
    objectives: ['wmp-edhr-strategy:pc-ka-3'],
    source: {
      location: `${PLAN}, row 2.3 (staff survey results), "Progress Update"`,
      quote:
        'A meeting has been held with the DCC and SSA to discuss the survey results, an action plan has been drawn up to address the points raised which will be progressed through the EDHR Programme Board',
    },
  },
  {
    key: 'engagement-reference-groups-community-needs',
    heldAsWritten: 'ongoing at the time of the Staff Survey Delivery Plan; no date given',
    groupKind: 'reference-group',
    groupName: 'Reference groups',
    topic: 'Community needs: whether the force is bridging the gap between what it plans and what communities want',
    outcome: 'Reference groups are currently being used to determine community needs',
    objectives: ['wmp-edhr-strategy:sd-ka-1'],
    source: { location: 'Staff Survey Delivery Plan, action 19, "Current Position"', quote: 'Reference groups are currently being used to determine community needs' },
  },
];
