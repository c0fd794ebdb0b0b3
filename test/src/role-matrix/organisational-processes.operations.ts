import { EVERY_CALLER, INTERNAL_AND_SERVICE, OTHER_THEME_ACTION, OTHER_THEME_KPI, OWN_THEME_ACTION, OWN_THEME_KPI, type Cell } from './matrix';

/** Matrix rows owned by organisational-processes: strategies, the plugin registry, KPI measurements and delivery progress. */
export const ORGANISATIONAL_PROCESSES_OPERATIONS: Cell[] = [
  { name: 'strategies (published documents)', subgraph: 'organisational-processes', document: '{ strategies { id } }', field: 'strategies', allowed: EVERY_CALLER },
  { name: 'plugins (registry)', subgraph: 'organisational-processes', document: '{ plugins { id sourceRef } }', field: 'plugins', allowed: INTERNAL_AND_SERVICE },
  {
    name: 'plugin with its deliveries',
    subgraph: 'organisational-processes',
    document: '{ plugin(id: "wmp-edhr-delivery-plan") { id deliveries { status lastError } } }',
    field: 'plugin',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    // Allowed: an empty manifest is refused by validation (BAD_USER_INPUT), nothing registered.
    name: 'registerPlugin',
    subgraph: 'organisational-processes',
    document: 'mutation ($m: JSON!) { registerPlugin(manifest: $m) { id } }',
    variables: { m: {} },
    field: 'registerPlugin',
    allowed: ['admin'],
  },
  {
    // Allowed: no such plugin (NOT_FOUND), nothing changed.
    name: 'setPluginEnabled',
    subgraph: 'organisational-processes',
    document: 'mutation { setPluginEnabled(id: "rm-no-such-plugin", enabled: true) { id } }',
    field: 'setPluginEnabled',
    allowed: ['admin'],
  },
  {
    // Allowed: the period is malformed (BAD_USER_INPUT), nothing recorded.
    name: "recordMeasurement, KPI of the theme owner's theme",
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { value } }',
    variables: { i: { kpi: OWN_THEME_KPI, period: 'not-a-period', value: 1, source: 'role matrix' } },
    field: 'recordMeasurement',
    allowed: ['admin', 'theme-owner'],
  },
  {
    // Allowed: as above, malformed period.
    name: 'recordMeasurement, KPI of another theme',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { value } }',
    variables: { i: { kpi: OTHER_THEME_KPI, period: 'not-a-period', value: 1, source: 'role matrix' } },
    field: 'recordMeasurement',
    allowed: ['admin'],
  },
  {
    // Allowed: the text is empty (BAD_USER_INPUT), nothing recorded. dp-08 (2.1) is a People and Culture row.
    name: "recordProgress, delivery action of the theme owner's theme",
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { version } }',
    variables: { i: { action: OWN_THEME_ACTION, text: ' ', status: 'ON_TRACK', expectedVersion: 1 } },
    field: 'recordProgress',
    allowed: ['admin', 'theme-owner'],
  },
  {
    // Allowed: as above, empty text. dp-01 (1.1) is a Service Delivery row.
    name: 'recordProgress, delivery action of another theme',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { version } }',
    variables: { i: { action: OTHER_THEME_ACTION, text: ' ', status: 'ON_TRACK', expectedVersion: 1 } },
    field: 'recordProgress',
    allowed: ['admin'],
  },
  {
    // Allowed: no such strategy (NOT_FOUND), nothing measured.
    name: 'refreshMeasurements',
    subgraph: 'organisational-processes',
    document: 'mutation { refreshMeasurements(strategy: "rm-no-such-strategy", period: "2024") { kpi } }',
    field: 'refreshMeasurements',
    allowed: ['admin'],
  },
];
