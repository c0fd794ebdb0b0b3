import type { PluginManifestInput } from '@edhr/plugin-sdk';

type ObjectiveInput = NonNullable<PluginManifestInput['strategy']['objectives']>[number];

const GOALS_TABLE = 'D & I Strategy 2018 – 2021 - Inclusion from the inside out: D & I Goals table';

interface Goal {
  code: string;
  slug: string;
  /** The goal cell as written: "<n>. <title> – <statement>". */
  cell: string;
  title: string;
  statement: string;
  /** The "Qualitative Outcomes" cell, one item per sentence as written. */
  outcomes: string[];
  /** The "2018/19 focus areas" cell, one item per bullet. */
  focusAreas: string[];
}

const goals: Goal[] = [
  {
    code: '1',
    slug: 'inclusive-culture',
    cell: '1. Inclusive culture – We will build the architecture and environment that sustains an inclusive culture',
    title: 'Inclusive culture',
    statement: 'We will build the architecture and environment that sustains an inclusive culture',
    outcomes: [
      'Rigorous & transparent approach to Inclusion.',
      'Policy, Systems & Processes enable our intent.',
      'Colleagues experience the culture fairly.',
      'Colleagues succeed on merit.',
      'Evident pride in Inclusion - owned by all.',
    ],
    focusAreas: [
      'Strategic planning',
      'Visibility & Dialogue',
      'Governance architecture',
      'Measurement & impact',
      'Dignity at work',
      'Work life/flexible working',
    ],
  },
  {
    code: '2',
    slug: 'inclusive-leadership',
    cell: '2. Inclusive leadership – Our leaders actively lead inclusion & role model inclusive behaviours',
    title: 'Inclusive leadership',
    statement: 'Our leaders actively lead inclusion & role model inclusive behaviours',
    outcomes: [
      'Increased maturity, capability & confidence among leaders across the Force.',
      'Increased visibility & ownership amongst leaders in delivering on D&I outcomes.',
    ],
    focusAreas: ['Capability building', 'Dialogue', 'Diverse role models'],
  },
  {
    code: '3',
    slug: 'colleague-diversity',
    cell: '3. Colleague Diversity – Our workforce will better reflect the communities we serve in order to better serve the communities we reflect',
    title: 'Colleague Diversity',
    statement: 'Our workforce will better reflect the communities we serve in order to better serve the communities we reflect',
    outcomes: [
      'Increased maturity in data modelling & analysis.',
      'Improving trends in workforce representation at all levels.',
      'Inclusive Talent Management approach',
    ],
    focusAreas: ['Ambition setting', 'Recruitment (inc temp)', 'Diverse Talent development'],
  },
  {
    code: '4',
    slug: 'inclusive-reputation-and-service',
    cell: '4. Inclusive reputation and service – We will strive to build trusted relationships with all of the communities we serve',
    title: 'Inclusive reputation and service',
    statement: 'We will strive to build trusted relationships with all of the communities we serve',
    outcomes: [
      'Improved perception of fairness and police legitimacy among all diverse communities.',
      'Reducing trend in disproportionality.',
      'Improved inclusive service delivery.',
      'Effective external partnerships with reciprocal benefit',
    ],
    focusAreas: ['Develop best practice engagement model', 'On-going progress review', 'Build cultural competence'],
  },
];

/** Key of the goal "Inclusive culture", whose outcomes include "Colleagues succeed on merit." */
export const INCLUSIVE_CULTURE_GOAL = 'goal-1.inclusive-culture';

/** Key of the goal "Colleague Diversity", which the workforce figures bear on. */
export const COLLEAGUE_DIVERSITY_GOAL = 'goal-3.colleague-diversity';

export const goalObjectives: ObjectiveInput[] = goals.map((g) => ({
  key: `goal-${g.code}.${g.slug}`,
  // The source writes "1.", "2." …; the number is kept without the list full stop.
  code: g.code,
  kind: 'goal',
  title: g.title,
  statement: g.statement,
  details: [
    { label: 'Qualitative Outcomes', items: g.outcomes },
    { label: '2018/19 focus areas', items: g.focusAreas },
  ],
  source: { location: GOALS_TABLE, quote: g.cell },
}));
