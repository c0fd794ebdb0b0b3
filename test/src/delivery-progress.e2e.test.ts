import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@edhr/kit';
import { startHarness, tokenFor, type Harness } from './harness';

// 10:00 UTC on 3 September 2012: row 2.3 (dp-10, due 1/8/2012) is past its date, row 2.1 (1/12/2012) is not yet.
const clock = fixedClock('2012-09-03T10:00:00Z');
const PEOPLE = 'wmp-edhr-theme-2-people-culture:people-culture';
const DP10 = 'wmp-edhr-theme-2-people-culture:dp-10';
const RECORD = `mutation ($i: RecordProgressInput!) {
  recordProgress(input: $i) { id status version overdue history { text date status percentComplete evidence recordedBy recordedAt } }
}`;

/** The delivery loop as a dashboard developer and a theme owner meet it, through the gateway. */
describe('delivery progress through the gateway', { timeout: 180_000 }, () => {
  let harness: Harness;
  let owner: string;
  let otherOwner: string;
  let staff: string;
  beforeAll(async () => {
    harness = await startHarness({ clock });
    owner = await tokenFor(['theme-owner'], { subject: 'people-owner', themes: [PEOPLE] }, clock);
    otherOwner = await tokenFor(['theme-owner'], { subject: 'service-owner', themes: ['wmp-edhr-theme-1-service-delivery:service-delivery'] }, clock);
    staff = await tokenFor(['staff'], {}, clock);
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const list = async (filter: string) => {
    const { body } = await harness.query(`{ actions(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`, { token: staff });
    expect(body.errors).toBeUndefined();
    return { total: body.data.actions.totalCount as number, ids: body.data.actions.edges.map((e: any) => e.node.id) as string[] };
  };

  const row = async (id: string) => {
    const { body } = await harness.query(
      `{ actions(filter: { theme: "${PEOPLE}" }, first: 100) { edges { node { id status version overdue history { status } } } } }`,
      { token: staff },
    );
    expect(body.errors).toBeUndefined();
    const { id: _id, ...node } = body.data.actions.edges.map((e: any) => e.node).find((n: any) => n.id === id);
    return node;
  };

  it('counts the 21 "All" rows under every characteristic, RACE included', async () => {
    const race = await list('{ strategy: "wmp-edhr-strategy", characteristic: "RACE" }');
    expect(race.total).toBe(21);
    expect(race.ids).not.toContain('wmp-edhr-theme-1-service-delivery:dp-07');
    expect((await list('{ strategy: "wmp-edhr-strategy", characteristic: "DISABILITY" }')).total).toBe(22);
  });

  it('lets a theme owner record progress on a row of their theme, seen in its history and the at-risk and overdue lists', async () => {
    expect(await row(DP10)).toEqual({ status: 'UNKNOWN', version: 1, overdue: true, history: [{ status: null }] });

    const recorded = await harness.query(RECORD, {
      token: owner,
      variables: {
        i: {
          action: DP10, text: 'BME progression working group has met twice; revised staffing information still awaited.',
          status: 'AT_RISK', percentComplete: 30, evidence: ['https://intranet.example/bme-progression'], asOf: '2012-08-31', expectedVersion: 1,
        },
      },
    });
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data.recordProgress).toEqual({
      id: DP10,
      status: 'AT_RISK',
      version: 2,
      overdue: true,
      history: [
        {
          text: 'BME progression working group has met twice; revised staffing information still awaited.',
          date: '2012-08-31', status: 'AT_RISK', percentComplete: 30, evidence: ['https://intranet.example/bme-progression'],
          recordedBy: 'people-owner', recordedAt: '2012-09-03T10:00:00.000Z',
        },
        {
          text: expect.stringMatching(/^A working group to look at BME progression/),
          date: '2011-12-31', status: null, percentComplete: null, evidence: [], recordedBy: 'plugin:wmp-edhr-theme-2-people-culture',
          recordedAt: expect.any(String),
        },
      ],
    });
    expect((await list('{ status: [AT_RISK] }')).ids).toEqual([DP10]);
    expect((await list(`{ theme: "${PEOPLE}", overdue: true, status: [AT_RISK, OFF_TRACK] }`)).ids).toEqual([DP10]);
    const overdue = await list('{ strategy: "wmp-edhr-strategy", overdue: true }');
    expect(overdue.ids).toContain(DP10);
    // Row 1.1: four deadlines, the first (18/01/2012) passed.
    expect(overdue.ids).toContain('wmp-edhr-theme-1-service-delivery:dp-01');
    expect(overdue.ids).not.toContain('wmp-edhr-theme-2-people-culture:dp-08');
  });

  it('refuses another theme\'s owner, a stale version and bad input, writing nothing', async () => {
    const input = { action: DP10, text: 'Off track.', status: 'OFF_TRACK', expectedVersion: 2 };
    const other = await harness.query(RECORD, { token: otherOwner, variables: { i: input } });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.body.errors?.[0]?.message).toMatch(/owner of theme "wmp-edhr-theme-2-people-culture:people-culture"/);

    const stale = await harness.query(RECORD, { token: owner, variables: { i: { ...input, expectedVersion: 1 } } });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const bad = await harness.query(RECORD, { token: owner, variables: { i: { ...input, percentComplete: -5, evidence: ['javascript:alert(1)'] } } });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percentComplete' });
    expect((bad.body.errors?.[0]?.extensions?.problems as any[]).map((p) => p.path)).toEqual(['percentComplete', 'evidence[0]']);

    expect(await row(DP10)).toEqual({ status: 'AT_RISK', version: 2, overdue: true, history: [{ status: 'AT_RISK' }, { status: null }] });
  });

  it('links a finding only to a delivery action that exists, of the finding\'s own force, asking organisational-processes', async () => {
    const admin = await tokenFor(['admin'], {}, clock);
    const rows = Object.entries({ BLACK: 120, WHITE: 300 }).map(([category, count]) => `stop-search,2012-Q2,E23000014,RACE,${category},${count},true`);
    const upload = await harness.query('mutation ($i: StatisticsUploadInput!) { uploadStatistics(input: $i) { accepted } }', {
      token: admin,
      variables: { i: { content: `dataset,period,area,characteristic,category,count,published\n${rows.join('\n')}\n` } },
    });
    expect(upload.body.data.uploadStatistics.accepted).toBe(true);
    const detected = await harness.query(
      'mutation { detectFindings(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "E23000014", period: "2012-Q2") { findings { id version } } }',
      { token: staff },
    );
    expect(detected.body.errors).toBeUndefined();
    const finding = detected.body.data.detectFindings.findings[0];
    const LINK = 'mutation ($id: ID!, $a: ID!) { linkReformAction(id: $id, expectedVersion: 1, deliveryAction: $a) { status reformAction { id } } }';
    const unknown = await harness.query(LINK, { token: staff, variables: { id: finding.id, a: 'wmp-edhr-theme-3-organisational-processes:dp-99' } });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryAction' });
    expect(unknown.body.errors?.[0]?.message).toBe('deliveryAction: no delivery action "wmp-edhr-theme-3-organisational-processes:dp-99" exists');
    const linked = await harness.query(LINK, { token: staff, variables: { id: finding.id, a: 'wmp-edhr-theme-1-service-delivery:dp-05' } });
    expect(linked.body.errors).toBeUndefined();
    expect(linked.body.data.linkReformAction).toEqual({ status: 'REFORMING', reformAction: { id: 'wmp-edhr-theme-1-service-delivery:dp-05' } });
  });
});
