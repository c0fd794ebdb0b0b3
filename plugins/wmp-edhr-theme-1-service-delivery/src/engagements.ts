import type { PluginManifestInput } from '@edhr/plugin-sdk';

type EngagementInput = NonNullable<PluginManifestInput['engagements']>[number];

const PLAN = 'EDHR Programme Board - Delivery Plan';
/** The plan dates none of them: each is reported in the progress update of the plan, written late in 2011. */
const AS_OF_PLAN = 'before the delivery plan\'s progress update (late 2011); no date given';

/**
 * Consultation and engagement the delivery plan records as held for this theme, in its words. Groups set up or
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
    objectives: ['sd-ka-1'],
    eqias: ['eqia-front-offices'],
    source: { location: `${PLAN}, row 1.1, "Progress Update"`, quote: 'Front Office Consultation has been extended with Communities' },
  },
  {
    key: 'engagement-reference-groups-community-needs',
    heldAsWritten: 'ongoing at the time of the Staff Survey Delivery Plan; no date given',
    groupKind: 'reference-group',
    groupName: 'Reference groups',
    topic: 'Community needs: whether the force is bridging the gap between what it plans and what communities want',
    outcome: 'Reference groups are currently being used to determine community needs',
    objectives: ['sd-ka-1'],
    source: { location: 'Staff Survey Delivery Plan, action 19, "Current Position"', quote: 'Reference groups are currently being used to determine community needs' },
  },
];
