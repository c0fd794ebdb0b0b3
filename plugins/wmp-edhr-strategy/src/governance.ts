import type { PluginManifestInput } from '@edhr/plugin-sdk';

type GovernanceInput = NonNullable<PluginManifestInput['governance']>[number];

const themeLeadDescription =
  'To ensure accountability at the highest levels of the organisation, the ACC Local Policing will take overall strategic responsibility, with an ACPO-ranked officer or member of police staff taking responsibility for each of the themes, reporting on progress through the EDHR Strategy Board.';

const boardsDescription =
  'A robust governance structure will oversee the delivery of this strategy and our work to improve diversity and equality performance. This will be supported by Senior Leadership through the EDHR Strategic Board and the EDHR Programme Board.';

const ssaSentence =
  'The Support Associations include Disability and Carers Network, Black and Asian Police Association (BAPA), LGBT network, West Midlands Association for Women in Policing (WMAWP), Religion and Belief Group, West Midlands Association of Muslim Police (AMP), Christian Police Network and the Sikh Association.';

/**
 * The bodies and roles the strategy names ("Strategic Themes", "EDHR Strategic Governance and
 * Interdependencies" and "Our Journey"). `reportsTo` is set only where the text says who reports to whom:
 * the theme leads report "through the EDHR Strategy Board", taken to be the EDHR Strategic Board.
 */
export const governance: GovernanceInput[] = [
  {
    key: 'acc-local-policing',
    name: 'ACC Local Policing',
    kind: 'lead-role',
    description: themeLeadDescription,
  },
  {
    key: 'edhr-strategic-board',
    name: 'EDHR Strategic Board',
    kind: 'board',
    description: boardsDescription,
  },
  {
    key: 'edhr-programme-board',
    name: 'EDHR Programme Board',
    kind: 'board',
    description: boardsDescription,
  },
  {
    key: 'acpo-lead-service-delivery',
    name: 'ACPO-ranked officer or member of police staff responsible for Operational/Service Delivery',
    kind: 'lead-role',
    description: themeLeadDescription,
    reportsTo: 'edhr-strategic-board',
  },
  {
    key: 'acpo-lead-people-culture',
    name: 'ACPO-ranked officer or member of police staff responsible for People and Culture',
    kind: 'lead-role',
    description: themeLeadDescription,
    reportsTo: 'edhr-strategic-board',
  },
  {
    key: 'acpo-lead-organisational-processes',
    name: 'ACPO-ranked officer or member of police staff responsible for Organisational Processes',
    kind: 'lead-role',
    description: themeLeadDescription,
    reportsTo: 'edhr-strategic-board',
  },
  {
    key: 'diversity-forums',
    name: 'Diversity forums (LPU and departmental level)',
    kind: 'forum',
    description:
      'We will have oversight and be able to co-ordinate action plans at both LPU and departmental level through the range of diversity forums and other mechanisms available to us.',
  },
  {
    key: 'hub-of-excellence',
    name: 'Hub of excellence',
    kind: 'group',
    description:
      'We have developed a hub of excellence to support and advise WMP on all EDHR issues, keeping the organisation up-to-date with any EDHR changes that will affect our policies and policing style. The hub achieves the delivery of EDHR through the co-ordination of the Staff Support Associations (SSAs), Diversity Champions and Local Policing Unit hubs of excellence.',
  },
  {
    key: 'lpu-hubs-of-excellence',
    name: 'Local Policing Unit hubs of excellence',
    kind: 'group',
    description:
      'The hub achieves the delivery of EDHR through the co-ordination of the Staff Support Associations (SSAs), Diversity Champions and Local Policing Unit hubs of excellence.',
  },
  {
    key: 'diversity-champions',
    name: 'Diversity Champion',
    kind: 'champion-role',
    description:
      'Each Local Policing Unit and department now has a nominated Diversity Champion, who is either a senior police officer (Superintendent) or police staff equivalent. The role of the Diversity Champion is to support the implementation of WMP Equality Strategy at a local level.',
  },
  {
    key: 'staff-support-associations',
    name: 'Staff Support Associations (SSAs)',
    kind: 'group',
    description: `We have reviewed our relationship with the SSAs to ensure a more consistent approach to delivery across the organisation. The SSA members have personal and professional experience of the disadvantages that protected individuals and groups face and can act as catalysts for improvement and change. ${ssaSentence}`,
  },
  // The eight Support Associations, each named as the strategy writes it (the Sikh Association without "the").
  ...(
    [
      ['ssa-disability-and-carers-network', 'Disability and Carers Network'],
      ['ssa-bapa', 'Black and Asian Police Association (BAPA)'],
      ['ssa-lgbt-network', 'LGBT network'],
      ['ssa-wmawp', 'West Midlands Association for Women in Policing (WMAWP)'],
      ['ssa-religion-and-belief-group', 'Religion and Belief Group'],
      ['ssa-amp', 'West Midlands Association of Muslim Police (AMP)'],
      ['ssa-christian-police-network', 'Christian Police Network'],
      ['ssa-sikh-association', 'Sikh Association'],
    ] as const
  ).map(([key, name]): GovernanceInput => ({ key, name, kind: 'staff-network', description: ssaSentence })),
  {
    key: 'reference-groups',
    name: 'Reference Groups',
    kind: 'forum',
    description:
      'A transformation in our approach to community engagement through our local policing teams, who work on every neighbourhood ward across the West Midlands helping to identify and respond to community priorities. We have created Reference Groups and extended our reach through Key Individual Networks to support this engagement.',
  },
  {
    key: 'key-individual-networks',
    name: 'Key Individual Networks',
    kind: 'group',
    description:
      'A transformation in our approach to community engagement through our local policing teams, who work on every neighbourhood ward across the West Midlands helping to identify and respond to community priorities. We have created Reference Groups and extended our reach through Key Individual Networks to support this engagement.',
  },
];
