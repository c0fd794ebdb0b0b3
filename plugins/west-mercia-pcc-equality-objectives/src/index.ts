import { definePlugin } from '@edhr/plugin-sdk';
import { ourCommunities, ourOrganisation, ourPartners } from './objectives';

/**
 * West Mercia Police & Crime Commissioner, Equality Objectives 2021-2025: 18 equality
 * objectives in three themes, the Equality Act requirements the document restates, and
 * its commitment to review the objectives.
 */
export default definePlugin({
  id: 'west-mercia-pcc-equality-objectives',
  version: '1.0.0',
  name: 'West Mercia PCC Equality Objectives 2021-2025',
  description:
    "The Police & Crime Commissioner's 18 equality objectives for 2021-2025 (Our Communities 7, Our Organisation 7, Our Partners 4) and the Equality Act requirements they answer.",
  source: {
    title: 'Equality Objectives 2021-2025',
    publisher: 'West Mercia Police & Crime Commissioner',
  },
  organisation: {
    key: 'west-mercia-pcc',
    // The document writes "The Police & Crime Commissioner (PCC)" of "West Mercia".
    name: 'West Mercia Police & Crime Commissioner',
    kind: 'police-and-crime-commissioner',
    areaCode: 'E23000016',
  },
  strategy: {
    key: 'pcc-equality-objectives-2021-2025',
    title: 'Equality Objectives 2021-2025',
    // The document gives years only ("equality objectives for 2021-2025"), no months or days;
    // the period is taken as the whole of those calendar years.
    periodFrom: '2021-01-01',
    periodTo: '2025-12-31',
    reviewCycle: 'reviewed and refreshed at least every 4 years in line with legislation',
    introduction: [
      "The Police & Crime Commissioner (PCC) has a key role in advancing diversity, equality and inclusion (DE&I) across West Mercia. Alongside a number of statutory obligations, the PCC's unique position in respect of the public and his convening powers, lend themselves to champion and drive cultural change across the system.",
      'The PCC has set out his commitment to promoting DE&I in his Safer West Mercia Plan 2021-2025. This includes a specific commitment to publish equality objectives in line with the requirements of the Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017.',
      "This documents sets out the PCC's equality objectives for 2021-2025. The objectives take into account national and local DE&I strategies, as well as feedback from those working within the Office of the Police & Crime Commissioner (OPCC).",
      'Mechanisms are in place to measure progress against the equality objectives, and this will be monitored by the PCC on a regular basis. This document will be reviewed and refreshed at least every 4 years in line with legislation.',
    ],
  },
  themes: [ourCommunities, ourOrganisation, ourPartners],
  duties: [
    {
      key: 'prepare-and-publish-equality-objectives',
      name: 'Prepare and publish equality objectives',
      requirement: [
        'The PCC has a number of statutory duties in respect of DE&I. One such duty is the requirement to prepare and publish equality objectives that should be achieved to:',
        '- Eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under the Equality Act;',
        '- Advance equality of opportunity between persons who share a relevant protected characteristic and persons who do not share it;',
        '- Foster good relations between persons who share a relevant protected characteristic and persons who do not share it.',
      ].join('\n'),
      frequency: 'at least every 4 years',
    },
    {
      key: 'due-regard-advance-equality-of-opportunity',
      name: 'Due regard to the need to advance equality of opportunity',
      requirement: [
        'Having due regard to the need to advance equality of opportunity includes:',
        '- Removing or minimising disadvantages suffered by persons who share a relevant protected characteristic that are connected to that characteristic;',
        '- Taking steps to meet the needs of persons who share a relevant protected characteristic that are different from the needs of persons who do not share it;',
        '- Encouraging persons who share a relevant protected characteristic to participate in public life or in any other activity in which participation by such persons is disproportionately low.',
      ].join('\n'),
    },
  ],
});
