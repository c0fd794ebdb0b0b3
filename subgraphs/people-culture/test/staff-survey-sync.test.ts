import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import deliveryPlan from '@edhr/plugin-wmp-edhr-delivery-plan';
import { ADMIN, PUBLIC, SERVICE, STAFF, dataStatements, openHarness, type PeopleCultureHarness } from './people-culture-database';

const SYNC = `mutation ($input: StaffSurveySyncInput!) { syncStaffSurveyActions(input: $input) { pluginId received } }`;
const LIST = `query ($org: ID!, $all: Boolean) {
  staffSurveyActions(organisation: $org, includeArchived: $all) {
    number issue keyActions contact localOwner currentPosition risks recommendations furtherUpdates outcome pluginId strategyKey archived
  }
}`;
const ORG = 'west-midlands-police';
// The seed plugin module, sent as its loader would send it.
const seedActions = deliveryPlan.staffSurveyActions ?? [];

const input = (actions: unknown[], pluginVersion = '1.0.0') => ({
  input: { pluginId: 'wmp-edhr-delivery-plan', pluginVersion, organisation: ORG, strategy: 'wmp-edhr-strategy', actions },
});

describe('staff-survey sync', { timeout: 120_000 }, () => {
  let h: PeopleCultureHarness;
  const fingerprint = async () => {
    const rows = await h.orm.em
      .getConnection()
      .execute<{ digest: string; n: string }[]>(
        `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "people_culture"."staff_survey_action" t`,
      );
    return `${rows[0]!.n}:${rows[0]!.digest}`;
  };

  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores the 20 seed actions with their fields', async () => {
    const result = await h.run(SYNC, input(seedActions), SERVICE);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ syncStaffSurveyActions: { pluginId: 'wmp-edhr-delivery-plan', received: 20 } });
    expect(await h.count(`select count(*) as n from "people_culture"."staff_survey_action"`)).toBe(20);

    const list = await h.run(LIST, { org: ORG }, STAFF);
    expect(list.errors).toBeUndefined();
    const actions = (list.data as any).staffSurveyActions as any[];
    expect(actions.map((a) => a.number)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(actions[0]).toEqual({
      number: '1',
      issue: 'A concern was raised about the appropriateness of language unchallenged by some colleagues which may cause offence',
      keyActions: ['2.1'],
      contact: 'Chris Rowson',
      localOwner: null,
      currentPosition: 'Force policy is in place to deter inappropriate language and behaviour',
      risks: 'Culture and values issue (i.e. staff not challenging workplace behaviour)',
      recommendations: 'SSAs to explore the issues through SSA Chairs forum (also see attached paper 1)',
      furtherUpdates: null,
      outcome: null,
      pluginId: 'wmp-edhr-delivery-plan',
      strategyKey: 'wmp-edhr-strategy',
      archived: false,
    });
    expect(actions[4]).toMatchObject({
      number: '5',
      keyActions: ['2.2'],
      contact: 'CS Jo Byrne',
      localOwner: 'Head of Local Policing',
      recommendations: 'Capture a database of skills, cultural background etc to account for the employees skills gained outside of work.',
      risks: null,
    });
    expect(actions[8]).toMatchObject({ number: '9', keyActions: ['3.1', '3.3'] });
    expect(actions[14]).toMatchObject({ number: '15', keyActions: ['ALL'] });
  });

  it('changes nothing, not even the version column, when the same plan is sent again', async () => {
    const before = await fingerprint();
    const result = await h.run(SYNC, input(seedActions), SERVICE);
    expect(result.errors).toBeUndefined();
    expect(await fingerprint()).toBe(before);
    expect(await h.count(`select count(*) as n from "people_culture"."staff_survey_action" where version <> 1`)).toBe(0);
  });

  it('archives an action the plugin no longer sends, and brings it back when sent again', async () => {
    const withoutSeven = seedActions.filter((a) => a.number !== '7');
    expect((await h.run(SYNC, input(withoutSeven, '1.0.1'), ADMIN)).errors).toBeUndefined();
    expect(await h.count(`select count(*) as n from "people_culture"."staff_survey_action" where archived`)).toBe(1);
    expect(await h.count(`select count(*) as n from "people_culture"."staff_survey_action" where archived and number = '7'`)).toBe(1);
    const current = await h.run(LIST, { org: ORG }, STAFF);
    expect(((current.data as any).staffSurveyActions as any[]).map((a) => a.number)).not.toContain('7');
    const all = await h.run(LIST, { org: ORG, all: true }, STAFF);
    expect(((all.data as any).staffSurveyActions as any[]).find((a) => a.number === '7')).toMatchObject({ archived: true });
    expect(await h.count(`select count(*) as n from "people_culture"."staff_survey_action" where plugin_version = '1.0.1'`)).toBe(19);

    expect((await h.run(SYNC, input(seedActions, '1.0.2'), SERVICE)).errors).toBeUndefined();
    expect(await h.count(`select count(*) as n from "people_culture"."staff_survey_action" where archived`)).toBe(0);
  });

  it('refuses an invalid action, naming it, and writes nothing', async () => {
    const before = await fingerprint();
    const broken = structuredClone(seedActions) as any[];
    broken[3].issue = '   ';
    broken[5].number = 'six';
    const result = await h.run(SYNC, input(broken), SERVICE);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('actions[3].issue: must not be empty');
    expect(result.errors?.[0]?.message).toContain('actions[5].number');
    expect(await fingerprint()).toBe(before);
  });

  it('keeps the owner each contact and local owner names, by key, and refuses a malformed owner link, writing nothing', async () => {
    const before = await fingerprint();
    const withOwners = (owners: unknown) => ({ input: { ...input(seedActions).input, owners } });
    const bad = await h.run(SYNC, withOwners({ '5': { contact: 'not an id', deputy: 'x:y' }, '99': { contact: 'a-plugin:key' } }), SERVICE);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('owners.5.contact: must be an owner id "pluginId:key"');
    expect(bad.errors?.[0]?.message).toContain('owners.5.deputy: must be contact or localOwner');
    expect(bad.errors?.[0]?.message).toContain('owners.99: names no action sent in actions');
    expect(await fingerprint()).toBe(before);

    const owners = { '5': { contact: 'wmp-edhr-delivery-plan:cs-jo-byrne', localOwner: 'wmp-edhr-delivery-plan:head-of-local-policing' } };
    expect((await h.run(SYNC, withOwners(owners), SERVICE)).errors).toBeUndefined();
    const list = await h.run(`query ($org: ID!) { staffSurveyActions(organisation: $org) { number contact contactOwner { id } localOwnerAsOwner { id } } }`, { org: ORG }, STAFF);
    const actions = (list.data as any).staffSurveyActions as any[];
    expect(actions[4]).toEqual({
      number: '5',
      contact: 'CS Jo Byrne',
      contactOwner: { id: 'wmp-edhr-delivery-plan:cs-jo-byrne' },
      localOwnerAsOwner: { id: 'wmp-edhr-delivery-plan:head-of-local-policing' },
    });
    expect(actions[0]).toMatchObject({ contactOwner: null, localOwnerAsOwner: null });
    // Sent again without owners, the links go: the plan is what the plugin sent last.
    expect((await h.run(SYNC, input(seedActions), SERVICE)).errors).toBeUndefined();
    const again = await h.run(`query ($org: ID!) { staffSurveyActions(organisation: $org) { contactOwner { id } } }`, { org: ORG }, STAFF);
    expect(((again.data as any).staffSurveyActions as any[]).every((a) => a.contactOwner === null)).toBe(true);
  });

  it('lets only service and admin callers sync', async () => {
    for (const identity of [STAFF, PUBLIC]) {
      const result = await h.run(SYNC, input(seedActions), identity);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses the plan to the public with a reason', async () => {
    const result = await h.run(LIST, { org: ORG }, PUBLIC);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/needs one of the roles/);
  });

  it('adds staffSurveyActions to objectives in one statement', async () => {
    const result = await h.run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { id staffSurveyActions { number keyActions } } } }`,
      {
        r: [
          { __typename: 'Objective', id: 'wmp-edhr-strategy:2.2', code: '2.2', strategyKey: 'wmp-edhr-strategy' },
          { __typename: 'Objective', id: 'wmp-edhr-strategy:3.3', code: '3.3', strategyKey: 'wmp-edhr-strategy' },
          { __typename: 'Objective', id: 'other:2.2', code: '2.2', strategyKey: 'another-strategy' },
        ],
      },
      STAFF,
    );
    expect(result.errors).toBeUndefined();
    const [twoTwo, threeThree, other] = (result.data as any)._entities as any[];
    // From the seed: 5, 8, 11, 14 and 20 name 2.2; 15 is written "ALL", so it applies to every key action.
    expect(twoTwo.staffSurveyActions.map((a: any) => a.number)).toEqual(['5', '8', '11', '14', '15', '20']);
    expect(threeThree.staffSurveyActions.map((a: any) => a.number)).toEqual(['9', '12', '15']);
    expect(other.staffSurveyActions).toEqual([]);
    expect(dataStatements(h.statements)).toHaveLength(1);
  });

  it('adds staffSurveyActions to delivery actions in one statement', async () => {
    const result = await h.run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on DeliveryAction { id staffSurveyActions { number } } } }`,
      {
        r: [
          { __typename: 'DeliveryAction', id: 'wmp-edhr-delivery-plan:dp-1', strategyKey: 'wmp-edhr-strategy', staffSurveyActionNumbers: ['6', '15', '19'] },
          { __typename: 'DeliveryAction', id: 'wmp-edhr-delivery-plan:dp-9', strategyKey: 'wmp-edhr-strategy', staffSurveyActionNumbers: ['11', '15', '99'] },
          { __typename: 'DeliveryAction', id: 'wmp-edhr-delivery-plan:dp-2', strategyKey: 'wmp-edhr-strategy', staffSurveyActionNumbers: [] },
        ],
      },
      STAFF,
    );
    expect(result.errors).toBeUndefined();
    const numbers = ((result.data as any)._entities as any[]).map((e) => e.staffSurveyActions.map((a: any) => a.number));
    expect(numbers).toEqual([['6', '15', '19'], ['11', '15'], []]);
    expect(dataStatements(h.statements)).toHaveLength(1);
  });

  it('counts the plan on the organisation summary', async () => {
    const result = await h.run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { peopleCulture { staffSurveyActions } } } }`,
      { r: [{ __typename: 'Organisation', id: ORG }] },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any)._entities[0].peopleCulture.staffSurveyActions).toBe(20);
  });
});
