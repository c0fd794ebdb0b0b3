import type { Caller } from './matrix';

/**
 * Hostile strings sent through the gateway in filters and inputs, and the operations they are sent
 * to. Each pair must come back harmless: no crash, no leaked internals, no data.
 */

export const HOSTILE: [string, string][] = [
  ['an SQL fragment', "x'); DROP TABLE partners.agreement; --"],
  ['LIKE wildcards and escapes', "%_\\' OR '1'='1"],
  ['a 10,000-character string', 'x'.repeat(10_000)],
  ['a null byte', 'abc\u0000def'],
  ['odd Unicode', '\u202Eevil\u200B\uFEFF 𝕏 🏳️‍🌈 ﷽ Z̷̢͔a̶l̵g̸o \uD800'],
];

/** Internal details a caller must never see. */
export const LEAK = /invalid byte sequence|syntax error|violates|relation "|column "|select |insert |update |delete from|at .+\.[jt]s:\d+|node_modules|stack/i;
/** The hostile value for each of $s and $id the document declares. */
export const variablesFor = (document: string, value: string) =>
  Object.fromEntries(['s', 'id'].filter((name) => document.includes(`$${name}:`)).map((name) => [name, value]));
export const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && (value as { totalCount?: number }).totalCount === 0);

export const HOSTILE_OPERATIONS: { name: string; caller: Caller; document: string; field: string }[] = [
  { name: 'strategy by id', caller: 'public', document: 'query ($id: ID!) { strategy(id: $id) { id } }', field: 'strategy' },
  { name: 'kpi by id', caller: 'public', document: 'query ($id: ID!) { kpi(id: $id) { id } }', field: 'kpi' },
  { name: 'delivery action by id', caller: 'public', document: 'query ($id: ID!) { deliveryAction(id: $id) { id } }', field: 'deliveryAction' },
  { name: 'delivery-action filter', caller: 'public', document: 'query ($s: String, $id: ID) { actions(filter: { owner: $s, characteristic: $s, theme: $id, strategy: $id }) { totalCount } }', field: 'actions' },
  { name: 'disparity arguments', caller: 'public', document: 'query ($s: String!) { disparity(dataset: $s, characteristic: "RACE", reference: "WHITE", area: $s, period: $s) { area } }', field: 'disparity' },
  { name: 'findings filter', caller: 'staff', document: 'query ($s: String) { findings(dataset: $s, area: $s) { id } }', field: 'findings' },
  { name: 'audit filter', caller: 'admin', document: 'query ($s: String) { partnerAuditLog(partnerKey: $s) { id } }', field: 'partnerAuditLog' },
  { name: 'staff-survey organisation', caller: 'staff', document: 'query ($id: ID!) { staffSurveyActions(organisation: $id) { number } }', field: 'staffSurveyActions' },
  { name: 'stop-search organisation', caller: 'staff', document: 'query ($id: ID!) { stopSearchAnalysis(organisation: $id, period: { from: "2024-01-01", to: "2024-01-31" }, groupBy: [SEX]) { searches } }', field: 'stopSearchAnalysis' },
  { name: 'measurement input', caller: 'admin', document: 'mutation ($s: String!, $id: ID!) { recordMeasurement(input: { kpi: $id, period: $s, value: 1, source: $s }) { value } }', field: 'recordMeasurement' },
  { name: 'skill input', caller: 'admin', document: 'mutation ($s: String!, $id: ID!) { recordSkill(input: { organisation: $id, member: $s, kind: LANGUAGE, value: $s, consentDate: $s }) { id } }', field: 'recordSkill' },
  { name: 'agreement input', caller: 'admin', document: `mutation ($s: String!) { createAgreement(input: { reference: $s, partnerKey: $s, title: $s, datasets: [$s], characteristics: [$s], areas: [$s], finestPeriod: YEAR, validFrom: $s, validTo: $s }) { reference } }`, field: 'createAgreement' },
  { name: 'workforce CSV', caller: 'staff', document: 'mutation ($s: String!) { importWorkforceSnapshots(csv: $s) { rows } }', field: 'importWorkforceSnapshots' },
  { name: 'plugin id', caller: 'admin', document: 'mutation ($id: ID!) { setPluginEnabled(id: $id, enabled: true) { id } }', field: 'setPluginEnabled' },
];
