import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type Clock, type Identity } from '@edhr/kit';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { count, openRegistrySubgraph, seedPlugins, type RegistrySubgraph } from './registry-database';


const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
const OP_OWNER: Identity = { subject: 'op-owner', roles: ['theme-owner'], themes: ['wmp-edhr-theme-3-organisational-processes:organisational-processes'] };
const SD_OWNER: Identity = { subject: 'sd-owner', roles: ['theme-owner'], themes: ['wmp-edhr-theme-1-service-delivery:service-delivery'] };
// 23:30 UTC on 30 June 2027 is already 1 July in the UK.
const clock = fixedClock('2027-06-30T23:30:00Z');
const S = '"organisational_processes"';
const WMP = 'west-midlands-police';
const EQIA_KA = 'wmp-edhr-theme-3-organisational-processes:op-ka-2';

const FIELDS = `id title kind owner stage completedOn dueAsWritten dueDate decision justification reviewDue reviewOverdue version pluginId
  negativeFor impacts { characteristic impact evidence } objectives { id } mitigations { id } reviews { reviewedOn outcome decision nextReviewDue recordedBy }
  engagement { groupKind topic }`;
const CREATE = `mutation ($input: CreateEqiaInput!) { createEqia(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateEqiaInput!) { updateEqia(input: $input) { ${FIELDS} } }`;
const REVIEW = `mutation ($input: RecordEqiaReviewInput!) { recordEqiaReview(input: $input) { ${FIELDS} } }`;

const stopSearchEqia = {
  organisation: WMP,
  title: 'Stop and search: use of section 60 authorisations',
  kind: 'OPERATION',
  owner: 'Supt Johnson',
  stage: 'COMPLETED',
  completedOn: '2026-05-01',
  impacts: [
    { characteristic: 'RACE', impact: 'NEGATIVE', evidence: 'Black people searched 3.15 times as often as White people (June 2017)' },
    { characteristic: 'AGE', impact: 'NEGATIVE', evidence: 'Most searches are of people under 25' },
    { characteristic: 'SEX', impact: 'NEUTRAL', evidence: 'No difference beyond the population\'s' },
  ],
  consultation: 'Stop and Search Scrutiny Group, Birmingham',
  decision: 'ADJUST',
  mitigations: ['wmp-edhr-theme-1-service-delivery:dp-05'],
  objectives: [EQIA_KA],
  reviewDue: '2027-05-01',
};

describe('EQIA register', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF, at: Clock = clock) => {
    return db.execute(source, variableValues, identity, { clock: at }) as Promise<any>;
  };
  const rows = (table: string) => count(db.orm, `select count(*) as n from ${S}.${table}`);

  beforeAll(async () => {
    db = await openRegistrySubgraph();
    const registry = new PluginRegistrationService(db.orm.em, clock);
    for (const plugin of seedPlugins) await registry.register(plugin, { sourceKind: 'module', sourceRef: 'test' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('holds the EQIAs the delivery plan names, as written, every impact unknown', async () => {
    const result = await run(`{ eqias(organisation: "${WMP}") { ${FIELDS} sourceQuote } }`);
    expect(result.errors).toBeUndefined();
    const eqias = result.data.eqias as any[];
    expect(eqias.map((e) => e.title).sort()).toEqual([
      'Community Cohesion PBB EQIA',
      'EQIA of the Job Descriptions for Local Policing',
      'EQIA of the current PBB',
      'EQIA re Front Offices',
      'EQIA to review the Community Cohesion Principles being devolved to LPUs from the Centre',
      'Olympic A/L policy EQIA',
    ]);
    const front = eqias.find((e) => e.title === 'EQIA re Front Offices');
    expect(front).toMatchObject({
      kind: 'PROJECT',
      stage: 'PLANNED',
      owner: null,
      dueDate: '2012-01-18',
      dueAsWritten: 'EQIA re Front Offices will be completed - 18/01/2012',
      decision: null,
      reviewDue: null,
      reviewOverdue: null,
      pluginId: 'wmp-edhr-theme-1-service-delivery',
      mitigations: [{ id: 'wmp-edhr-theme-1-service-delivery:dp-01' }],
      objectives: [{ id: 'wmp-edhr-theme-1-service-delivery:sd-ka-1' }],
      engagement: [{ groupKind: 'COMMUNITY', topic: 'Front Office Service Delivery' }],
    });
    expect(front.impacts).toHaveLength(9);
    expect(front.impacts.every((i: any) => i.impact === 'UNKNOWN' && i.evidence === null)).toBe(true);
    expect(eqias.find((e) => e.title === 'Olympic A/L policy EQIA').sourceQuote).toBe('Olympic A/L policy to be subject to full EQIA.');
  });

  it('is internal: the public cannot read it', async () => {
    const result = await run(`{ eqias(organisation: "${WMP}") { id } }`, {}, { subject: 'anonymous', roles: ['public'] });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates an assessment, shows its review as overdue once the date passes, and filters on it', async () => {
    const created = await run(CREATE, { input: stopSearchEqia }, OP_OWNER);
    expect(created.errors).toBeUndefined();
    const eqia = created.data.createEqia;
    expect(eqia).toMatchObject({ stage: 'COMPLETED', decision: 'ADJUST', version: 1, reviewDue: '2027-05-01', negativeFor: ['AGE', 'RACE'] });
    expect(eqia.impacts.find((i: any) => i.characteristic === 'DISABILITY')).toEqual({ characteristic: 'DISABILITY', impact: 'UNKNOWN', evidence: null });
    // Today (UK) is 1 July 2027: the review due on 1 May 2027 is overdue; on 1 May itself it was not.
    expect(eqia.reviewOverdue).toBe(true);
    const onTheDay = await run(`{ eqia(id: "${eqia.id}") { reviewOverdue } }`, {}, STAFF, fixedClock('2027-05-01T22:59:00Z'));
    expect(onTheDay.data.eqia.reviewOverdue).toBe(false);
    const overdue = await run(`{ eqias(organisation: "${WMP}", filter: { reviewOverdue: true }) { id } }`);
    expect(overdue.data.eqias).toEqual([{ id: eqia.id }]);
    const negative = await run(`{ eqias(organisation: "${WMP}", filter: { negativeFor: "RACE", decision: ADJUST }) { id } }`);
    expect(negative.data.eqias).toEqual([{ id: eqia.id }]);
    const none = await run(`{ eqias(organisation: "${WMP}", filter: { negativeFor: "DISABILITY" }) { id } }`);
    expect(none.data.eqias).toEqual([]);
  });

  it('refuses bad input naming the field and the reason, writing nothing', async () => {
    const before = await rows('eqia');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ title: ' ' }, 'title', /must not be empty/],
      [{ completedOn: '2027-07-02' }, 'completedOn', /in the future/],
      [{ decision: 'CONTINUE' }, 'justification', /needs a justification/],
      [{ impacts: [{ characteristic: 'RACE', impact: 'NEGATIVE' }] }, 'impacts[0].evidence', /needs its evidence/],
      [{ impacts: [{ characteristic: 'ETHNICITY', impact: 'UNKNOWN' }] }, 'impacts[0].characteristic', /not a protected characteristic/],
      [{ mitigations: ['wmp-edhr-theme-3-organisational-processes:dp-99'] }, 'mitigations[0]', /not a current delivery action of west-midlands-police/],
      [{ objectives: ['west-mercia-dei-strategy:our-people'] }, 'objectives[0]', /not a current objective of west-midlands-police/],
      [{ stage: 'PLANNED' }, 'completedOn', /a planned assessment has no completion date/],
      [{ reviewDue: '2026-04-01' }, 'reviewDue', /must be after completedOn/],
      [{ findings: ['not-a-finding'] }, 'findings[0]', /not a finding id/],
    ];
    for (const [change, field, message] of cases) {
      const result = await run(CREATE, { input: { ...stopSearchEqia, ...change } }, ADMIN);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors[0].message).toMatch(message);
    }
    expect(await rows('eqia')).toBe(before);
  });

  it('lets a theme owner write only EQIAs serving its themes\' objectives', async () => {
    const refused = await run(CREATE, { input: stopSearchEqia }, SD_OWNER);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await run(CREATE, { input: stopSearchEqia }, STAFF);
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('updates with the version read and refuses a stale one (CONFLICT), changing nothing', async () => {
    const created = (await run(CREATE, { input: { ...stopSearchEqia, title: 'Custody: strip search policy' } }, ADMIN)).data.createEqia;
    const updated = await run(UPDATE, {
      input: { id: created.id, expectedVersion: 1, impacts: [{ characteristic: 'SEX', impact: 'NEGATIVE', evidence: 'Women strip searched more often' }] },
    }, OP_OWNER);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateEqia).toMatchObject({ version: 2, negativeFor: ['AGE', 'RACE', 'SEX'], title: 'Custody: strip search policy' });
    const stale = await run(UPDATE, { input: { id: created.id, expectedVersion: 1, owner: 'Someone else' } }, ADMIN);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 });
    const now = await run(`{ eqia(id: "${created.id}") { owner version } }`);
    expect(now.data.eqia).toEqual({ owner: 'Supt Johnson', version: 2 });
    // A theme owner cannot hand it away to another theme's objective.
    const handOff = await run(UPDATE, { input: { id: created.id, expectedVersion: 2, objectives: ['wmp-edhr-theme-1-service-delivery:sd-ka-4'] } }, OP_OWNER);
    expect(handOff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records reviews append-only, moving the review date on', async () => {
    const created = (await run(CREATE, { input: { ...stopSearchEqia, title: 'Use of force: Taser deployment' } }, ADMIN)).data.createEqia;
    const review = { eqia: created.id, reviewedOn: '2027-06-20', outcome: 'Disparity persists; scrutiny panel to sample body-worn video', nextReviewDue: '2028-06-20', expectedVersion: 1 };
    const reviewed = await run(REVIEW, { input: review }, OP_OWNER);
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data.recordEqiaReview).toMatchObject({ version: 2, reviewDue: '2028-06-20', reviewOverdue: false, decision: 'ADJUST' });
    expect(reviewed.data.recordEqiaReview.reviews).toEqual([
      { reviewedOn: '2027-06-20', outcome: review.outcome, decision: null, nextReviewDue: '2028-06-20', recordedBy: 'op-owner' },
    ]);
    const stale = await run(REVIEW, { input: review }, OP_OWNER);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await run(REVIEW, { input: { ...review, expectedVersion: 2, nextReviewDue: '2027-06-01' } }, OP_OWNER);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nextReviewDue' });
    expect(await count(db.orm, `select count(*) as n from ${S}.eqia_review where eqia_id = ?`, [created.id])).toBe(1);
    const connection = db.orm.em.getConnection();
    await expect(connection.execute(`update ${S}.eqia_review set outcome = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute(`delete from ${S}.eqia_review`)).rejects.toThrow(/append-only/);
  });

  it('records engagement held, linked to objectives and EQIAs, append-only', async () => {
    const eqia = (await run(`{ eqias(organisation: "${WMP}") { id title } }`)).data.eqias.find((e: any) => e.title === 'Use of force: Taser deployment');
    const input = {
      organisation: WMP,
      heldOn: '2027-06-12',
      groupKind: 'INDEPENDENT_ADVISORY_GROUP',
      groupName: 'Birmingham Independent Advisory Group',
      topic: 'Taser deployment disparity',
      characteristics: ['RACE'],
      outcome: 'Members to join the scrutiny panel',
      objectives: [EQIA_KA],
      eqias: [eqia.id],
    };
    const RECORD = `mutation ($input: RecordEngagementInput!) { recordEngagement(input: $input) { id heldOn groupKind characteristics objectives { id } eqias { id } } }`;
    const before = await rows('engagement_record');
    const bad = await run(RECORD, { input: { ...input, heldOn: '2027-07-02', characteristics: ['RACE', 'CLASS'] } }, OP_OWNER);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    expect(bad.errors[0].extensions.problems.map((p: any) => p.path)).toEqual(['heldOn', 'characteristics[1]']);
    expect(await rows('engagement_record')).toBe(before);
    expect((await run(RECORD, { input }, SD_OWNER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const recorded = await run(RECORD, { input }, OP_OWNER);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordEngagement).toMatchObject({ heldOn: '2027-06-12', groupKind: 'INDEPENDENT_ADVISORY_GROUP', objectives: [{ id: EQIA_KA }], eqias: [{ id: eqia.id }] });
    const linked = await run(`{ eqia(id: "${eqia.id}") { engagement { groupName } } }`);
    expect(linked.data.eqia.engagement).toEqual([{ groupName: 'Birmingham Independent Advisory Group' }]);
    await expect(db.orm.em.getConnection().execute(`update ${S}.engagement_record set outcome = 'rewritten'`)).rejects.toThrow(/append-only/);
  });
});
