import type { PluginManifestInput } from '@edhr/plugin-sdk';

type ObjectiveInput = NonNullable<PluginManifestInput['strategy']['objectives']>[number];

interface EqualityObjective {
  slug: string;
  /** The lead-in phrase before the colon. */
  title: string;
  /** The words after the colon, as written. */
  statement: string;
}

/**
 * "Our equality objectives 2024-25": three groups of three. Each objective is written as
 * "<lead-in phrase>: <statement>"; the phrase is the title, the rest the statement, and the
 * group heading is kept as a `Group` detail. The source numbers none of them, so no `code`.
 */
const groups: { group: string; objectives: EqualityObjective[] }[] = [
  {
    group: 'Our communities',
    objectives: [
      {
        slug: 'enhanced-community-understanding',
        // Written across a line break: "Enhanced community" / "understanding:".
        title: 'Enhanced community understanding',
        statement:
          'Through engagement and rigorous equality data analysis, we aim to deepen our understanding of community composition, identifying and addressing patterns of inequality and disparity.',
      },
      {
        slug: 'strengthened-engagement',
        title: 'Strengthened engagement',
        statement:
          'We will cultivate stronger relationships with diverse communities and sustain collaboration with Independent Advisory Groups to foster trust and inclusion.',
      },
      {
        slug: 'promoting-confidence',
        title: 'Promoting confidence',
        statement:
          'Emphasising openness and transparency, we invite scrutiny on vital issues such as use of force, stop and search procedures, custody, hate crimes, and victim satisfaction to bolster community confidence.',
      },
    ],
  },
  {
    group: 'Our organisation',
    objectives: [
      {
        slug: 'promoting-transparency-and-accountability',
        // Written across a line break: "Promoting transparency and" / "accountability:".
        title: 'Promoting transparency and accountability',
        statement:
          'We commit to maximum transparency and encourage scrutiny by Staff Networks, Independent Advisory Groups, and stakeholders. We will demonstrate responsiveness to feedback and publish essential equality data.',
      },
      {
        slug: 'workforce-development',
        title: 'Workforce development',
        statement:
          'Ensuring all officers and police staff possess a robust understanding of how equality, diversity, and inclusion contribute to a positive, dynamic organisational culture and an efficient police service.',
      },
      {
        slug: 'enhancing-workforce-understanding',
        // The statement follows the heading "Enhancing workforce understanding:" as its own paragraph.
        title: 'Enhancing workforce understanding',
        statement:
          'Implementing systems for thorough workforce analysis to address any under-representation or disproportionality, employing innovative recruitment, retention, and progression strategies. We will actively involve the workforce in embedding inclusive practices.',
      },
    ],
  },
  {
    group: 'Our partners',
    objectives: [
      {
        slug: 'understanding-the-partnership-landscape',
        // Written across a line break: "Understanding the partnership" / "landscape:".
        title: 'Understanding the partnership landscape',
        statement:
          'Through collaboration with organisations such as Criminal Justice System agencies, local authorities, NHS, and voluntary sector partners, we will analyse data to highlight disparities in service provision, prioritising the needs of victims and service users.',
      },
      {
        slug: 'addressing-disparities',
        title: 'Addressing disparities',
        statement:
          'Working alongside partners, we will explain and, where necessary, mitigate disparities to enhance service quality.',
      },
      {
        slug: 'joint-service-delivery',
        title: 'Joint service delivery',
        statement:
          'Developing effective public service strategies in collaboration with partners, particularly for vulnerable communities at risk of crime and involvement with the criminal justice system.',
      },
    ],
  },
];

export const equalityObjectives: ObjectiveInput[] = groups.flatMap(({ group, objectives }) =>
  objectives.map(
    (o): ObjectiveInput => ({
      key: `eo-2024-25.${o.slug}`,
      kind: 'equality-objective',
      title: o.title,
      statement: o.statement,
      details: [{ label: 'Group', items: [group] }],
      source: { location: `Our equality objectives 2024-25 – ${group}` },
    }),
  ),
);
