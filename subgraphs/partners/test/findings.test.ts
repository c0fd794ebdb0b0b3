import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@edhr/kit';
import type { FetchLike } from '../src/findings/reform-action-check';
import { findingRatioThreshold } from '../src/findings/finding-rule.config';
import { isFinding } from '../src/findings/finding-rule';
import { ADMIN, HARNESS_CLOCK, PUBLIC, SERVICE, STAFF, openPartnersHarness, partner, type PartnersHarness } from './partners-harness';
import { DISPARITY, IMPORT_POPULATION, TEST_DENOMINATOR, UPLOAD, WEST_MERCIA, WEST_MIDLANDS, publishedValue, seed } from './fixtures';

/**
 * Custody in West Midlands, 2024-Q1, against the test denominator (fixtures.ts):
 *   WHITE 300 / 600,000 × 1,000 = 0.5 (reference)
 *   BLACK  60 /  40,000 × 1,000 = 1.5 → RRR 3.0, significant          → a finding
 *   MIXED  12 /  20,000 × 1,000 = 0.6 → RRR 1.2, interval spans 1     → none
 *   ASIAN  70 / 100,000 × 1,000 = 0.7 → RRR 1.4, significant, < 1.5   → none
 */
const CUSTODY_CSV = `dataset,period,area,characteristic,category,count
custody,2024-Q1,${WEST_MIDLANDS},RACE,WHITE,300
custody,2024-Q1,${WEST_MIDLANDS},RACE,BLACK,60
custody,2024-Q1,${WEST_MIDLANDS},RACE,MIXED,12
custody,2024-Q1,${WEST_MIDLANDS},RACE,ASIAN,70
`;

/** Stop and search in West Mercia, outside partner bcc's agreement: BLACK 50 / 10,000 vs WHITE 250 / 500,000, RRR 10. */
const WEST_MERCIA_POPULATION_CSV = `area,category,population\n${WEST_MERCIA},BLACK,10000\n${WEST_MERCIA},WHITE,500000\n`;
const westMerciaStopSearch = (black: number) =>
  `dataset,period,area,characteristic,category,count\nstop-search,2024-Q1,${WEST_MERCIA},RACE,WHITE,250\nstop-search,2024-Q1,${WEST_MERCIA},RACE,BLACK,${black}\n`;

const FINDING_FIELDS = `id dataset characteristic category reference area period source ratio lower upper standardError count population
  referenceCount referencePopulation figuresWithheld denominator { source edition } stillQualifies status version
  reformLinkedBy reformAction { id } explanations { text evidence explainedBy explainedAt findingVersion }`;

const DETECT = `mutation ($dataset: String!, $area: String!, $ds: String, $de: String) {
  detectFindings(dataset: $dataset, characteristic: "RACE", reference: "WHITE", area: $area, period: "2024-Q1",
                 denominatorSource: $ds, denominatorEdition: $de) {
    created updated unchanged threshold denominator { source edition } findings { ${FINDING_FIELDS} }
  }
}`;
const LIST = `query ($dataset: String, $area: String, $status: FindingStatus) {
  findings(dataset: $dataset, area: $area, status: $status) { ${FINDING_FIELDS} }
}`;
const EXPLAIN = `mutation ($id: ID!, $v: Int!, $explanation: FindingExplanationInput!) {
  explainFinding(id: $id, expectedVersion: $v, explanation: $explanation) { ${FINDING_FIELDS} }
}`;
const LINK = `mutation ($id: ID!, $v: Int!, $action: ID!) {
  linkReformAction(id: $id, expectedVersion: $v, deliveryAction: $action) { ${FINDING_FIELDS} }
}`;

const testDenominator = { ds: TEST_DENOMINATOR.source, de: TEST_DENOMINATOR.edition };
const custody = { dataset: 'custody', area: WEST_MIDLANDS, ...testDenominator };

describe('findings: explain or reform', { timeout: 120_000 }, () => {
  let h: PartnersHarness;
  const findingOf = async (dataset: string, area: string, category: string) => {
    const data = await h.ok(LIST, { dataset, area }, STAFF);
    return data.findings.find((f: any) => f.category === category);
  };

  // organisational-processes as linkReformAction sees it: two West Midlands rows and one West Mercia commitment.
  const OP_SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
  const opCalls: { subject: string; roles: string[]; query: string }[] = [];
  const ACTIONS: Record<string, string> = {
    'wmp-edhr-theme-1-service-delivery:dp-05': 'wmp-edhr-strategy',
    'wmp-edhr-theme-1-service-delivery:dp-06': 'wmp-edhr-strategy',
    'west-mercia-dei-strategy:c-1': 'west-mercia-dei-2024-25',
  };
  const AREAS: Record<string, { id: string; areaCode: string }> = {
    'wmp-edhr-strategy': { id: 'west-midlands-police', areaCode: WEST_MIDLANDS },
    'west-mercia-dei-2024-25': { id: 'west-mercia-police', areaCode: WEST_MERCIA },
  };
  const fakeOrganisationalProcesses: FetchLike = async (_url, init) => {
    const identity = await verifyInternalToken(init.headers[INTERNAL_TOKEN_HEADER], OP_SECRET, HARNESS_CLOCK);
    const { query, variables } = JSON.parse(init.body) as { query: string; variables: any };
    opCalls.push({ subject: identity.subject, roles: identity.roles, query: query.split('(')[0]! });
    const data = query.includes('_entities')
      ? { _entities: variables.r.map((r: { id: string }) => (ACTIONS[r.id] ? { id: r.id, strategyKey: ACTIONS[r.id] } : null)) }
      : { strategy: AREAS[variables.k] ? { organisation: AREAS[variables.k] } : null };
    return { status: 200, text: async () => JSON.stringify({ data }) };
  };

  beforeAll(async () => {
    h = await openPartnersHarness((built) => ({
      ...built,
      reformActions: { url: 'http://organisational-processes.test/graphql', secret: OP_SECRET, clock: HARNESS_CLOCK, fetch: fakeOrganisationalProcesses },
    }));
    await seed(h);
    await h.ok(IMPORT_POPULATION, { input: { ...TEST_DENOMINATOR, characteristic: 'RACE', content: WEST_MERCIA_POPULATION_CSV } }, ADMIN);
    await h.ok(UPLOAD, { content: CUSTODY_CSV }, SERVICE);
    await h.ok(UPLOAD, { content: westMerciaStopSearch(50) }, SERVICE);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('applies the threshold and its inverse, read from FINDING_RATIO_THRESHOLD', () => {
    expect(findingRatioThreshold({})).toBe(1.5);
    expect(findingRatioThreshold({ FINDING_RATIO_THRESHOLD: '2' })).toBe(2);
    expect(() => findingRatioThreshold({ FINDING_RATIO_THRESHOLD: '0.5' })).toThrow(ConfigError);
    expect(() => findingRatioThreshold({ FINDING_RATIO_THRESHOLD: '0.5' })).toThrow(/FINDING_RATIO_THRESHOLD="0.5" is invalid: must be at least 1/);
    expect(isFinding({ value: 1.5, significant: true }, 1.5)).toBe(true);
    expect(isFinding({ value: 1.4, significant: true }, 1.5)).toBe(false);
    // 1 ÷ 1.5 = 0.6667: 0.6 is beyond it, 0.7 is not.
    expect(isFinding({ value: 0.6, significant: true }, 1.5)).toBe(true);
    expect(isFinding({ value: 0.7, significant: true }, 1.5)).toBe(false);
    expect(isFinding({ value: 6, significant: false }, 1.5)).toBe(false);
  });

  it('turns a hand-worked significant disparity into exactly one finding, and re-detection creates nothing', async () => {
    const first = await h.ok(DETECT, custody, STAFF);
    expect(first.detectFindings).toMatchObject({
      created: 1,
      updated: 0,
      unchanged: 0,
      threshold: 1.5,
      denominator: { source: 'Test population', edition: '1' },
    });
    expect(first.detectFindings.findings).toHaveLength(1);
    const finding = first.detectFindings.findings[0];
    // RRR = (60 / 40,000) ÷ (300 / 600,000) = 1.5 ÷ 0.5 = 3.0
    // SE(ln RRR) = √(1/60 − 1/40,000 + 1/300 − 1/600,000)
    //            = √(0.0166667 − 0.0000250 + 0.0033333 − 0.0000017) = √0.0199733 = 0.141327
    // CI = exp(ln 3 ± 1.959964 × 0.141327) = exp(1.098612 ± 0.276996) = exp(0.821616), exp(1.375608)
    //    = 2.2742 to 3.9575 → excludes 1, and 3.0 ≥ 1.5.
    expect(finding).toMatchObject({
      dataset: 'custody',
      characteristic: 'RACE',
      category: 'BLACK',
      reference: 'WHITE',
      area: WEST_MIDLANDS,
      period: '2024-Q1',
      source: 'service-delivery',
      count: 60,
      population: 40000,
      referenceCount: 300,
      referencePopulation: 600000,
      figuresWithheld: null,
      denominator: { source: 'Test population', edition: '1' },
      stillQualifies: true,
      status: 'OPEN',
      version: 1,
      reformAction: null,
      explanations: [],
    });
    expect(finding.ratio).toBeCloseTo(3.0, 6);
    expect(finding.standardError).toBeCloseTo(0.141327, 5);
    expect(finding.lower).toBeCloseTo(2.2742, 4);
    expect(finding.upper).toBeCloseTo(3.9575, 4);

    const again = await h.ok(DETECT, custody, STAFF);
    expect(again.detectFindings).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(again.detectFindings.findings).toEqual(first.detectFindings.findings);
    expect(await h.count('finding', `dataset = 'custody'`)).toBe(1);
  });

  it('makes no finding of a non-significant disparity or one below the threshold', async () => {
    // MIXED: RRR 1.2, SE = √(1/12 − 1/20,000 + 1/300 − 1/600,000) = 0.294304,
    //        CI = exp(0.182322 ± 0.576826) = 0.6740 to 2.1365 → spans 1.
    // ASIAN: RRR 1.4, SE = √(1/70 − 1/100,000 + 1/300 − 1/600,000) = 0.132693,
    //        CI = exp(0.336472 ± 0.260073) = 1.0794 to 1.8158 → significant, but 1.4 < 1.5 and > 1 ÷ 1.5.
    const staffView = await h.ok(
      `{ disparity(dataset: "custody", characteristic: "RACE", reference: "WHITE", area: "${WEST_MIDLANDS}", period: "2024-Q1",
                   denominatorSource: "Test population", denominatorEdition: "1") { rows { category ratio { value lower upper significant } } } }`,
      {},
      STAFF,
    );
    const ratioOf = (c: string) => staffView.disparity.rows.find((r: any) => r.category === c).ratio;
    expect(ratioOf('MIXED').significant).toBe(false);
    expect(ratioOf('MIXED').lower).toBeCloseTo(0.674, 3);
    expect(ratioOf('ASIAN')).toMatchObject({ significant: true });
    expect(ratioOf('ASIAN').value).toBeCloseTo(1.4, 6);
    expect(ratioOf('ASIAN').lower).toBeCloseTo(1.0794, 4);
    expect(await h.count('finding', `dataset = 'custody' and category in ('MIXED', 'ASIAN')`)).toBe(0);
  });

  it('keeps a finding whose ratio is no longer significant, recording the latest figures', async () => {
    const first = await h.ok(DETECT, { dataset: 'stop-search', area: WEST_MERCIA, ...testDenominator }, ADMIN);
    expect(first.detectFindings).toMatchObject({ created: 1 });
    expect(first.detectFindings.findings[0]).toMatchObject({ category: 'BLACK', count: 50, stillQualifies: true, version: 1 });
    expect(first.detectFindings.findings[0].ratio).toBeCloseTo(10, 6);
    // BLACK falls to 5: 5 / 10,000 = 0.5 per 1,000, the reference rate; RRR 1.0, CI 0.4127 to 2.4230.
    await h.ok(UPLOAD, { content: westMerciaStopSearch(5) }, SERVICE);
    const later = await h.ok(DETECT, { dataset: 'stop-search', area: WEST_MERCIA, ...testDenominator }, ADMIN);
    expect(later.detectFindings).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const kept = later.detectFindings.findings[0];
    expect(kept).toMatchObject({ id: first.detectFindings.findings[0].id, status: 'OPEN', count: 5, stillQualifies: false, version: 2 });
    expect(kept.ratio).toBeCloseTo(1.0, 6);
    expect(kept.lower).toBeCloseTo(0.4127, 4);
    expect(await h.count('finding', `dataset = 'stop-search' and area = '${WEST_MERCIA}'`)).toBe(1);
  });

  it('refuses an explanation without evidence, naming evidence, and writes nothing', async () => {
    const finding = await findingOf('custody', WEST_MIDLANDS, 'BLACK');
    const none = await h.run(EXPLAIN, { id: finding.id, v: 1, explanation: { text: 'Arrest referrals', evidence: [] } }, STAFF);
    expect(none.errors?.[0]?.message).toBe('explanation.evidence: must name at least one document, analysis or link');
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'explanation.evidence' });
    const blank = await h.run(EXPLAIN, { id: finding.id, v: 1, explanation: { text: 'x', evidence: ['  '] } }, STAFF);
    expect(blank.errors?.[0]?.message).toBe('explanation.evidence: item 1 is empty');
    const noText = await h.run(EXPLAIN, { id: finding.id, v: 1, explanation: { text: ' ', evidence: ['report.pdf'] } }, STAFF);
    expect(noText.errors?.[0]?.message).toBe('explanation.text: must not be empty');
    expect(await h.count('finding_explanation')).toBe(0);
    expect((await findingOf('custody', WEST_MIDLANDS, 'BLACK')).version).toBe(1);
  });

  it('records who explained and when, closes the finding, refuses a stale version and keeps every explanation', async () => {
    const finding = await findingOf('custody', WEST_MIDLANDS, 'BLACK');
    const explanation = { text: 'Custody follows arrests made on warrants from other forces.', evidence: ['custody-review-2024.pdf'] };
    const data = await h.ok(EXPLAIN, { id: finding.id, v: 1, explanation }, STAFF);
    const explained = data.explainFinding;
    expect(explained).toMatchObject({ status: 'EXPLAINED', version: 2 });
    expect(explained.explanations).toHaveLength(1);
    expect(explained.explanations[0]).toMatchObject({ ...explanation, explainedBy: 'staff-user', findingVersion: 1 });
    expect(explained.explanations[0].explainedAt).toEqual(HARNESS_CLOCK.now());

    // Another editor still holding version 1.
    const stale = await h.run(EXPLAIN, { id: finding.id, v: 1, explanation: { text: 'Overwrite', evidence: ['x'] } }, ADMIN);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toBe(`Finding ${finding.id} has changed since version 1 (it is now version 2); reload it and try again.`);
    expect(await h.count('finding_explanation')).toBe(1);

    const second = await h.ok(
      EXPLAIN,
      { id: finding.id, v: 2, explanation: { text: 'Confirmed by the 2024 audit.', evidence: ['audit.xlsx', 'https://example.org/minutes'] } },
      { subject: 'theme-owner-user', roles: ['theme-owner'] },
    );
    expect(second.explainFinding.version).toBe(3);
    expect(second.explainFinding.explanations.map((e: any) => [e.text, e.explainedBy, e.findingVersion])).toEqual([
      [explanation.text, 'staff-user', 1],
      ['Confirmed by the 2024 audit.', 'theme-owner-user', 2],
    ]);
    // Append-only in the database as well.
    await expect(h.orm.em.getConnection().execute(`update "partners"."finding_explanation" set text = 'changed'`)).rejects.toThrow(/append-only/);

    const missing = await h.run(EXPLAIN, { id: '00000000-0000-4000-8000-000000000000', v: 1, explanation }, STAFF);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await h.run(EXPLAIN, { id: 'nope', v: 1, explanation }, STAFF);
    expect(malformed.errors?.[0]?.message).toBe('id: "nope" is not a finding id');
  });

  it('links a reform action, sets REFORMING and returns the delivery action by key', async () => {
    const detected = await h.ok(DETECT, { dataset: 'stop-search', area: WEST_MIDLANDS, ...testDenominator }, STAFF);
    // Black 6.0, Mixed 2.0 and Asian 0.08 (≤ 1 ÷ 1.5) are all significant (disparity.test.ts works them out).
    expect(detected.detectFindings.findings.map((f: any) => f.category)).toEqual(['ASIAN', 'BLACK', 'MIXED']);
    expect(detected.detectFindings.created).toBe(3);
    const black = detected.detectFindings.findings.find((f: any) => f.category === 'BLACK');
    // Refused, naming the field, with nothing changed: an action that does not exist, or one of another force.
    const unknown = await h.run(LINK, { id: black.id, v: 1, action: 'wmp-edhr-delivery-plan:1.3' }, STAFF);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryAction' });
    expect(unknown.errors?.[0]?.message).toBe('deliveryAction: no delivery action "wmp-edhr-delivery-plan:1.3" exists');
    const otherForce = await h.run(LINK, { id: black.id, v: 1, action: 'west-mercia-dei-strategy:c-1' }, STAFF);
    expect(otherForce.errors?.[0]?.message).toBe(
      `deliveryAction: delivery action "west-mercia-dei-strategy:c-1" belongs to organisation "west-mercia-police" (area ${WEST_MERCIA}), not to the organisation of the finding's area ${WEST_MIDLANDS}`,
    );
    const unchanged = (await h.ok(LIST, { dataset: 'stop-search', area: WEST_MIDLANDS }, STAFF)).findings.find((f: any) => f.id === black.id);
    expect(unchanged).toMatchObject({ status: 'OPEN', version: 1, reformAction: null });

    opCalls.length = 0;
    const data = await h.ok(LINK, { id: black.id, v: 1, action: 'wmp-edhr-theme-1-service-delivery:dp-05' }, STAFF);
    expect(data.linkReformAction).toMatchObject({
      status: 'REFORMING',
      version: 2,
      reformAction: { id: 'wmp-edhr-theme-1-service-delivery:dp-05' },
      reformLinkedBy: 'staff-user',
    });
    // Asked as the service role: the action, then its strategy's organisation.
    expect(opCalls).toEqual([
      { subject: 'partners', roles: ['service'], query: 'query ReformAction' },
      { subject: 'partners', roles: ['service'], query: 'query ReformActionOrganisation' },
    ]);
    const stale = await h.run(LINK, { id: black.id, v: 1, action: 'wmp-edhr-theme-1-service-delivery:dp-06' }, STAFF);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const empty = await h.run(LINK, { id: black.id, v: 2, action: ' ' }, STAFF);
    expect(empty.errors?.[0]?.message).toBe('deliveryAction: must not be empty');

    // The subgraph declares DeliveryAction only as a key it cannot resolve.
    const sdl = (await h.ok(`{ _service { sdl } }`, {}, STAFF))._service.sdl as string;
    expect(sdl).toMatch(/type DeliveryAction\s+@key\(fields: "id", resolvable: false\)\s+\{\s+id: ID!\s+\}/);
  });

  it('lists findings by dataset, area and status', async () => {
    const open = await h.ok(LIST, { dataset: 'stop-search', area: WEST_MIDLANDS, status: 'OPEN' }, STAFF);
    expect(open.findings.map((f: any) => f.category)).toEqual(['ASIAN', 'MIXED']);
    const reforming = await h.ok(LIST, { status: 'REFORMING' }, ADMIN);
    expect(reforming.findings.map((f: any) => [f.dataset, f.category])).toEqual([['stop-search', 'BLACK']]);
    const all = await h.ok(LIST, {}, STAFF);
    expect(all.findings).toHaveLength(5);
  });

  it('shows a partner only findings within its live agreements whose category its disparity answer shows, with its figures; the public none', async () => {
    // The partner's own answer for the findings' table: perturbed counts, withheld below 10.
    const answer = await h.ok(DISPARITY, { dataset: 'stop-search', area: WEST_MIDLANDS, period: '2024-Q1', ...testDenominator }, partner('bcc'));
    const rowOf = (c: string) => answer.disparity.rows.find((r: any) => r.category === c);
    const shown = ['ASIAN', 'BLACK', 'MIXED'].filter((c) => rowOf(c).count !== null && rowOf('WHITE').count !== null);
    const before = await h.count('audit_entry');
    const data = await h.ok(LIST, {}, partner('bcc'));
    // Only stop-search in West Midlands is covered (not custody, not West Mercia), and only where the category is shown.
    expect(data.findings.map((f: any) => [f.dataset, f.area, f.category])).toEqual(shown.map((c) => ['stop-search', WEST_MIDLANDS, c]));
    expect(shown).toContain('BLACK');
    for (const finding of data.findings) {
      const row = rowOf(finding.category);
      // The figures are the answer's: perturbed counts and the ratio worked out from them, never the exact ones detected.
      expect(finding).toMatchObject({ count: row.count, referenceCount: rowOf('WHITE').count, population: row.denominator });
      expect(finding.ratio).toBe(row.ratio.value);
      expect(finding.lower).toBe(row.ratio.lower);
      expect(finding.upper).toBe(row.ratio.upper);
    }
    const black = data.findings.find((f: any) => f.category === 'BLACK');
    expect(black).toMatchObject({ count: publishedValue({ category: 'BLACK', firstDay: '2024-01-01', lastDay: '2024-03-31' }, 120), figuresWithheld: null, status: 'REFORMING' });
    // Asian's 4 and Mixed's 20 (the exact figures these findings were detected on) never appear.
    const asian = data.findings.find((f: any) => f.category === 'ASIAN');
    if (asian) expect(asian.count).not.toBe(4);
    else expect(rowOf('ASIAN')).toMatchObject({ count: null, suppressed: true });

    const outside = await h.run(LIST, { dataset: 'custody' }, partner('bcc'));
    expect(outside.errors?.[0]).toMatchObject({ message: 'no live agreement covers dataset custody', extensions: { code: 'FORBIDDEN' } });
    const otherArea = await h.run(LIST, { dataset: 'stop-search', area: WEST_MERCIA }, partner('bcc'));
    expect(otherArea.errors?.[0]?.message).toBe(`no live agreement covers dataset stop-search in area ${WEST_MERCIA}`);
    const expired = await h.run(LIST, {}, partner('old-partner'));
    expect(expired.errors?.[0]?.message).toBe('agreement WMP-DSA-OLD expired on 2023-12-31');
    expect(await h.count('audit_entry')).toBe(before + 4);
    const log = await h.ok(`{ partnerAuditLog(partnerKey: "bcc", limit: 3) { operation outcome agreementReference rowsReturned } }`, {}, ADMIN);
    expect(log.partnerAuditLog).toContainEqual({ operation: 'findings', outcome: 'answered', agreementReference: 'WMP-DSA-1', rowsReturned: shown.length });

    const pub = await h.run(LIST, {}, PUBLIC);
    expect(pub.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only staff, admins and theme owners detect, explain and link', async () => {
    const finding = await findingOf('stop-search', WEST_MIDLANDS, 'ASIAN');
    for (const who of [partner('bcc'), PUBLIC, SERVICE]) {
      const detect = await h.run(DETECT, custody, who);
      expect(detect.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const explain = await h.run(EXPLAIN, { id: finding.id, v: finding.version, explanation: { text: 'x', evidence: ['y'] } }, who);
      expect(explain.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const link = await h.run(LINK, { id: finding.id, v: finding.version, action: 'a:1' }, who);
      expect(link.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await findingOf('stop-search', WEST_MIDLANDS, 'ASIAN')).status).toBe('OPEN');
  });

  it('gives a board pack its area\'s open findings and an EQIA the findings it names, to the force\'s own people only', async () => {
    const open = await h.ok(LIST, { area: WEST_MIDLANDS, status: 'OPEN' }, STAFF);
    const all = await h.ok(LIST, { area: WEST_MIDLANDS }, STAFF);
    expect(all.findings.length).toBeGreaterThan(open.findings.length);
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on BoardPack { openFindings { id status } } ... on Eqia { findings { id } unknownFindingIds } } }`;
    const named = [all.findings[0].id, '00000000-0000-4000-8000-000000000000'];
    const r = [
      { __typename: 'BoardPack', id: 'wmp-edhr-strategy:edhr-programme-board@2024-06-01', areaCode: WEST_MIDLANDS },
      { __typename: 'Eqia', id: '11111111-1111-4111-8111-111111111111', findingIds: named },
    ];
    const data = await h.ok(ENTITIES, { r }, STAFF);
    expect(data._entities[0].openFindings.map((f: any) => f.id)).toEqual(open.findings.map((f: any) => f.id));
    expect(data._entities[0].openFindings.every((f: any) => f.status === 'OPEN')).toBe(true);
    expect(data._entities[1].findings).toEqual([{ id: all.findings[0].id }]);
    expect(data._entities[1].unknownFindingIds).toEqual(['00000000-0000-4000-8000-000000000000']);
    const refused = await h.run(ENTITIES, { r }, PUBLIC);
    expect(new Set(refused.errors?.map((e: any) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(refused.data ?? null)).not.toContain(all.findings[0].id);
  });
});
