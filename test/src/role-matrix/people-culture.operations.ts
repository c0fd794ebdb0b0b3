import { CSV_REFUSED_BY_VALIDATION, EVERY_CALLER, INTERNAL_AND_SERVICE, ORG, type Cell } from './matrix';

/** Matrix rows owned by people-culture: staff-survey actions, workforce figures, skills and imports. */
export const PEOPLE_CULTURE_OPERATIONS: Cell[] = [
  {
    name: 'staffSurveyActions',
    subgraph: 'people-culture',
    document: `{ staffSurveyActions(organisation: "${ORG}") { number } }`,
    field: 'staffSurveyActions',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    // The contacts' owners are resolved by organisational-processes, but the plan itself stays internal.
    name: 'staffSurveyActions with their contacts as owners',
    subgraph: 'people-culture',
    document: `{ staffSurveyActions(organisation: "${ORG}") { number contactOwner { id name } localOwnerAsOwner { id } } }`,
    field: 'staffSurveyActions',
    allowed: INTERNAL_AND_SERVICE,
    // People-culture knows only an owner's id.
    direct: { document: `{ staffSurveyActions(organisation: "${ORG}") { number contactOwner { id } localOwnerAsOwner { id } } }`, field: 'staffSurveyActions' },
  },
  {
    name: 'representation',
    subgraph: 'people-culture',
    document: `{ representation(organisation: "${ORG}", characteristic: "RACE", category: "BLACK", communityGroup: 10, communityTotal: 100) { characteristic } }`,
    field: 'representation',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'selectionRates',
    subgraph: 'people-culture',
    document: '{ selectionRates(round: "rm-no-round", characteristic: "RACE") { computable } }',
    field: 'selectionRates',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'disclosureRate',
    subgraph: 'people-culture',
    document: `{ disclosureRate(organisation: "${ORG}", characteristic: "RACE") { computable } }`,
    field: 'disclosureRate',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'skillsSummary (suppressed counts)',
    subgraph: 'people-culture',
    document: `{ skillsSummary(organisation: "${ORG}") { threshold } }`,
    field: 'skillsSummary',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'skillRecords (record by record)',
    subgraph: 'people-culture',
    document: `{ skillRecords(organisation: "${ORG}") { member } }`,
    field: 'skillRecords',
    allowed: ['admin'],
  },
  {
    // Allowed: the consent date is malformed (BAD_USER_INPUT), nothing recorded.
    name: 'recordSkill',
    subgraph: 'people-culture',
    document: 'mutation ($i: SkillRecordInput!) { recordSkill(input: $i) { id } }',
    variables: { i: { organisation: ORG, member: 'rm-member', kind: 'LANGUAGE', value: 'Punjabi', consentDate: 'not-a-date' } },
    field: 'recordSkill',
    allowed: ['admin'],
  },
  {
    // Allowed: idempotent — the member has no records, so 0 are deleted.
    name: 'withdrawSkillConsent',
    subgraph: 'people-culture',
    document: `mutation { withdrawSkillConsent(organisation: "${ORG}", member: "rm-nobody") }`,
    field: 'withdrawSkillConsent',
    allowed: ['admin'],
  },
  {
    // Allowed: the actions are not a list (BAD_USER_INPUT), nothing synced.
    name: 'syncStaffSurveyActions',
    subgraph: 'people-culture',
    document: 'mutation ($i: StaffSurveySyncInput!) { syncStaffSurveyActions(input: $i) { received } }',
    variables: { i: { pluginId: 'rm-plugin', pluginVersion: '1.0.0', organisation: ORG, strategy: 'rm-strategy', actions: 'not a list' } },
    field: 'syncStaffSurveyActions',
    allowed: ['service', 'admin'],
  },
  // Allowed: every workforce import gets a CSV with an unknown header (BAD_USER_INPUT), nothing imported.
  ...['importWorkforceSnapshots', 'importJoinersAndLeavers', 'importSelectionRounds', 'importGrievancesAndMisconduct', 'importCommunityPopulation'].map(
    (mutation): Cell => ({
      name: mutation,
      subgraph: 'people-culture',
      document: `mutation ($csv: String!) { ${mutation}(csv: $csv) { rows } }`,
      variables: { csv: CSV_REFUSED_BY_VALIDATION },
      field: mutation,
      allowed: ['staff', 'admin'],
    }),
  ),
  {
    // Entity resolution: the gateway fetches Objective.staffSurveyActions through people-culture's _entities.
    name: 'Objective.staffSurveyActions (entity resolution)',
    subgraph: 'people-culture',
    document: '{ strategy(id: "wmp-edhr-strategy") { themes { objectives { staffSurveyActions { number } } } } }',
    // Nullable: a refused caller gets the strategy with this field null.
    field: 'strategy.themes.0.objectives.0.staffSurveyActions',
    allowed: INTERNAL_AND_SERVICE,
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { staffSurveyActions { number } } } }',
      variables: { r: [{ __typename: 'Objective', id: 'wmp-edhr-strategy:rm', code: '2.2', strategyKey: 'wmp-edhr-strategy' }] },
      field: '_entities.0.staffSurveyActions',
    },
  },
  {
    name: 'DeliveryAction.staffSurveyActions (entity resolution)',
    subgraph: 'people-culture',
    document: '{ strategy(id: "wmp-edhr-strategy") { actions { staffSurveyActions { number } } } }',
    field: 'strategy.actions.0.staffSurveyActions',
    allowed: INTERNAL_AND_SERVICE,
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on DeliveryAction { staffSurveyActions { number } } } }',
      variables: { r: [{ __typename: 'DeliveryAction', id: 'wmp-edhr-delivery-plan:rm', strategyKey: 'wmp-edhr-strategy', staffSurveyActionNumbers: ['1'] }] },
      field: '_entities.0.staffSurveyActions',
    },
  },
  {
    // Public: shares only, small groups withheld, whoever asks.
    name: 'EqualityInformation.workforceRepresentation (entity resolution)',
    subgraph: 'people-culture',
    document: `{ equalityInformation(organisation: "${ORG}", year: 2020) { workforceRepresentation { characteristic } } }`,
    field: 'equalityInformation',
    allowed: EVERY_CALLER,
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on EqualityInformation { workforceRepresentation { characteristic } } } }',
      variables: { r: [{ __typename: 'EqualityInformation', organisationId: ORG, year: 2020 }] },
      field: '_entities.0',
    },
  },
];
