import type { PluginManifestInput } from '@edhr/plugin-sdk';
import { COLLEAGUE_DIVERSITY_GOAL, INCLUSIVE_CULTURE_GOAL } from './goals';

type KpiInput = NonNullable<PluginManifestInput['strategy']['kpis']>[number];

const ORGANISATION = 'west-midlands-police';

/**
 * Round id under which the force imports the outcome of its most recent promotion process to
 * Sergeant, so that a query with a fixed argument measures the latest round each year. Each file
 * must list every group (0 where there is none) with the round's period: a later file replaces
 * the figures group by group, and a group left out would keep the earlier round's figures.
 */
export const LATEST_SERGEANT_PROMOTION_ROUND = 'wmp-sergeant-promotion-latest';

/**
 * KPIs the strategy implies but does not state, measured through the federated graph from the
 * people-culture subgraph's public fields. Values are recorded against the period an admin
 * refreshes them for (`refreshMeasurements`); the queries read the latest data held at that time.
 */
const proposed = { status: 'proposed', frequency: 'annually' } as const;

export const measuredKpis: KpiInput[] = [
  {
    key: 'bame-share-of-workforce-measured',
    name: 'BAME colleagues as a share of the organisation, measured from the workforce snapshot',
    description:
      'Proposed from the business case figure "12 % of organisation" and goal 3 (Colleague Diversity). BAME officers, staff and volunteers ' +
      "÷ everyone in the latest people-culture workforce snapshot for RACE (non-disclosure included in the total), as a ratio from 0 to 1. " +
      'Counts the category imported as "BAME". The baseline is the strategy\'s 12 % written as 0.12.',
    unit: 'ratio',
    direction: 'up',
    objective: COLLEAGUE_DIVERSITY_GOAL,
    baseline: { value: 0.12, period: '2018' },
    characteristics: ['RACE'],
    ...proposed,
    measuredBy: {
      kind: 'query',
      query: `query BameWorkforceShare { representation(organisation: "${ORGANISATION}", characteristic: "RACE", category: "BAME") { overall { workforceShare } } }`,
      selector: 'representation.overall.workforceShare',
    },
  },
  {
    key: 'bame-representation-ratio',
    name: 'BAME representation ratio: share of the organisation ÷ share of the community',
    description:
      'Proposed from the business case ("12 % of organisation", "30% of the community") and goal 3: "Our workforce will better reflect the ' +
      'communities we serve". The BAME share of the latest workforce snapshot ÷ the BAME share of the community population imported into ' +
      'people-culture for the force (e.g. Census 2021, West Midlands police force area). 1 is proportionate, below 1 under-represented. ' +
      'The baseline is the strategy\'s 12 % ÷ 30 % = 0.4.',
    unit: 'ratio',
    direction: 'up',
    objective: COLLEAGUE_DIVERSITY_GOAL,
    baseline: { value: 0.4, period: '2018' },
    characteristics: ['RACE'],
    ...proposed,
    measuredBy: {
      kind: 'query',
      query: `query BameRepresentationRatio { representation(organisation: "${ORGANISATION}", characteristic: "RACE", category: "BAME") { overall { value } } }`,
      selector: 'representation.overall.value',
    },
  },
  {
    key: 'promotion-selection-rate-ratio-bame',
    name: 'Promotion to Sergeant: BAME selection rate ÷ White selection rate',
    description:
      'Proposed from goal 1\'s outcome "Colleagues succeed on merit." and goal 3\'s "Inclusive Talent Management approach". Successful ÷ ' +
      `applicants for BAME candidates, divided by the same for White candidates, in the round imported as "${LATEST_SERGEANT_PROMOTION_ROUND}" ` +
      '(the most recent promotion process to Sergeant). Below 0.8 is adverse impact under the four-fifths rule; 1 is parity.',
    unit: 'ratio',
    direction: 'up',
    objective: INCLUSIVE_CULTURE_GOAL,
    characteristics: ['RACE'],
    ...proposed,
    measuredBy: {
      kind: 'query',
      query: `query PromotionSelectionRateRatio { selectionRates(round: "${LATEST_SERGEANT_PROMOTION_ROUND}", characteristic: "RACE", organisation: "${ORGANISATION}", reference: "White") { groups { category ratio } } }`,
      selector: 'selectionRates.groups.category=BAME.ratio',
    },
  },
];
