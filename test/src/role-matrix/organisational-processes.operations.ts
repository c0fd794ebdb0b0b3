import { EVERY_CALLER, INTERNAL, INTERNAL_AND_SERVICE, ORG, OTHER_THEME_ACTION, OTHER_THEME_KPI, OWN_THEME_ACTION, OWN_THEME_KPI, type Cell } from './matrix';

/** Matrix rows owned by organisational-processes: strategies, the plugin registry, KPI measurements and delivery progress. */
export const ORGANISATIONAL_PROCESSES_OPERATIONS: Cell[] = [
  { name: 'strategies (published documents)', subgraph: 'organisational-processes', document: '{ strategies { id } }', field: 'strategies', allowed: EVERY_CALLER },
  { name: 'kpi by id (published documents)', subgraph: 'organisational-processes', document: `{ kpi(id: "${OWN_THEME_KPI}") { id } }`, field: 'kpi', allowed: EVERY_CALLER },
  {
    name: 'deliveryAction by id (published documents)',
    subgraph: 'organisational-processes',
    document: `{ deliveryAction(id: "${OWN_THEME_ACTION}") { id } }`,
    field: 'deliveryAction',
    allowed: EVERY_CALLER,
  },
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
  { name: 'eqias (register)', subgraph: 'organisational-processes', document: `{ eqias(organisation: "${ORG}") { id } }`, field: 'eqias', allowed: INTERNAL },
  { name: 'eqia (detail)', subgraph: 'organisational-processes', document: '{ eqia(id: "00000000-0000-4000-8000-000000000000") { id } }', field: 'eqia', allowed: INTERNAL },
  {
    // Allowed: the title is blank (BAD_USER_INPUT), nothing written. pc-ka-1 is a key action of the theme owner's theme.
    name: "createEqia, objective of the theme owner's theme",
    subgraph: 'organisational-processes',
    document: 'mutation ($i: CreateEqiaInput!) { createEqia(input: $i) { id } }',
    variables: { i: { organisation: ORG, title: ' ', kind: 'POLICY', objectives: ['wmp-edhr-theme-2-people-culture:pc-ka-1'] } },
    field: 'createEqia',
    allowed: ['admin', 'theme-owner'],
  },
  {
    name: 'createEqia, objective of another theme',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: CreateEqiaInput!) { createEqia(input: $i) { id } }',
    variables: { i: { organisation: ORG, title: ' ', kind: 'POLICY', objectives: ['wmp-edhr-theme-1-service-delivery:sd-ka-1'] } },
    field: 'createEqia',
    allowed: ['admin'],
  },
  {
    // Allowed: no such EQIA (NOT_FOUND), nothing changed.
    name: 'updateEqia',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: UpdateEqiaInput!) { updateEqia(input: $i) { id } }',
    variables: { i: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, title: 'x' } },
    field: 'updateEqia',
    allowed: ['admin', 'theme-owner'],
  },
  {
    // Allowed: no such EQIA (NOT_FOUND), nothing recorded.
    name: 'recordEqiaReview',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordEqiaReviewInput!) { recordEqiaReview(input: $i) { id } }',
    variables: { i: { eqia: '00000000-0000-4000-8000-000000000000', reviewedOn: '2020-01-01', outcome: 'x', expectedVersion: 1 } },
    field: 'recordEqiaReview',
    allowed: ['admin', 'theme-owner'],
  },
  { name: 'engagementRecords', subgraph: 'organisational-processes', document: `{ engagementRecords(organisation: "${ORG}") { id } }`, field: 'engagementRecords', allowed: INTERNAL },
  {
    // Allowed: the date is malformed (BAD_USER_INPUT), nothing recorded.
    name: "recordEngagement, objective of the theme owner's theme",
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordEngagementInput!) { recordEngagement(input: $i) { id } }',
    variables: { i: { organisation: ORG, heldOn: 'not-a-date', groupKind: 'REFERENCE_GROUP', groupName: 'x', topic: 'x', objectives: ['wmp-edhr-theme-2-people-culture:pc-ka-1'] } },
    field: 'recordEngagement',
    allowed: ['admin', 'theme-owner'],
  },
  {
    name: 'recordEngagement, objective of another theme',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordEngagementInput!) { recordEngagement(input: $i) { id } }',
    variables: { i: { organisation: ORG, heldOn: 'not-a-date', groupKind: 'REFERENCE_GROUP', groupName: 'x', topic: 'x', objectives: ['wmp-edhr-theme-1-service-delivery:sd-ka-1'] } },
    field: 'recordEngagement',
    allowed: ['admin'],
  },
  {
    // Allowed: no such body (NOT_FOUND), nothing recorded.
    name: 'recordBoardMeeting',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordBoardMeetingInput!) { recordBoardMeeting(input: $i) { id } }',
    variables: { i: { body: 'wmp-edhr-strategy:rm-no-such-body', heldOn: '2020-01-01', decisions: ['x'] } },
    field: 'recordBoardMeeting',
    allowed: ['admin'],
  },
  {
    name: 'GovernanceBody.meetings',
    subgraph: 'organisational-processes',
    document: '{ strategy(id: "wmp-edhr-strategy") { governance { meetings { heldOn } } } }',
    field: 'strategy.governance',
    allowed: INTERNAL,
  },
  {
    name: 'boardPack',
    subgraph: 'organisational-processes',
    document: '{ boardPack(body: "wmp-edhr-strategy:edhr-programme-board", asOf: "2020-01-01") { id } }',
    field: 'boardPack',
    allowed: INTERNAL,
  },
  {
    name: 'equalityInformation (public parts only)',
    subgraph: 'organisational-processes',
    document: `{ equalityInformation(organisation: "${ORG}", year: 2020) { year published eqiasCompleted { id } engagement { id } } }`,
    field: 'equalityInformation',
    allowed: EVERY_CALLER,
  },
];
