import type { PluginManifestInput } from '@edhr/plugin-sdk';

type DeliveryActionInput = NonNullable<PluginManifestInput['actions']>[number];

/**
 * "EDHR Programme Board - Delivery Plan": the 22 rows in document order (dp-01 … dp-22).
 *
 * Columns → fields: "Strategic Theme action" → reference (as written); "Strategic Theme" → title;
 * "Action Required" → actions (one entry per "•" bullet); "PC" → characteristicsAsWritten (codes only
 * where a characteristic is named); "Action Owner" → ownersAsWritten, and owners split on ", "
 * ("Role - Name" stays one owner); "Date to be Completed" → dueAsWritten; "Progress Update" → one
 * progress entry; "Risk" → risks (the cell as one entry; empty cells give none); "Staff Survey Delivery
 * Plan - Action Number" → staffSurveyActions.
 *
 * Theme 1 and 2 references match the strategy's key-action codes and are resolved by code. The plan
 * numbers Organisational Processes 3.1–3.6 against the strategy's 3.1–3.5, so rows whose text matches a
 * different key action carry an explicit `objective` (see sourceDiscrepancies in index.ts).
 */
export const actions: DeliveryActionInput[] = [
  {
    key: 'dp-01',
    reference: '1.1',
    title: 'Operational/Service Delivery - Key Action 1',
    actions: [
      'Continuous Improvement',
      'PBB',
      'Front Office Service Delivery',
      'Contact Centre Development',
      'CST implementation',
      'On line reporting',
      'Custody Estate Development Equality Impact Assessment',
      'Community Consultation',
    ],
    characteristicsAsWritten: 'All',
    owners: [
      'Supt Johnson - SCI',
      'Supt Westlake - Custody Estate Development',
      'Chief Superintendent Sturman - Continuous Improvement Programme',
    ],
    ownersAsWritten: 'Supt Johnson - SCI, Supt Westlake - Custody Estate Development, Chief Superintendent Sturman - Continuous Improvement Programme',
    dueAsWritten: 'SCI - April 2013, Custody Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation - Dec 2012',
    progress: [{ text: "Front Office Consultation has been extended with Communities, CST programme role out has started and will be completed by Feb 2012, CI Programme will have completed initial CC changes on 4 LPU's by Feb 2012, SCI is considering centralisation of CC in preparation for the development of 3 Hubs by 2013, Custody Estate Plan will begin implementation of new sites in 2013, CIA's have been completed by Property Services" }],
    risks: [
      "Community & Political Concern about the closure of front offices could impact on T&C, The clustering of Contact Centre's and front Offices could result in local knowledge of Community impact issues being lost, CST's has already seen an initial drop in quality of primary investigation due to culture and values of officers, Contact Courts could be affected,",
    ],
    staffSurveyActions: ['6', '15', '19'],
  },
  {
    key: 'dp-02',
    reference: '1.2',
    title: 'Operational/Service Delivery - Key Action 2',
    actions: [
      'Capacity Building within communities',
      "LPU's to adopt the Local Policing Community Cohesion Principles",
      'Policy on Reference Groups and KIN to be implemented and reviewed',
      "Engagement opportunities to be enhanced on LPU's e.g. Street Watch, Volunteer Programmes etc.",
      'Development of Social Media, maintenance of LPU internet sites',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Diversity Champions', 'Local Policing'],
    ownersAsWritten: 'Diversity Champions, Local Policing',
    dueAsWritten: 'Ongoing',
    progress: [{ text: 'The policy on Reference Groups and KIN has been signed off by the SLT, Street Watch has been launched across the force, a review of LPU KIN and Reference Groups has been conducted by Local Policing, a Social Media development plan is being progressed following feedback from the August disturbances, Local Policing Sergeants have been trained to update public facing WebPages. An EQIA will take place in order to review the Community Cohesion Principles being devolved to LPUs from the Centre.' }],
    risks: [
      "Engagement that covers all PC's is not fully understood, FTD needs to cover all PC's, For associated risks see Community Cohesion PBB EQIA.",
    ],
    staffSurveyActions: ['11', '15'],
  },
  {
    key: 'dp-03',
    reference: '1.2',
    title: 'Operational/Service Delivery - Key Action 2',
    actions: [
      'Implementation of the recommendations following the August Disturbances',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Local Policing Programme Board - ACC Rowe'],
    ownersAsWritten: 'Local Policing Programme Board - ACC Rowe',
    dueAsWritten: 'Ongoing',
    progress: [{ text: 'A force wide awards evening to recognise the contribution of both communities, partners and police family has taken place, CI Programme, Social Harm Index has been completed for all neighbourhoods, Serve & Protect 3 - Victim Focus. Work in progress on a new force policy for tackling Gangs' }],
    risks: ['Failure to implement and communicate progress will impact on T&C'],
    staffSurveyActions: ['11', '15'],
  },
  {
    key: 'dp-04',
    reference: '1.3',
    title: 'Operational/Service Delivery - Key Action 3',
    actions: [
      'Ensure that:',
      'We put the public first in everything we do',
      'We act with integrity, fairness and humanity',
      'We are one team working together',
      'We listen, learn and strive to improveWe do the right thing and deliver a service that our friends and family would be proud of.',
      'The Chief Constable is working on a new Force vision. A new EDHR vision has been agreed',
    ],
    characteristicsAsWritten: 'All',
    owners: ['ALL', 'DCC Thompson'],
    ownersAsWritten: 'ALL, DCC Thompson',
    dueAsWritten: 'Culture & Values began May 2011 and is Ongoing',
    progress: [{ text: 'Mandatory training has taken place for all staff, development of EPPF for EDHR, Serve & Protect 3 - Victim Focus. Fundamental element in the definition and promulgation of force Culture and Values project' }],
    risks: [
      'In-effective management of complaints associated with QoS will impact on T&C, poor performance around CC & FTD will impact on T&C',
    ],
    staffSurveyActions: ['15'],
  },
  {
    key: 'dp-05',
    reference: '1.4',
    title: 'Operational/Service Delivery - Key Action 4',
    actions: [
      'To identify services and strategies that have a negative disproportionate impact on diverse communities. The recent findings from the August Disturbances highlights Stop & Search as a concern.',
      "Consideration to be given to looking at 'Next Steps' stop and search audit tool (NPIA).",
      'IPCC investigations of Deaths following Police contact is a National and Local concern',
      'Hate Crime reporting and investigation',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Supt Johnson', 'CI Howatt', 'PSD', 'Chief Supt Byrne'],
    ownersAsWritten: 'Supt Johnson, CI Howatt, PSD, Chief Supt Byrne',
    dueAsWritten: 'Policy Portal - Oct 2012',
    progress: [{ text: 'Hate crime policy has been reviewed and a Control Plan has been developed, 3rd Party reporting centres are being progressed, a Community Reference Group has been set up to work with PSD, Police Authority review into use of Stop & Search and the decision to cease Stop & Account has been undertaken. A stop & Search Scrutiny Group has been set up in Birmingham. There is ongoing work around developing victim profiles for victim support and ASB taking into account the protected characteristics.' }],
    risks: [
      'Without Stop & Account data we do not have an accurate reflection of the engagement our staff are having with communities.',
    ],
    staffSurveyActions: ['15'],
  },
  {
    key: 'dp-06',
    reference: '1.5',
    title: 'Operational/Service Delivery - Key Action 5',
    actions: [
      'Build EDHR into our service delivery at all levels. This is reflected in the EDHR governance structure.',
    ],
    characteristicsAsWritten: 'All',
    owners: [
      'EDHR Programme Board - Supt Southern',
      'Diversity Manager - Fiona Washington',
    ],
    ownersAsWritten: 'EDHR Programme Board - Supt Southern, Diversity Manager - Fiona Washington',
    dueAsWritten: 'EDHR Hub of Excellence - Nov 2012 and Ongoing',
    progress: [{ text: 'Hate crime policy has been reviewed and a Control Plan has been developed, 3rd Party reporting centres are being progressed, a Community Reference Group has been set up to work with PSD, Police Authority review into use of Stop & Search and the decision to cease Stop & Account has been undertaken. A stop & Search Scrutiny Group has been set up in Birmingham. Part of EPPF, also introduction of the planned Policy Portal will provide a single source for up to date policies and procedures which will improve consistency of behaviours' }],
    risks: [
      'Failure to implement the recommendations could leave the force vulnerable to prosecution, impact on T&C',
    ],
    staffSurveyActions: ['15', '17'],
  },
  {
    key: 'dp-07',
    reference: '1.5',
    title: 'Operational/Service Delivery - Key Action 5',
    actions: [
      'HMIC inspection of Police and CPS - Based on Disability Harassment Enquiry, WMP will be inspected in Jan-Feb 2012 and any recommendations made will be implemented.',
    ],
    characteristicsAsWritten: 'Disability',
    characteristics: ['DISABILITY'],
    owners: [
      'OSD',
      'Diversity Manager - Fiona Washington',
      'Supt Johnson - Hate Crime Silver',
    ],
    ownersAsWritten: 'OSD, Diversity Manager - Fiona Washington, Supt Johnson - Hate Crime Silver',
    dueAsWritten: '1/1/2012',
    progress: [{ text: 'OSD have completed a briefing paper and started a review of the recommendations, Fiona Washington has identified the evidence based required for the inspection and started to collate this data. Supt Johnson will review operational processes and implement strand action plans and reference groups.' }],
    risks: [
      'Failure to implement the recommendations could leave the force vulnerable to prosecution, impact on T&C',
    ],
    staffSurveyActions: ['15', '17'],
  },
  {
    key: 'dp-08',
    reference: '2.1',
    title: 'People and Culture - Key Action 1',
    actions: [
      "Ensure that policies, practices, culture values all PC's and is inclusive",
    ],
    characteristicsAsWritten: 'All',
    owners: [
      'Head of HR',
      'Head of Learning & Development',
      'Diversity Manager - Fiona Washington',
    ],
    ownersAsWritten: 'Head of HR, Head of Learning & Development, Diversity Manager - Fiona Washington',
    dueAsWritten: '1/12/2012',
    progress: [{ text: "A draft Equality Policy has been written as is going for consultation to the next Equality Forum, CI Programme with L&D are reviewing JD's for Local Policing these are subject to EQIA, all Force change programmes have been EQIA, the SSA have been reviewed to support a corporate approach, proposals have been taken to PBB for consideration of a Diversity Hub of Excellence to support the oversight of delivery against this action." }],
    risks: [
      'Failure to imbue such a culture could result in Misconduct, ET, T&C of staff and community.',
    ],
    staffSurveyActions: ['1', '2', '3', '10', '15'],
  },
  {
    key: 'dp-09',
    reference: '2.2',
    title: 'People and Culture - Key Action 2',
    actions: [
      'Ensure the working environment is inclusive and encourages development.',
      'Review of application of reasonable adjustments for staff, deployment of restricted officers',
      'EDHR awareness needs to be raised at all levels',
      'EPDR roll out',
      'Workforce strategy.',
      'Olympic A/L policy to be subject to full EQIA.',
    ],
    characteristicsAsWritten: 'All',
    owners: [
      'Head of HR',
      'Head of Learning & Development',
      'Diversity Manager - Fiona Washington',
    ],
    ownersAsWritten: 'Head of HR, Head of Learning & Development, Diversity Manager - Fiona Washington',
    dueAsWritten: 'Ongoing',
    progress: [{ text: "The EF have reviewed the process for determining reasonable adjustments are in place and prioritised through DAG, a review of restricted officer deployment has taken place by DAG. Updates are required on progress of both pieces of work. A new Disability 'reasonable adjustment' policy is being developed and will go live in Jan 2012." }],
    risks: [
      'The current block on officers moving roles is impacting on morale and development. There may be a legal challenges if the policy is not applied consistently across the force.',
    ],
    staffSurveyActions: ['5', '8', '11', '14', '15', '20'],
  },
  {
    key: 'dp-10',
    reference: '2.3',
    title: 'People and Culture - Key Action 3',
    actions: [
      'Improve recruitment, retention and development for staff from diverse backgrounds',
      'Review promotion process',
      'Ensure that preferencing processes are EQIA',
      'Exit interviews to capture EDHR issues',
      "Review with PSD the current vetting process for certain roles that force disclosure of PC's",
      'Review process for Flexible working reviews is in line with EQIA, EPDR role out.',
      "Staffing information needs to broader reflect PC's.",
      'We need to ensure we understand changing demographics to the organisation as a result of voluntary & compulsory redundancy and put measures in place to counter any adverse effect.',
    ],
    characteristicsAsWritten: 'All',
    owners: [
      'Head of HR',
      'Head of Learning & Development',
      'Diversity Manager - Fiona Washington',
      'Head of Professional Standards',
    ],
    ownersAsWritten: 'Head of HR, Head of Learning & Development, Diversity Manager - Fiona Washington, Head of Professional Standards',
    dueAsWritten: '1/8/2012',
    progress: [{ text: 'A working group to look at BME progression headed by Chris Rowson has been set up. Revised staffing information has been requested to assist with the publication of information. Exit interviews will be available online for completion. Tina Fergus looking at PBB options post phase 2.' }],
    risks: [
      "Vetting processes may be a barrier to people from certain PC's applying for specialist roles, without an accurate picture of workforce demographics we will not be able to consider positive action in key areas as an option.",
    ],
    staffSurveyActions: ['7', '15', '18'],
  },
  {
    key: 'dp-11',
    reference: '2.3',
    title: 'People and Culture - Key Action 3',
    actions: [
      'Staff survey results pertaining to issues of EDHR to be progressed. These will be captured within the EDHR Programme Board for development - see separate action sheet for staff survey.',
    ],
    characteristicsAsWritten: 'All',
    owners: [
      'Head of HR',
      'Head of Learning & Development',
      'Diversity Manager - Fiona Washington',
    ],
    ownersAsWritten: 'Head of HR, Head of Learning & Development, Diversity Manager - Fiona Washington',
    dueAsWritten: '1/6/2012',
    progress: [{ text: "A meeting has been held with the DCC and SSA to discuss the survey results, an action plan has been drawn up to address the points raised which will be progressed through the EDHR Programme Board, the DCC is leading on the response to the staff survey and all Dept's and LPU's have set up a focus group to address points raised within their local survey's, Newsbeat article to promote the work that will be done. Staff survey EDHR actions will be merged into the EDHR delivery plans." }],
    risks: [
      'Failure to deal with issues raised will affect T&C amongst our workforce.',
    ],
    staffSurveyActions: ['7', '15', '18'],
  },
  {
    key: 'dp-12',
    reference: '2.3',
    title: 'People and Culture - Key Action 3',
    actions: [
      'A skills database is to be developed to ensure we can utilise specialist skills of staff in our service delivery. This is a staff survey action.',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Diversity Manager - Fiona Washington', 'Supt Fraser', 'Head of ICT', 'Head of L&D'],
    ownersAsWritten: 'Diversity Manager - Fiona Washington, Supt Fraser, Head of ICT, Head of L&D',
    dueAsWritten: '1/12/2012',
    progress: [{ text: 'The purpose of such a tool was raised at the EDHR Strategic Board and sig off has been given to develop some proposals, papers of previous research have been gathered for review and a small working group will be set up headed by Supt Fraser to progress this work.' }],
    risks: [
      'Opportunities to better engage communities and influence our policing response are being lost by not recognising the value of diversity offered by our workforce.',
    ],
    staffSurveyActions: [],
  },
  {
    key: 'dp-13',
    reference: '2.4',
    title: 'People and Culture - Key Action 4',
    actions: [
      'Reviewing our approach to Rewards & Recognition as a driver to promoting EDHR',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Head of HR'],
    ownersAsWritten: 'Head of HR',
    dueAsWritten: '1/5/2012',
    progress: [{ text: "A Reward & Recognition Policy exists, LPU's and Dept's hold 6 monthly ceremonies, WMP has recently held a ceremony in relation to the August Disturbances." }],
    risks: [
      'Failure to demonstrate a transparent process will result in a loss in T&C.',
    ],
    staffSurveyActions: ['4', '15'],
  },
  {
    key: 'dp-14',
    reference: '2.5',
    title: 'People and Culture - Key Action 5',
    actions: [
      'Confidence in our professional standards, complaints and misconduct procedures',
      'Review of the breakdown of complaints and misconduct from those within a PC',
      'Learning the lessons - how are these shared',
      'How do we ensure transparency through engagement e.g. Reference Group.',
    ],
    characteristicsAsWritten: 'All',
    owners: ['Head of PSD', 'Head of HR', 'Head of Legal Services'],
    ownersAsWritten: 'Head of PSD, Head of HR, Head of Legal Services',
    dueAsWritten: '1/5/2012',
    progress: [{ text: "Analysis is available for LPU's and Dept's to examine and action locally, a reference group has been set up for a high profile Police Contact Death. Misconduct outcomes are published for all staff to see." }],
    risks: [
      'Failure to demonstrate a transparent process will result in a loss in T&C.',
    ],
    staffSurveyActions: ['15'],
  },
  {
    key: 'dp-15',
    reference: '2.6',
    title: 'People and Culture - Key Action 6',
    actions: [
      'Ensure that our culture and values are at the heart of everything we do.',
      'A rise in capability procedures is being experienced where officers and staff require reasonable adjustments.',
    ],
    characteristicsAsWritten: 'All',
    owners: ['ALL'],
    ownersAsWritten: 'ALL',
    dueAsWritten: '1/4/2012',
    progress: [{ text: 'Mandatory training has taken place for all staff, regarding Taylor issues, learning the lessons are published on PSD website, force resolution procedure is in place. The Equality Forum have been asked to explore the extent of this as a problem and bring a paper back with findings and recommendations.' }],
    risks: [
      'In-effective management of complaints, misconduct, failure to manage under performance will impact on T&C Failure to share lessons learned leads to risk, and increase in Employment Tribunals.',
    ],
    staffSurveyActions: ['13', '15'],
  },
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
    objective: 'wmp-edhr-strategy:op-ka-2',
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
    objective: 'wmp-edhr-strategy:op-ka-3',
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
    objective: 'wmp-edhr-strategy:op-ka-4',
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
    objective: 'wmp-edhr-strategy:op-ka-4',
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
    objective: 'wmp-edhr-strategy:op-ka-5',
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
