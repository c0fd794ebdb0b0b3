import { definePlugin } from '@edhr/plugin-sdk';
import { introduction } from './introduction';
import { goalObjectives } from './goals';
import { planObjectives } from './plan';
import { learningModules } from './learning-modules';
import { workforceKpis } from './workforce';
import { measuredKpis } from './measured-kpis';
import { governance } from './governance';

/**
 * West Midlands Police, D & I Strategy 2018 – 2021 "Inclusion from the inside out": the four
 * D & I goals, the three-year plan, the ten learning modules, the workforce figures it
 * reports and the governance it names.
 *
 * Version 1.1.0 adds three proposed KPIs measured from people-culture data through the
 * federated graph: the BAME share of the workforce, the BAME representation ratio and the
 * BAME/White selection-rate ratio of the latest promotion round to Sergeant.
 *
 * The document does not group its goals, plan or modules under themes (its four "ambitions"
 * are not tied to any of them), so they are all strategy-level objectives and the plugin
 * declares no themes.
 */
export default definePlugin({
  id: 'wmp-inclusion-strategy-2018',
  version: '1.1.0',
  name: 'WMP D & I Strategy 2018 – 2021 "Inclusion from the inside out"',
  description:
    'Four D & I goals with qualitative outcomes and 2018/19 focus areas, the three-year plan, ten learning modules, the workforce figures of the business case and the governance of West Midlands Police\'s D & I Strategy 2018 – 2021.',
  source: {
    title: 'D & I Strategy 2018 – 2021 - Inclusion from the inside out',
    publisher: 'West Midlands Police',
  },
  organisation: {
    key: 'west-midlands-police',
    name: 'West Midlands Police',
    kind: 'police-force',
    areaCode: 'E23000014',
  },
  strategy: {
    key: 'di-strategy-2018-2021',
    title: 'D & I Strategy 2018 – 2021 - Inclusion from the inside out',
    // The document gives years only ("2018 – 2021"). Its first-year focus areas are headed
    // "2018/19", i.e. financial years, so the three plan years are read as 2018/19 to 2020/21.
    periodFrom: '2018-04-01',
    periodTo: '2021-03-31',
    introduction,
    objectives: [...goalObjectives, ...planObjectives, ...learningModules],
    kpis: [...workforceKpis, ...measuredKpis],
  },
  governance,
  sourceDiscrepancies: [
    {
      path: 'strategy.objectives (plan-year-1, plan-year-2, plan-year-3)',
      note: 'The plan table\'s cells were bulleted lists, but the source text runs each cell\'s bullets together with single spaces. They are split back into bullets by reading (e.g. "Education PA Recruitment PA Development" as "Education", "PA Recruitment", "PA Development"); each year keeps its raw cells in source.quote.',
    },
    {
      path: 'strategy.objectives (plan-year-1 .. plan-year-3)',
      note: 'The plan is headed "Our plan will embed D & I within BAU activity in 3 – 5 years", but the table has three years and the strategy is titled 2018 – 2021.',
    },
    {
      path: 'strategy.objectives (learning modules)',
      note: 'The module list shows "Understanding Unconscious Bias" again after the tenth module; it is kept once, so there are ten modules.',
    },
    {
      path: 'strategy.kpis (bame-officers-*, bame-staff-*)',
      note: 'The officer and staff lines sit under "BAME colleagues our biggest opportunity" but do not themselves say BAME; they are read as counts of BAME colleagues by rank and band. Ranks are kept as written, including "Ch. Inps" (read as Chief Inspector) and "Acc".',
    },
    {
      path: 'strategy.kpis (bame-staff-chief-officer-and-co, bame-staff-mb1)',
      note: '"Chief Officer & CO -1, MB1-5" is ambiguous: read as Chief Officer & CO: 1 and MB1: 5, though "MB1-5" could name bands MB1 to MB5.',
    },
    {
      path: 'strategy.kpis[*].measurements[*].period',
      note: 'No workforce figure is dated in the source; each is recorded for 2018, the strategy\'s start year.',
    },
  ],
});
