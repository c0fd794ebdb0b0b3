import type { PluginManifestInput } from '@edhr/plugin-sdk';

/** A small plugin with KPIs of each kind the measurement tests need. */
export const kpiTestPlugin: PluginManifestInput = {
  id: 'kpi-test',
  version: '1.0.0',
  name: 'KPI test',
  source: { title: 'A test strategy', publisher: 'Nobody' },
  organisation: { key: 'test-force', name: 'Test Force', kind: 'police-force' },
  strategy: {
    key: 'kpi-test-strategy',
    title: 'KPI test strategy',
    kpis: [{ key: 'strategic', name: 'Strategy-level count', unit: 'count', direction: 'up' }],
  },
  themes: [
    {
      key: 'people',
      name: 'People',
      domain: 'people-culture',
      objectives: [{ key: 'o1', code: '1', kind: 'goal', statement: 'Be representative.' }],
      kpis: [
        { key: 'share', name: 'Share', unit: 'percent', direction: 'up', frequency: 'quarterly', target: { value: 50 }, amberTolerance: 0.1, objective: 'o1' },
        { key: 'complaints', name: 'Complaints', unit: 'count', direction: 'down', frequency: 'annually' },
        {
          key: 'queried',
          name: 'Queried ratio',
          unit: 'ratio',
          direction: 'down',
          frequency: 'annually',
          measuredBy: {
            kind: 'query',
            query:
              'query ($period: String!, $area: String!) { disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", period: $period, area: $area) { rows { ratio { value } } } }',
            variables: { area: 'E23000014' },
            selector: 'disparity.rows.0.ratio.value',
          },
        },
        {
          key: 'queried-no-period',
          name: 'Queried without period',
          unit: 'count',
          direction: 'up',
          frequency: 'annually',
          measuredBy: {
            kind: 'query',
            query: '{ disclosureRate(organisation: "test-force", characteristic: "RACE") { value } }',
            selector: 'disclosureRate.value',
          },
        },
        {
          key: 'queried-broken',
          name: 'Queried, contract changed',
          unit: 'count',
          direction: 'up',
          frequency: 'annually',
          measuredBy: {
            kind: 'query',
            query: '{ representation(organisation: "test-force", characteristic: "RACE", category: "BAME") { overall { value } } }',
            selector: 'representation.overall.value',
          },
        },
      ],
    },
  ],
};
