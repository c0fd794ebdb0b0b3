import type { DeliveryActionInput } from '@edhr/plugin-wmp-edhr-strategy/authoring';

/** Organisational Processes rows (written 3.1–3.6): dp-16 … dp-22. */
export const organisationalProcessesRows: DeliveryActionInput[] = [
  {
    key: 'dp-16',
    // Written 3.1 (EPPF); resolves by code to the strategy's 3.1 (performance management framework).
    reference: '3.1',
    title: 'Organisational Processes - Key Action 1',
    actions: ['EPPF has been developed for EDHR'],
    characteristicsAsWritten: 'All',
    owners: ['Head of OSD'],
    ownersAsWritten: 'Head of OSD',
    dueAsWritten: '1/4/2012',
    progress: [{ text: 'EPPF has been developed for EDHR, this now requires further development through the EDHR Programme Board' }],
    risks: [],
    staffSurveyActions: ['9', '15'],
  },
  {
    key: 'dp-17',
    // Written 3.2 (Equality Standard): no strategy key action clearly matches; the strategy's own
    // 3.2 is the EQIA action, so linking by code would be wrong. Left unlinked and reported.
    reference: '3.2',
    linkByCode: false,
    title: 'Organisational Processes - Key Action 2',
    actions: [
      'The Equality Standard has been implemented within WMP and requires further review to assist the publication of data, identification of EDHR Objectives and to assist development of through the Delivery Plan. This will be progressed by an analyst.',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Diversity Manager - Fiona Washington'],
    ownersAsWritten: 'Diversity Manager - Fiona Washington',
    dueAsWritten: '1/3/2012',
    progress: [{ text: 'Every Dept and LPU has been using the ES for over 12 months, it is currently being reviewed in preparation for the HMIC inspection.' }],
    risks: [
      'There is no dedicated analytical support to review the ES to assist the progression of EDHR.',
    ],
    staffSurveyActions: ['15'],
  },
  {
    key: 'dp-18',
    // Written 3.3; its text (EQIA) is the strategy's key action 3.2.
    reference: '3.3',
    objective: 'op-ka-2',
    title: 'Organisational Processes - Key Action 3',
    actions: [
      'EQIA policy has been reviewed and re-launched, support to embed training is now required.',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Diversity Manager - Fiona Washington'],
    ownersAsWritten: 'Diversity Manager - Fiona Washington',
    dueAsWritten: '1/4/2012',
    progress: [{ text: 'An NCALT training package has been developed and is now live, senior officers have received training in the new policy to ensure compliance. Between Jan and March 2012, 350+ staff will be trained. Looking at migration of similar training for Community Impact Assessments.' }],
    risks: [],
    staffSurveyActions: ['9', '12', '15'],
  },
  {
    key: 'dp-19',
    // Written 3.4; its text (business processes, resource allocation) is the strategy's key action 3.3.
    reference: '3.4',
    objective: 'op-ka-3',
    title: 'Organisational Processes - Key Action 4',
    actions: [
      'Business processes and resource allocation need to promote equality.',
      'Ensure that processes that look at budget allocation consider equality implications both internally & externally.',
      "Review the procurement process to ensure it's compliance with EDHR.",
    ],
    characteristicsAsWritten: 'All',
    owners: [
      'Head of ICT',
      'Head of Business Support',
      'Head of Legal Services',
      'Chief Superintendent Byrne',
    ],
    ownersAsWritten: 'Head of ICT, Head of Business Support, Head of Legal Services, Chief Superintendent Byrne',
    dueAsWritten: 'Policy Portal - Oct 2012',
    progress: [{ text: 'Introduction of the planned Policy Portal will provide a single source for up to date policies and procedures which will improve consistency of behaviours' }],
    risks: [],
    staffSurveyActions: ['15'],
  },
  {
    key: 'dp-20',
    // Written 3.5; its text (open process, held to account, consultation) is the strategy's key action 3.4.
    reference: '3.5',
    objective: 'op-ka-4',
    title: 'Organisational Processes - Key Action 5',
    actions: [
      'Ensure we have an open process by which communities can hold us to account and enables effective communication and consultation. WMP will ensure accountability to communities by publishing data.',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Chief Superintendent Byrne'],
    ownersAsWritten: 'Chief Superintendent Byrne',
    dueAsWritten: 'Policy Portal - Oct 2012',
    progress: [{ text: 'The policy on Reference Groups and KIN has been signed off by the SLT, Street Watch has been launched across the force, a review of LPU KIN and Reference Groups has been conducted by Local Policing, a Social Media development plan is being progressed following feedback from the August disturbances, Local Policing Sergeants have been trained to update public facing WebPages. Improved internal understanding and consistency of approach will be supported by the implementation of the proposed Policy Portal' }],
    risks: [
      "Engagement that covers all PC's is not fully understood, FTD needs to cover all PC's,",
    ],
    staffSurveyActions: ['15'],
  },
  {
    key: 'dp-21',
    // Written 3.5 beside dp-20 (publication of information); linked with it to the strategy's key action 3.4.
    reference: '3.5',
    objective: 'op-ka-4',
    title: 'Organisational Processes - Key Action 5',
    actions: ['Publication of Information'],
    characteristicsAsWritten: 'All',
    owners: ['Diversity Manager - Fiona Washington', 'Chief Superintendent Byrne'],
    ownersAsWritten: 'Diversity Manager - Fiona Washington, Chief Superintendent Byrne',
    dueAsWritten: 'Policy Portal - Oct 2012',
    progress: [{ text: 'A consultation process has taken place with communities and internal staff to determine which data the public would want us to publish, a collection plan has been put in place to collect this data. Introduction of the planned Policy Portal will provide a single source for up to date policies and procedures which will improve consistency of behaviours and provide a reliable platform/information resource for selected external publication' }],
    risks: [
      'Failure to publish will be a breach of our Duty under the Equality Act.',
    ],
    staffSurveyActions: ['15'],
  },
  {
    key: 'dp-22',
    // Written 3.6; the strategy has no 3.6 — its text is, word for word, the strategy's key action 3.5.
    reference: '3.6',
    objective: 'op-ka-5',
    title: 'Organisational Processes - Key Action 6',
    actions: [
      'Ensure that our culture and values are at the heart of everything we do.',
    ],
    characteristicsAsWritten: 'All',
    owners: ['ALL', 'DCC Thompson'],
    ownersAsWritten: 'ALL, DCC Thompson',
    dueAsWritten: 'Culture & Values began May 2011 and is Ongoing',
    progress: [{ text: 'Culture and Values is a core organisational change programme and is seen as underpinning most other key Organisational Change projects and activity' }],
    risks: [],
    staffSurveyActions: ['15'],
  },
];
