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
    key: 'engagement-publication-of-information',
    heldAsWritten: AS_OF_PLAN,
    groupKind: 'community',
    groupName: 'Communities and internal staff',
    topic: 'Which data the public would want us to publish (Publication of Information)',
    outcome: 'a collection plan has been put in place to collect this data',
    objectives: ['op-ka-4'],
    source: {
      location: `${PLAN}, row 3.5 (Publication of Information), "Progress Update"`,
      quote:
        'A consultation process has taken place with communities and internal staff to determine which data the public would want us to publish, a collection plan has been put in place to collect this data.',
    },
  },
];
