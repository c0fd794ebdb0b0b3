import {
  AGREEMENT,
  AREA,
  CSV_REFUSED_BY_VALIDATION,
  EVERYONE_BUT_PARTNERS,
  EVERY_CALLER,
  INTERNAL,
  ORG,
  OTHER_AREA,
  PARTNER,
  agreementInput,
  disparity,
  type Cell,
} from './matrix';

/** Matrix rows owned by partners: disparity, findings, agreements, agencies, uploads and API keys. */
export const PARTNERS_OPERATIONS: Cell[] = [
  { name: 'denominatorSources (public census figures)', subgraph: 'partners', document: '{ denominatorSources { source } }', field: 'denominatorSources', allowed: EVERY_CALLER },
  {
    name: "disparity, within the partner's agreement",
    subgraph: 'partners',
    document: disparity('stop-search', AREA, '2024-Q1'),
    field: 'disparity',
    allowed: [...EVERYONE_BUT_PARTNERS, 'partner'],
  },
  { name: 'disparity, another area', subgraph: 'partners', document: disparity('stop-search', OTHER_AREA, '2024-Q1'), field: 'disparity', allowed: EVERYONE_BUT_PARTNERS },
  { name: 'disparity, another dataset', subgraph: 'partners', document: disparity('use-of-force', AREA, '2024-Q1'), field: 'disparity', allowed: EVERYONE_BUT_PARTNERS },
  {
    name: 'disparity, finer than the agreement allows',
    subgraph: 'partners',
    document: disparity('stop-search', AREA, '2024-Q1', 'MONTH'),
    field: 'disparity',
    allowed: EVERYONE_BUT_PARTNERS,
  },
  { name: 'findings', subgraph: 'partners', document: '{ findings { id } }', field: 'findings', allowed: [...INTERNAL, 'partner'] },
  { name: 'findings, another area', subgraph: 'partners', document: `{ findings(area: "${OTHER_AREA}") { id } }`, field: 'findings', allowed: INTERNAL },
  {
    // A partner's own agreements (none, for the partner without one).
    name: 'dataSharingAgreements, own',
    subgraph: 'partners',
    document: '{ dataSharingAgreements { reference } }',
    field: 'dataSharingAgreements',
    allowed: ['staff', 'admin', 'partner', 'partner-without-agreement'],
  },
  {
    name: "dataSharingAgreements, another partner's",
    subgraph: 'partners',
    document: '{ dataSharingAgreements(partnerKey: "rm-someone-else") { reference } }',
    field: 'dataSharingAgreements',
    allowed: ['staff', 'admin'],
  },
  { name: 'partnerAgencies', subgraph: 'partners', document: '{ partnerAgencies { key } }', field: 'partnerAgencies', allowed: ['staff', 'admin'] },
  { name: 'partnerAuditLog', subgraph: 'partners', document: '{ partnerAuditLog { id } }', field: 'partnerAuditLog', allowed: ['admin'] },
  {
    // Allowed: the key is malformed (BAD_USER_INPUT), nothing created.
    name: 'createPartnerAgency',
    subgraph: 'partners',
    document: 'mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }',
    variables: { i: { key: 'Not A Key', name: 'x', sector: 'x', organisationKey: ORG } },
    field: 'createPartnerAgency',
    allowed: ['admin'],
  },
  {
    // Allowed: the reference is malformed (BAD_USER_INPUT), nothing created.
    name: 'createAgreement',
    subgraph: 'partners',
    document: 'mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }',
    variables: { i: agreementInput('!not a reference', PARTNER) },
    field: 'createAgreement',
    allowed: ['admin'],
  },
  {
    // Allowed: the expected version is stale (CONFLICT), nothing written.
    name: 'updateAgreement',
    subgraph: 'partners',
    document: `mutation { updateAgreement(reference: "${AGREEMENT}", expectedVersion: 999, changes: { title: "changed" }) { version } }`,
    field: 'updateAgreement',
    allowed: ['admin'],
  },
  {
    // Allowed: the table has no population column (refused all or nothing), nothing imported.
    name: 'importPopulation',
    subgraph: 'partners',
    document: 'mutation ($i: PopulationImportInput!) { importPopulation(input: $i) { accepted } }',
    variables: { i: { source: 'rm', edition: '1', characteristic: 'RACE', content: CSV_REFUSED_BY_VALIDATION } },
    field: 'importPopulation',
    allowed: ['admin'],
  },
  {
    // Allowed: the table has unknown columns (refused all or nothing), nothing stored.
    name: 'uploadStatistics',
    subgraph: 'partners',
    document: 'mutation ($i: StatisticsUploadInput!) { uploadStatistics(input: $i) { accepted } }',
    variables: { i: { content: CSV_REFUSED_BY_VALIDATION } },
    field: 'uploadStatistics',
    allowed: ['service', 'admin', 'partner', 'partner-without-agreement'],
  },
  {
    // Allowed: the period is malformed (BAD_USER_INPUT), nothing detected.
    name: 'detectFindings',
    subgraph: 'partners',
    document: `mutation { detectFindings(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "${AREA}", period: "not-a-period") { created } }`,
    field: 'detectFindings',
    allowed: INTERNAL,
  },
  {
    // Allowed: the id is not a finding id (BAD_USER_INPUT), nothing explained.
    name: 'explainFinding',
    subgraph: 'partners',
    document: 'mutation { explainFinding(id: "rm-not-an-id", expectedVersion: 1, explanation: { text: "x", evidence: ["y"] }) { id } }',
    field: 'explainFinding',
    allowed: INTERNAL,
  },
  {
    // Allowed: as above.
    name: 'linkReformAction',
    subgraph: 'partners',
    document: 'mutation { linkReformAction(id: "rm-not-an-id", expectedVersion: 1, deliveryAction: "x") { id } }',
    field: 'linkReformAction',
    allowed: INTERNAL,
  },
  {
    name: 'partnerApiKeys',
    subgraph: 'partners',
    document: `{ partnerApiKeys(partner: "${PARTNER}") { keyId lastUsedAt } }`,
    field: 'partnerApiKeys',
    allowed: ['admin'],
  },
  {
    // Allowed: the label is empty (BAD_USER_INPUT), no key created.
    name: 'createPartnerApiKey',
    subgraph: 'partners',
    document: `mutation { createPartnerApiKey(partner: "${PARTNER}", label: " ") { key } }`,
    field: 'createPartnerApiKey',
    allowed: ['admin'],
  },
  {
    // Allowed: the id is not an API key id (BAD_USER_INPUT), nothing revoked.
    name: 'revokePartnerApiKey',
    subgraph: 'partners',
    document: 'mutation { revokePartnerApiKey(id: "rm-not-an-id") { revokedAt } }',
    field: 'revokePartnerApiKey',
    allowed: ['admin'],
  },
  {
    // Allowed: a made-up key resolves to null and records no use. The gateway's own check of an x-api-key.
    name: 'resolvePartnerApiKey',
    subgraph: 'partners',
    document: `mutation { resolvePartnerApiKey(key: "edhr_${'0'.repeat(16)}_${'A'.repeat(43)}") { partnerKey } }`,
    field: 'resolvePartnerApiKey',
    allowed: ['service'],
  },
  {
    // Entity resolution: the gateway fetches BoardPack.openFindings through partners' _entities.
    name: 'BoardPack.openFindings (entity resolution)',
    subgraph: 'partners',
    document: '{ boardPack(body: "wmp-edhr-strategy:edhr-programme-board", asOf: "2020-01-01") { openFindings { id } } }',
    field: 'boardPack',
    allowed: ['staff', 'theme-owner', 'admin'],
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on BoardPack { openFindings { id } } } }',
      variables: { r: [{ __typename: 'BoardPack', id: 'rm', areaCode: AREA }] },
      field: '_entities.0',
    },
  },
  {
    name: 'Eqia.findings (entity resolution)',
    subgraph: 'partners',
    document: `{ eqias(organisation: "west-midlands-police") { findings { id } } }`,
    field: 'eqias',
    allowed: ['staff', 'theme-owner', 'admin'],
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Eqia { findings { id } } } }',
      variables: { r: [{ __typename: 'Eqia', id: 'rm', findingIds: ['00000000-0000-4000-8000-000000000000'] }] },
      field: '_entities.0',
    },
  },
  {
    name: 'Eqia.unknownFindingIds (entity resolution)',
    subgraph: 'partners',
    document: `{ eqias(organisation: "west-midlands-police") { unknownFindingIds } }`,
    field: 'eqias',
    allowed: ['staff', 'theme-owner', 'admin'],
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Eqia { unknownFindingIds } } }',
      variables: { r: [{ __typename: 'Eqia', id: 'rm', findingIds: ['00000000-0000-4000-8000-000000000000'] }] },
      field: '_entities.0',
    },
  },
  {
    // Public: the published figures under disclosure control, whoever asks.
    name: 'EqualityInformation.serviceDeliveryDisparity (entity resolution)',
    subgraph: 'partners',
    document: '{ equalityInformation(organisation: "west-midlands-police", year: 2020) { serviceDeliveryDisparity { dataset } } }',
    field: 'equalityInformation',
    allowed: EVERY_CALLER,
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on EqualityInformation { serviceDeliveryDisparity { dataset } } } }',
      variables: { r: [{ __typename: 'EqualityInformation', organisationId: 'west-midlands-police', year: 2020, areaCode: AREA }] },
      field: '_entities.0',
    },
  },
];
