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
    key: 'engagement-staff-survey-ssa',
    heldAsWritten: AS_OF_PLAN,
    groupKind: 'staff-network',
    groupName: 'Staff Support Associations (SSA), with the DCC',
    topic: 'The staff survey results',
    outcome: 'an action plan has been drawn up to address the points raised which will be progressed through the EDHR Programme Board',
    objectives: ['pc-ka-3'],
    source: {
      location: `${PLAN}, row 2.3 (staff survey results), "Progress Update"`,
      quote:
        'A meeting has been held with the DCC and SSA to discuss the survey results, an action plan has been drawn up to address the points raised which will be progressed through the EDHR Programme Board',
    },
  },
];
