import type { PluginManifestInput } from '@edhr/plugin-sdk';

type GovernanceInput = NonNullable<PluginManifestInput['governance']>[number];

/** "In a compliance based model Governance is essential": the bodies and roles that slide names. */
export const governance: GovernanceInput[] = [
  {
    key: 'di-governance-board',
    name: 'D & I Governance board',
    kind: 'board',
    description: 'D & I Governance board with sub groups to drive strategy',
  },
  {
    key: 'di-governance-sub-groups',
    name: 'Sub groups of the D & I Governance board',
    kind: 'group',
    description: 'D & I Governance board with sub groups to drive strategy',
    reportsTo: 'di-governance-board',
  },
  {
    key: 'executive-sponsors',
    name: 'Executive sponsors',
    kind: 'lead-role',
    description: 'Executive sponsors for each strand of activity',
  },
  {
    key: 'di-champions',
    name: 'D & I Champions',
    kind: 'champion-role',
    description: 'D & I Champions in place to support organisational learning',
  },
  {
    key: 'local-senior-leadership',
    name: 'Local senior leadership (departmental plans)',
    kind: 'lead-role',
    description: [
      'Departmental plans led by local senior leadership',
      'Departmental plans report into D & I governance board and will be independently assessed.',
    ].join('\n'),
    // The slide says the departmental plans report into the board.
    reportsTo: 'di-governance-board',
  },
];
