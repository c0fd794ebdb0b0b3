import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type Clock, type Identity } from '@edhr/kit';
import wmpEdhrPeopleCulture from '@edhr/plugin-wmp-edhr-theme-2-people-culture';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { count, openRegistrySubgraph, seedPlugins, type RegistrySubgraph } from './registry-database';


const PEOPLE = 'wmp-edhr-theme-2-people-culture:people-culture';
const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
const OWNER: Identity = { subject: 'people-owner', roles: ['theme-owner'], themes: [PEOPLE] };
const OTHER_OWNER: Identity = { subject: 'service-owner', roles: ['theme-owner'], themes: ['wmp-edhr-theme-1-service-delivery:service-delivery'] };
// 12:00 UTC on 15 January 2013: row 2.1 (dp-08, due 1/12/2012) is past its date.
const clock = fixedClock('2013-01-15T12:00:00Z');
const S = '"organisational_processes"';
const DP08 = 'wmp-edhr-theme-2-people-culture:dp-08';

const RECORD = `mutation ($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    id status version overdue
    history { text date status percentComplete evidence recordedBy recordedAt }
  }
}`;

describe('delivery progress and status', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF, at: Clock = clock) => {
    return db.execute(source, variableValues, identity, { clock: at });
  };
  const record = (input: Record<string, unknown>, identity: Identity = OWNER, at: Clock = clock) => run(RECORD, { input }, identity, at);
  const ids = async (filter: string) => {
    const result: any = await run(`{ actions(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`);
    expect(result.errors).toBeUndefined();
    return result.data.actions.edges.map((e: any) => e.node.id) as string[];
  };
  const action = async (id: string) => {
    const result: any = await run(`query ($id: ID!) { _entities(representations: [{ __typename: "DeliveryAction", id: $id }]) {
      ... on DeliveryAction { status version overdue history { text status recordedBy } } } }`, { id });
    expect(result.errors).toBeUndefined();
    return result.data._entities[0];
  };
  const progressRows = () => count(db.orm, `select count(*) from ${S}.progress_update`);

  beforeAll(async () => {
    db = await openRegistrySubgraph();
    const registry = new PluginRegistrationService(db.orm.em, clock);
    for (const plugin of seedPlugins) await registry.register(plugin, { sourceKind: 'module', sourceRef: 'test' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('takes statuses, characteristics and progress dates from the plan as written', async () => {
    const result: any = await run(`{ strategy(id: "wmp-edhr-strategy") { actions { id status characteristicsAsWritten characteristics version
      progress { text date status recordedBy } } } }`);
    expect(result.errors).toBeUndefined();
    const actions = result.data.strategy.actions as any[];
    expect(actions).toHaveLength(22);
    expect(actions.filter((a) => a.status === 'ONGOING').map((a) => a.id.split(':')[1])).toEqual(['dp-02', 'dp-03', 'dp-04', 'dp-06', 'dp-09', 'dp-22']);
    expect(actions.filter((a) => a.status !== 'ONGOING').every((a) => a.status === 'UNKNOWN')).toBe(true);
    expect(actions.every((a) => a.version === 1)).toBe(true);
    // One progress update per row, dated as of the plan (late 2011), brought by the plugin.
    for (const a of actions) {
      expect(a.progress).toHaveLength(1);
      expect(a.progress[0]).toMatchObject({ date: '2011-12-31', status: null, recordedBy: `plugin:${a.id.split(':')[0]}` });
    }
    expect(actions.find((a) => a.id === DP08).progress[0].text).toMatch(/^A draft Equality Policy has been written/);

    // "All" is every protected characteristic, kept as written; the one "Disability" row is DISABILITY only.
    const all = actions.filter((a) => a.characteristicsAsWritten === 'All');
    expect(all).toHaveLength(21);
    for (const a of all) expect(a.characteristics).toHaveLength(9);
    const race = await ids(`{ strategy: "wmp-edhr-strategy", characteristic: "RACE" }`);
    expect(race).toEqual(all.map((a) => a.id));
    expect(await ids(`{ strategy: "wmp-edhr-strategy", characteristic: "DISABILITY" }`)).toHaveLength(22);
    expect(await ids(`{ strategy: "wmp-edhr-strategy", status: [ONGOING] }`)).toEqual(
      [
        'wmp-edhr-theme-1-service-delivery:dp-02',
        'wmp-edhr-theme-1-service-delivery:dp-03',
        'wmp-edhr-theme-1-service-delivery:dp-04',
        'wmp-edhr-theme-1-service-delivery:dp-06',
        'wmp-edhr-theme-2-people-culture:dp-09',
        'wmp-edhr-theme-3-organisational-processes:dp-22',
      ],
    );
  });

  it('lets an owner of the action\'s theme record progress: dated, in the history newest first, the status the action\'s', async () => {
    const ok: any = await record({
      action: DP08,
      text: '  Equality Policy consulted on; sign-off delayed to February.  ',
      status: 'AT_RISK',
      percentComplete: 40,
      evidence: ['https://intranet.example/equality-policy', 'http://example.org/forum-minutes'],
      asOf: '2013-01-14',
      expectedVersion: 1,
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.recordProgress).toEqual({
      id: DP08,
      status: 'AT_RISK',
      version: 2,
      overdue: true,
      history: [
        {
          text: 'Equality Policy consulted on; sign-off delayed to February.',
          date: '2013-01-14',
          status: 'AT_RISK',
          percentComplete: 40,
          evidence: ['https://intranet.example/equality-policy', 'http://example.org/forum-minutes'],
          recordedBy: 'people-owner',
          recordedAt: '2013-01-15T12:00:00.000Z',
        },
        expect.objectContaining({ date: '2011-12-31', status: null, percentComplete: null, evidence: [], recordedBy: 'plugin:wmp-edhr-theme-2-people-culture' }),
      ],
    });
    expect(await ids(`{ status: [AT_RISK, OFF_TRACK] }`)).toEqual([DP08]);
    expect(await ids(`{ theme: "${PEOPLE}", overdue: true }`)).toContain(DP08);

    // No asOf: today's UK date by the clock. COMPLETE takes the row out of the overdue list.
    const done: any = await record({ action: DP08, text: 'Equality Policy signed off.', status: 'COMPLETE', percentComplete: 100, expectedVersion: 2 }, ADMIN);
    expect(done.errors).toBeUndefined();
    expect(done.data.recordProgress).toMatchObject({ status: 'COMPLETE', version: 3, overdue: false });
    expect(done.data.recordProgress.history.map((h: any) => [h.date, h.status, h.recordedBy])).toEqual([
      ['2013-01-15', 'COMPLETE', 'admin-user'],
      ['2013-01-14', 'AT_RISK', 'people-owner'],
      ['2011-12-31', null, 'plugin:wmp-edhr-theme-2-people-culture'],
    ]);
    expect(await ids(`{ theme: "${PEOPLE}", overdue: true }`)).not.toContain(DP08);
    expect(await ids(`{ theme: "${PEOPLE}", overdue: false }`)).toContain(DP08);
    expect(await ids(`{ status: [COMPLETE] }`)).toEqual([DP08]);
  });

  it('refuses staff, another theme\'s owner and an action under no theme for a theme owner, writing nothing', async () => {
    const before = await progressRows();
    const input = { action: 'wmp-edhr-theme-2-people-culture:dp-09', text: 'x', status: 'ON_TRACK', expectedVersion: 1 };
    expect((await record(input, STAFF)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await record(input, OTHER_OWNER);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toBe(
      `Only an admin or an owner of theme "${PEOPLE}" may record progress on delivery action "wmp-edhr-theme-2-people-culture:dp-09".`,
    );
    // dp-17 (written 3.2) resolves to no key action, but is filed under the theme of the plugin carrying it.
    const otherTheme = await record({ ...input, action: 'wmp-edhr-theme-3-organisational-processes:dp-17' }, OWNER);
    expect(otherTheme.errors?.[0]?.message).toMatch(/owner of theme "wmp-edhr-theme-3-organisational-processes:organisational-processes"/);
    const missing = await record({ ...input, action: 'wmp-edhr-theme-3-organisational-processes:dp-99' }, ADMIN);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'action' });
    expect(await progressRows()).toBe(before);
    expect(await action('wmp-edhr-theme-2-people-culture:dp-09')).toMatchObject({ status: 'ONGOING', version: 1 });
  });

  it('refuses a stale expectedVersion as a CONFLICT naming the current version, writing nothing', async () => {
    const id = 'wmp-edhr-theme-2-people-culture:dp-10';
    expect((await record({ action: id, text: 'On track.', status: 'ON_TRACK', expectedVersion: 1 })).errors).toBeUndefined();
    const before = await progressRows();
    const stale = await record({ action: id, text: 'Off track.', status: 'OFF_TRACK', expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 });
    expect(stale.errors?.[0]?.message).toMatch(/is at version 2, not 1/);
    expect(await progressRows()).toBe(before);
    expect(await action(id)).toMatchObject({ status: 'ON_TRACK', version: 2 });
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const id = 'wmp-edhr-theme-2-people-culture:dp-11';
    const before = await progressRows();
    const bad = await record({
      action: id, text: '   ', status: 'ON_TRACK', percentComplete: 120, evidence: ['https://ok.example/a', 'ftp://files.example/b', 'not a url'],
      asOf: '2013-01-16', expectedVersion: 1,
    });
    const error = bad.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('text');
    expect((error?.extensions?.problems as any[]).map((p) => [p.path, p.message])).toEqual([
      ['text', 'must not be empty'],
      ['percentComplete', '120 is not a whole number from 0 to 100'],
      ['evidence[1]', '"ftp://files.example/b" is not an http or https address'],
      ['evidence[2]', '"not a url" is not an http or https address'],
      ['asOf', '2013-01-16 is in the future: record progress as of today or earlier'],
    ]);
    const date = await record({ action: id, text: 'ok', status: 'ON_TRACK', asOf: '2013-02-30', expectedVersion: 1 });
    expect(date.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const status = await record({ action: id, text: 'ok', status: 'IN_PROGRESS', expectedVersion: 1 });
    expect(status.errors?.[0]?.message).toMatch(/ProgressStatus/);
    expect(await progressRows()).toBe(before);
    expect(await action(id)).toMatchObject({ status: 'UNKNOWN', version: 1 });
  });

  it('keeps recorded statuses and history through a new version of the plugin', async () => {
    const id = 'wmp-edhr-theme-2-people-culture:dp-12';
    expect((await record({ action: id, text: 'Proposals drafted.', status: 'OFF_TRACK', expectedVersion: 1 })).errors).toBeUndefined();
    await new PluginRegistrationService(db.orm.em, clock).register(
      { ...wmpEdhrPeopleCulture, version: '1.9.0' },
      { sourceKind: 'module', sourceRef: 'test' },
    );
    expect(await action(id)).toEqual({
      status: 'OFF_TRACK',
      version: 2,
      overdue: true,
      history: [
        { text: 'Proposals drafted.', status: 'OFF_TRACK', recordedBy: 'people-owner' },
        expect.objectContaining({ status: null, recordedBy: 'plugin:wmp-edhr-theme-2-people-culture' }),
      ],
    });
    expect(await action('wmp-edhr-theme-1-service-delivery:dp-02')).toMatchObject({ status: 'ONGOING', version: 1 });
  });
});
