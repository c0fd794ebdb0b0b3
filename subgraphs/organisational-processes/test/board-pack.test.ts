import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type Clock, type Identity } from '@edhr/kit';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { actionChanges } from '../src/model/boards/board-pack-changes';
import { DeliveryStatusValue, ProgressStatusValue } from '../src/model/delivery-actions/delivery-status';
import { count, openRegistrySubgraph, seedPlugins, type RegistrySubgraph } from './registry-database';


const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
const OWNER: Identity = { subject: 'sd-owner', roles: ['theme-owner'], themes: ['wmp-edhr-theme-1-service-delivery:service-delivery'] };
const BOARD = 'wmp-edhr-strategy:edhr-programme-board';
const S = '"organisational_processes"';
const at = (day: string): Clock => fixedClock(`${day}T10:00:00Z`);

const MEETING = `mutation ($input: RecordBoardMeetingInput!) { recordBoardMeeting(input: $input) { id heldOn decisions actionsArising { text owner due } recordedBy } }`;
const PROGRESS = `mutation ($input: RecordProgressInput!) { recordProgress(input: $input) { version status } }`;
const PACK = `query ($asOf: String!) { boardPack(body: "${BOARD}", asOf: $asOf) {
  id asOf areaCode changesSince previousMeeting { heldOn decisions }
  body { name meetings { heldOn } }
  actionsByStatus { status actions { action { id } changedSincePreviousMeeting progressSince { text date } statusChanges { from to on } } }
  redKpis { id } amberKpis { id } staleKpis { id } overdueEqiaReviews { title reviewDue } risks { text action { id } } } }`;

describe('board meetings and board packs', { timeout: 180_000 }, () => {
  let db: RegistrySubgraph;
  const run = async (source: string, variableValues: Record<string, unknown>, identity: Identity, clock: Clock) => {
    return db.execute(source, variableValues, identity, { clock }) as Promise<any>;
  };

  beforeAll(async () => {
    db = await openRegistrySubgraph();
    const registry = new PluginRegistrationService(db.orm.em, at('2027-01-01'));
    for (const plugin of seedPlugins) await registry.register(plugin, { sourceKind: 'module', sourceRef: 'test' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('records meetings append-only, one a day, refusing bad input by field', async () => {
    const first = await run(MEETING, {
      input: { body: BOARD, heldOn: '2027-02-01', decisions: ['Front office EQIA to be reviewed'], actionsArising: [{ text: 'Report stop and search ratio', owner: 'Supt Johnson', due: '2027-03-01' }] },
    }, ADMIN, at('2027-02-01'));
    expect(first.errors).toBeUndefined();
    expect(first.data.recordBoardMeeting).toMatchObject({ heldOn: '2027-02-01', recordedBy: 'admin-user', actionsArising: [{ text: 'Report stop and search ratio', owner: 'Supt Johnson', due: '2027-03-01' }] });
    const again = await run(MEETING, { input: { body: BOARD, heldOn: '2027-02-01', decisions: ['Another'] } }, ADMIN, at('2027-02-01'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'heldOn' });
    const bad = await run(MEETING, { input: { body: BOARD, heldOn: '2027-02-02', decisions: [' '], actionsArising: [{ text: 'x', due: '1/3/2027' }] } }, ADMIN, at('2027-02-01'));
    expect(bad.errors?.[0]?.extensions?.problems.map((p: any) => p.path)).toEqual(['heldOn', 'decisions[0]', 'actionsArising[0].due']);
    expect((await run(MEETING, { input: { body: BOARD, heldOn: '2027-01-15', decisions: ['x'] } }, OWNER, at('2027-02-01'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run(MEETING, { input: { body: 'wmp-edhr-strategy:nope', heldOn: '2027-01-15', decisions: ['x'] } }, ADMIN, at('2027-02-01'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(db.orm, `select count(*) as n from ${S}.board_meeting`)).toBe(1);
    await expect(db.orm.em.getConnection().execute(`update ${S}.board_meeting set decisions = '[]'`)).rejects.toThrow(/append-only/);
  });

  it('lists, for the Programme Board, what changed since its previous meeting', async () => {
    // Progress before the meeting, then after it.
    const before = await run(PROGRESS, { input: { action: 'wmp-edhr-theme-1-service-delivery:dp-05', text: 'Scrutiny group sampling searches', status: 'ON_TRACK', asOf: '2027-01-20', expectedVersion: 1 } }, OWNER, at('2027-01-20'));
    expect(before.errors).toBeUndefined();
    const after = await run(PROGRESS, { input: { action: 'wmp-edhr-theme-1-service-delivery:dp-05', text: 'Ratio rising: escalated', status: 'AT_RISK', asOf: '2027-02-10', expectedVersion: 2 } }, OWNER, at('2027-02-10'));
    expect(after.errors).toBeUndefined();
    const pack = await run(PACK, { asOf: '2027-03-01' }, STAFF, at('2027-03-05'));
    expect(pack.errors).toBeUndefined();
    const p = pack.data.boardPack;
    expect(p).toMatchObject({ id: `${BOARD}@2027-03-01`, asOf: '2027-03-01', areaCode: 'E23000014', changesSince: '2027-02-01', previousMeeting: { heldOn: '2027-02-01' } });
    expect(p.body.meetings).toEqual([{ heldOn: '2027-02-01' }]);
    const all = p.actionsByStatus.flatMap((g: any) => g.actions.map((a: any) => ({ ...a, status: g.status })));
    expect(all).toHaveLength(22);
    const changed = all.filter((a: any) => a.changedSincePreviousMeeting);
    expect(changed).toEqual([
      {
        action: { id: 'wmp-edhr-theme-1-service-delivery:dp-05' },
        status: 'AT_RISK',
        changedSincePreviousMeeting: true,
        progressSince: [{ text: 'Ratio rising: escalated', date: '2027-02-10' }],
        statusChanges: [{ from: 'ON_TRACK', to: 'AT_RISK', on: '2027-02-10' }],
      },
    ]);
    expect(p.actionsByStatus.map((g: any) => g.status)).toEqual(['AT_RISK', 'ONGOING', 'UNKNOWN']);
    expect(p.risks.length).toBeGreaterThan(15);
    // As of the day before the meeting there was no previous meeting: everything to date counts, and dp-05 was ON_TRACK.
    const earlier = (await run(PACK, { asOf: '2027-02-01' }, STAFF, at('2027-03-05'))).data.boardPack;
    expect(earlier.changesSince).toBeNull();
    const dp05 = earlier.actionsByStatus.find((g: any) => g.status === 'ON_TRACK').actions[0];
    expect(dp05.statusChanges).toEqual([{ from: null, to: 'ON_TRACK', on: '2027-01-20' }]);
  });

  it('refuses a pack for a day in the future or no date, and the public', async () => {
    const future = await run(PACK, { asOf: '2027-03-06' }, STAFF, at('2027-03-05'));
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    expect((await run(PACK, { asOf: '1/3/2027' }, STAFF, at('2027-03-05'))).errors?.[0]?.extensions?.field).toBe('asOf');
    expect((await run(PACK, { asOf: '2027-03-01' }, { subject: 'anonymous', roles: ['public'] }, at('2027-03-05'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('works out status changes and the window from the entries alone', () => {
    const entry = (sequence: number, date: string, status: ProgressStatusValue | null) => ({
      id: String(sequence), text: `e${sequence}`, date, status, percentComplete: null, evidence: [], recordedBy: null, recordedAt: new Date(0), sequence,
    });
    const entries = [entry(0, '2011-12-31', null), entry(1, '2027-01-10', ProgressStatusValue.ON_TRACK), entry(2, '2027-02-10', ProgressStatusValue.ON_TRACK), entry(3, '2027-03-10', ProgressStatusValue.COMPLETE)];
    const changes = actionChanges(DeliveryStatusValue.COMPLETE, entries, '2027-01-31', '2027-03-01', (e) => e.date!);
    expect(changes.statusAsOf).toBe(DeliveryStatusValue.ON_TRACK);
    expect(changes.progressSince.map((e) => e.text)).toEqual(['e2']);
    expect(changes.statusChanges).toEqual([]);
    // Before any recorded status the plan's own status is unknown once a later entry replaced it.
    expect(actionChanges(DeliveryStatusValue.COMPLETE, entries, null, '2012-01-01', (e) => e.date!).statusAsOf).toBe(DeliveryStatusValue.UNKNOWN);
    expect(actionChanges(DeliveryStatusValue.ONGOING, [entries[0]!], null, '2012-01-01', (e) => e.date!).statusAsOf).toBe(DeliveryStatusValue.ONGOING);
  });
});
