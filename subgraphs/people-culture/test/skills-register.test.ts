import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@edhr/kit';
import { ADMIN, STAFF, openHarness, type PeopleCultureHarness } from './people-culture-database';

const RECORD = `mutation ($input: SkillRecordInput!) { recordSkill(input: $input) { id member kind value consentDate } }`;
const SUMMARY = `{ skillsSummary(organisation: "example-force") { threshold kinds { kind total values { value count suppressed reason } } } }`;
const ORG = 'example-force';

describe('skills register', { timeout: 120_000 }, () => {
  let h: PeopleCultureHarness;
  const record = (member: string, kind: string, value: string, consentDate = '2024-05-01') =>
    h.run(RECORD, { input: { organisation: ORG, member, kind, value, consentDate } }, ADMIN);

  beforeAll(async () => {
    h = await openHarness();
    // Six Punjabi speakers, two Urdu speakers, one Polish speaker; one community network.
    for (let i = 1; i <= 6; i++) expect((await record(`P${i}`, 'LANGUAGE', 'Punjabi')).errors).toBeUndefined();
    for (const m of ['U1', 'U2']) expect((await record(m, 'LANGUAGE', 'Urdu')).errors).toBeUndefined();
    expect((await record('L1', 'LANGUAGE', 'Polish')).errors).toBeUndefined();
    expect((await record('P1', 'COMMUNITY_NETWORK', 'Example Gurdwara committee')).errors).toBeUndefined();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('needs a consent date', async () => {
    const result = await h.run(RECORD, { input: { organisation: ORG, member: 'X1', kind: 'VOLUNTARY_ROLE', value: 'Special constable', consentDate: '' } }, ADMIN);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('consentDate: is required, written YYYY-MM-DD');
  });

  it('shows records one by one to HR (admin) only', async () => {
    const query = `{ skillRecords(organisation: "${ORG}") { member kind value } }`;
    const staff = await h.run(query, {}, STAFF);
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(staff.data).toBeNull();
    const hr = await h.run(query, {}, ADMIN);
    expect((hr.data as any).skillRecords).toHaveLength(10);
    const staffRecord = await h.run(RECORD, { input: { organisation: ORG, member: 'X2', kind: 'LANGUAGE', value: 'Welsh', consentDate: '2024-05-01' } }, STAFF);
    expect(staffRecord.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('counts for staff, withholding counts below 5', async () => {
    const result = await h.run(SUMMARY, {}, STAFF);
    expect(result.errors).toBeUndefined();
    const kinds = Object.fromEntries(((result.data as any).skillsSummary.kinds as any[]).map((k) => [k.kind, k]));
    expect((result.data as any).skillsSummary.threshold).toBe(5);
    expect(kinds.LANGUAGE).toEqual({
      kind: 'LANGUAGE',
      total: 9,
      values: [
        { value: 'Polish', count: null, suppressed: true, reason: 'below_threshold' },
        { value: 'Punjabi', count: 6, suppressed: false, reason: null },
        { value: 'Urdu', count: null, suppressed: true, reason: 'below_threshold' },
      ],
    });
    // One record: both the value and the total are small, so neither is shown.
    expect(kinds.COMMUNITY_NETWORK).toEqual({
      kind: 'COMMUNITY_NETWORK',
      total: null,
      values: [{ value: 'Example Gurdwara committee', count: null, suppressed: true, reason: 'below_threshold' }],
    });
    expect(kinds.VOLUNTARY_ROLE).toEqual({ kind: 'VOLUNTARY_ROLE', total: 0, values: [] });
  });

  it('deletes every record of a member who withdraws consent', async () => {
    const result = await h.run(`mutation { withdrawSkillConsent(organisation: "${ORG}", member: "P1") }`, {}, ADMIN);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).withdrawSkillConsent).toBe(2);
    expect(await h.count(`select count(*) as n from "people_culture"."skill_record" where member_ref = 'P1'`)).toBe(0);
    const summary = await h.run(SUMMARY, {}, STAFF);
    const language = ((summary.data as any).skillsSummary.kinds as any[]).find((k) => k.kind === 'LANGUAGE');
    // Punjabi falls to 5: still shown, as the threshold withholds 1 to 4.
    expect(language.values.find((v: any) => v.value === 'Punjabi')).toMatchObject({ count: 5, suppressed: false });
  });

  it('refuses a consent date in the future by the UK date, not the UTC one', async () => {
    const consent = (consentDate: string, at: string) =>
      h.run(RECORD, { input: { organisation: 'edge-force', member: 'E1', kind: 'LANGUAGE', value: 'Welsh', consentDate } }, ADMIN, fixedClock(at));
    // 23:30 UTC on 30 June is 00:30 BST on 1 July: consent given on 1 July is today, not the future.
    expect((await consent('2027-07-01', '2027-06-30T23:30:00Z')).errors).toBeUndefined();
    const tomorrow = await consent('2027-07-02', '2027-06-30T23:30:00Z');
    expect(tomorrow.errors?.[0]?.message).toContain('consentDate: is in the future');
    // An hour earlier it is still 30 June in the UK.
    expect((await consent('2027-07-01', '2027-06-30T22:30:00Z')).errors?.[0]?.message).toContain('consentDate: is in the future');
    // 29 February exists in 2028 only.
    expect((await consent('2028-02-29', '2028-02-29T08:00:00Z')).errors).toBeUndefined();
    expect((await consent('2027-02-29', '2028-02-29T08:00:00Z')).errors?.[0]?.message).toContain('consentDate: is required, written YYYY-MM-DD');
  });
});
