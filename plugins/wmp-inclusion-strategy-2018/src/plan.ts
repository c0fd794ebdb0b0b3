import type { PluginManifestInput } from '@edhr/plugin-sdk';

type ObjectiveInput = NonNullable<PluginManifestInput['strategy']['objectives']>[number];

const PLAN_TABLE = 'Our plan will embed D & I within BAU activity in 3 – 5 years (three-year plan table)';

interface PlanYear {
  /** Column heading as written, e.g. "Year 1 – Platform for success". */
  heading: string;
  code: string;
  name: string;
  /**
   * The cells as the source text gives them. Each cell was a bulleted list, but the text
   * export runs the bullets together with single spaces; `objectives` and `areasOfFocus`
   * below are those cells split back into bullets, a reading of the source kept beside
   * the raw cells (see the README).
   */
  raw: { objectives: string; areasOfFocus: string; accountability: string };
  objectives: string[];
  areasOfFocus: string[];
  /** The accountability cell split at "/" into the owners it names. */
  owners: string[];
}

const years: PlanYear[] = [
  {
    heading: 'Year 1 – Platform for success',
    code: 'Year 1',
    name: 'Platform for success',
    raw: {
      objectives:
        'Change the dialogue from Diversity to Inclusion. Support leaders to drive the agenda Improve recruitment representation Drive D & I capability Stakeholder clarity',
      areasOfFocus:
        'Detailed business case Dialogue/courageous conversations Governance processes Leadership capability/ accountability Education PA Recruitment PA Development Dignity at work Inclusive reputation and service Talent identification and development D & I toolkits',
      accountability: 'D & I team',
    },
    objectives: [
      'Change the dialogue from Diversity to Inclusion.',
      'Support leaders to drive the agenda',
      'Improve recruitment representation',
      'Drive D & I capability',
      'Stakeholder clarity',
    ],
    areasOfFocus: [
      'Detailed business case',
      'Dialogue/courageous conversations',
      'Governance processes',
      'Leadership capability/ accountability',
      'Education',
      'PA Recruitment',
      'PA Development',
      'Dignity at work',
      'Inclusive reputation and service',
      'Talent identification and development',
      'D & I toolkits',
    ],
    owners: ['D & I team'],
  },
  {
    heading: 'Year 2 – Enable the business',
    code: 'Year 2',
    name: 'Enable the business',
    raw: {
      objectives:
        "Build D & I into processes HRBP's enable ownership with SLT's Clear and deliverable representation goals Increased public and colleague legitimacy",
      areasOfFocus:
        'Performance management Departmental plans Fairness in policing Cultural competence development Clear external commitment to achievable representation goals Selected external benchmarks Talent identification and development D & I toolkits',
      accountability: 'D & I/POD/Business',
    },
    objectives: [
      'Build D & I into processes',
      "HRBP's enable ownership with SLT's",
      'Clear and deliverable representation goals',
      'Increased public and colleague legitimacy',
    ],
    areasOfFocus: [
      'Performance management',
      'Departmental plans',
      'Fairness in policing',
      'Cultural competence development',
      'Clear external commitment to achievable representation goals',
      'Selected external benchmarks',
      'Talent identification and development',
      'D & I toolkits',
    ],
    owners: ['D & I', 'POD', 'Business'],
  },
  {
    heading: 'Year 3 – Business ownership',
    code: 'Year 3',
    name: 'Business ownership',
    raw: {
      objectives:
        'Make D & I BAU Organisational ownership Reduced reliance on D & I team Clear systems and processes embedded for delivering D & I',
      areasOfFocus:
        'D & I toolkits D & I built into performance objectives for all D & I infrastructure fully embedded and working Best practice model sharing across the Police Force External recognition for successes. (Robust and tangible to share with colleagues) Talent identification and development',
      accountability: 'POD/Business',
    },
    objectives: [
      'Make D & I BAU',
      'Organisational ownership',
      'Reduced reliance on D & I team',
      'Clear systems and processes embedded for delivering D & I',
    ],
    areasOfFocus: [
      'D & I toolkits',
      'D & I built into performance objectives for all',
      'D & I infrastructure fully embedded and working',
      'Best practice model sharing across the Police Force',
      'External recognition for successes. (Robust and tangible to share with colleagues)',
      'Talent identification and development',
    ],
    owners: ['POD', 'Business'],
  },
];

/**
 * Each year of the plan is one `plan-objective` (code "Year n") holding the year's cells as
 * details; each bullet of its "The Objectives" cell is a `plan-objective` under it, owned
 * as the year's accountability cell says.
 */
export const planObjectives: ObjectiveInput[] = years.flatMap((y, yi) => {
  const yearKey = `plan-year-${yi + 1}`;
  const year: ObjectiveInput = {
    key: yearKey,
    code: y.code,
    kind: 'plan-objective',
    title: y.name,
    statement: y.heading,
    owners: y.owners,
    details: [
      { label: 'The Objectives', items: y.objectives },
      { label: 'Areas of focus', items: y.areasOfFocus },
      { label: 'Accountability', items: [y.raw.accountability] },
    ],
    source: {
      location: `${PLAN_TABLE}, column "${y.heading}"`,
      quote: [
        `The Objectives: ${y.raw.objectives}`,
        `Areas of focus: ${y.raw.areasOfFocus}`,
        `Accountability: ${y.raw.accountability}`,
      ].join('\n'),
    },
  };
  const objectives = y.objectives.map(
    (statement, i): ObjectiveInput => ({
      key: `${yearKey}.${i + 1}`,
      kind: 'plan-objective',
      statement,
      parent: yearKey,
      owners: y.owners,
      details: [{ label: 'Accountability', items: [y.raw.accountability] }],
      source: { location: `${PLAN_TABLE}, column "${y.heading}", row "The Objectives"` },
    }),
  );
  return [year, ...objectives];
});
