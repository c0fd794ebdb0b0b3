import type { PluginManifestInput } from '@edhr/plugin-sdk';
import { COLLEAGUE_DIVERSITY_GOAL } from './goals';

type KpiInput = NonNullable<PluginManifestInput['strategy']['kpis']>[number];

const DOC = 'WMP D&I Strategy 2018-2021';
const BUSINESS_CASE = `${DOC}, Business case for D & I in WMP – Attract, retain and develop the best talent`;
const POLICING_CONTEXT = `${DOC}, Policing context around D & I is unique`;

/** The document dates none of its workforce figures; the strategy's start year stands in. */
const PERIOD = '2018';
const NO_YEAR = "The document gives no year for this figure; 2018, the strategy's start year, is used.";

const OFFICERS_LINE = 'Officers - 2 at Ch. Supt / 22 at Insp / 9 at Ch. Inps / 88 at Sgt/0 at Acc/1 at Supt.';
const STAFF_LINE = 'Staff - Band C lower -196/Band E-12/Band E lower-6/Chief Officer & CO -1, MB1-5';
const BAME_READING =
  'Listed under "BAME colleagues our biggest opportunity"; the line does not itself say BAME, and is read as the number of BAME colleagues.';

const shares: KpiInput[] = [
  {
    key: 'bame-share-of-workforce',
    name: 'BAME colleagues as a share of the organisation',
    description: 'BAME officers and police staff as a percentage of the organisation.',
    unit: 'percent',
    direction: 'up',
    objective: COLLEAGUE_DIVERSITY_GOAL,
    characteristics: ['RACE'],
    measurements: [
      { period: PERIOD, value: 12, source: BUSINESS_CASE, note: `Written "12 % of organisation". ${NO_YEAR}` },
    ],
  },
  {
    key: 'bame-share-of-community',
    name: 'BAME share of the community',
    description:
      'BAME people as a percentage of the West Midlands community: the benchmark the workforce share is read against, not a performance measure.',
    unit: 'percent',
    direction: 'up',
    objective: COLLEAGUE_DIVERSITY_GOAL,
    characteristics: ['RACE'],
    measurements: [
      { period: PERIOD, value: 30, source: BUSINESS_CASE, note: `Written "30% of the community". ${NO_YEAR}` },
    ],
  },
  {
    key: 'bame-share-of-birmingham',
    name: 'BAME share of the population of Birmingham',
    description: 'BAME people as a percentage of Birmingham: a benchmark, not a performance measure.',
    unit: 'percent',
    direction: 'up',
    objective: COLLEAGUE_DIVERSITY_GOAL,
    characteristics: ['RACE'],
    measurements: [{ period: PERIOD, value: 42, source: BUSINESS_CASE, note: `Written "42% of Birmingham". ${NO_YEAR}` }],
  },
];

const headcounts: KpiInput[] = [
  {
    key: 'officer-headcount',
    name: 'Police officers in WMP',
    description: 'Number of police officers employed by West Midlands Police.',
    unit: 'count',
    direction: 'up',
    measurements: [
      {
        period: PERIOD,
        value: 6600,
        source: POLICING_CONTEXT,
        note: `About 6,600: written "approximately 6600 Officers". ${NO_YEAR}`,
      },
    ],
  },
  {
    key: 'police-staff-headcount',
    name: 'Police staff in WMP',
    description: 'Number of police staff employed by West Midlands Police.',
    unit: 'count',
    direction: 'up',
    measurements: [
      {
        period: PERIOD,
        value: 3500,
        source: POLICING_CONTEXT,
        note: `About 3,500: written "approximately 6600 Officers and 3500 Police staff". ${NO_YEAR}`,
      },
    ],
  },
];

interface Group {
  slug: string;
  /** The rank or band exactly as written. */
  asWritten: string;
  value: number;
  reading?: string;
}

const officerRanks: Group[] = [
  { slug: 'ch-supt', asWritten: 'Ch. Supt', value: 2 },
  { slug: 'insp', asWritten: 'Insp', value: 22 },
  { slug: 'ch-insp', asWritten: 'Ch. Inps', value: 9, reading: '"Ch. Inps" as written, read as Chief Inspector.' },
  { slug: 'sgt', asWritten: 'Sgt', value: 88 },
  { slug: 'acc', asWritten: 'Acc', value: 0, reading: '"Acc" as written, read as Assistant Chief Constable.' },
  { slug: 'supt', asWritten: 'Supt', value: 1 },
];

const staffBands: Group[] = [
  { slug: 'band-c-lower', asWritten: 'Band C lower', value: 196 },
  { slug: 'band-e', asWritten: 'Band E', value: 12 },
  { slug: 'band-e-lower', asWritten: 'Band E lower', value: 6 },
  {
    slug: 'chief-officer-and-co',
    asWritten: 'Chief Officer & CO',
    value: 1,
    reading: '"Chief Officer & CO -1, MB1-5" is read as Chief Officer & CO: 1 and MB1: 5.',
  },
  {
    slug: 'mb1',
    asWritten: 'MB1',
    value: 5,
    reading:
      '"Chief Officer & CO -1, MB1-5" is read as Chief Officer & CO: 1 and MB1: 5; "MB1-5" could also name bands MB1 to MB5, with no figure of its own.',
  },
];

const byGroup = (kind: 'officers' | 'staff', groups: Group[], line: string): KpiInput[] =>
  groups.map((g) => ({
    key: `bame-${kind}-${g.slug}`,
    name: kind === 'officers' ? `BAME officers at ${g.asWritten}` : `BAME police staff in ${g.asWritten}`,
    description: `${kind === 'officers' ? 'Rank' : 'Band'} as written: "${g.asWritten}". From the line "${line}". ${BAME_READING}`,
    unit: 'count',
    direction: 'up',
    objective: COLLEAGUE_DIVERSITY_GOAL,
    characteristics: ['RACE'],
    measurements: [
      {
        period: PERIOD,
        value: g.value,
        source: BUSINESS_CASE,
        note: [g.reading, NO_YEAR].filter(Boolean).join(' '),
      },
    ],
  }));

export const workforceKpis: KpiInput[] = [
  ...shares,
  ...headcounts,
  ...byGroup('officers', officerRanks, OFFICERS_LINE),
  ...byGroup('staff', staffBands, STAFF_LINE),
];
