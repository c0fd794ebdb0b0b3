import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, fixedClock, type Clock, type Identity } from '@edhr/kit';
import type { PluginManifestInput } from '@edhr/plugin-sdk';
import wmpEdhrStrategy from '@edhr/plugin-wmp-edhr-strategy';
import wmpEdhrOrganisationalProcesses from '@edhr/plugin-wmp-edhr-theme-3-organisational-processes';
import { loadConfiguredPlugins } from '../src/content/plugin-startup.loader';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { addYears } from '../src/model/duties/duty-period';
import { count, openRegistrySubgraph, type RegistrySubgraph } from './registry-database';


const logger = createLogger('organisational-processes-test', 'silent');
const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };
const OWNER: Identity = { subject: 'theme-owner-1', roles: ['theme-owner'], themes: ['wmp-edhr-theme-2-people-culture:people-culture'] };
const PARTNER: Identity = { subject: 'partner-user', roles: ['partner'], partnerId: 'some-partner' };
const SERVICE: Identity = { subject: 'some-service', roles: ['service'] };
const S = '"organisational_processes"';

const RECORD = `mutation ($input: RecordDutyPublicationInput!) {
  recordDutyPublication(input: $input) { publishedOn url note recordedBy duty { id nextDue overdue } }
}`;

const DUTIES = `query ($id: ID!) { strategy(id: $id) { duties { id pluginId key name requirement frequency intervalYears archived } } }`;

// The last evening of June in UTC, already 1 July in the UK (00:30 BST): duties go by the UK date.
const clock = fixedClock('2027-06-30T23:30:00Z');
const TODAY = '2027-07-01';

/** `days` before TODAY, YYYY-MM-DD. */
function daysAgo(days: number): string {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

describe('duties, risks and plugin provenance', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  let statements: string[] = [];

  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF, at: Clock = clock) => {
    statements = [];
    return db.execute(source, variableValues, identity, { clock: at });
  };
  const data = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF, at: Clock = clock) => {
    const result = await run(source, variableValues, identity, at);
    expect(result.errors).toBeUndefined();
    return result.data as any;
  };
  const record = (input: Record<string, unknown>, identity: Identity = STAFF, at: Clock = clock) => run(RECORD, { input }, identity, at);
  const publications = () => count(db.orm, `select count(*) as n from ${S}.duty_publication`);

  beforeAll(async () => {
    db = await openRegistrySubgraph({ onQuery: (sql) => statements.push(sql) });
    // Start-up loading with the default EDHR_PLUGINS: the five seed plugins.
    await loadConfiguredPlugins(db.orm, logger, clock, {});
  });
  afterAll(async () => {
    await db?.close();
  });

  it('serves the eight duties of the WMP strategy\'s Appendix 1, as written', async () => {
    const { duties } = (await data(DUTIES, { id: 'wmp-edhr-strategy' })).strategy;
    expect(duties.map((d: any) => d.key)).toEqual([
      'psed-eliminate-discrimination',
      'psed-advance-equality-of-opportunity',
      'psed-foster-good-relations',
      'psed-protected-characteristics',
      'publish-equality-information',
      'publish-equality-objectives',
      'objectives-specific-and-measurable',
      'publish-accessibly',
    ]);
    expect(duties.map((d: any) => d.frequency)).toEqual([
      null,
      null,
      null,
      null,
      'at intervals of not greater than one year',
      'at intervals of not greater than four years',
      null,
      null,
    ]);
    expect(duties.map((d: any) => d.intervalYears)).toEqual([null, null, null, null, 1, 4, null, null]);
    expect(duties.every((d: any) => d.pluginId === 'wmp-edhr-strategy' && d.archived === false)).toBe(true);
    expect(duties[0].id).toBe('wmp-edhr-strategy:psed-eliminate-discrimination');

    const byKey = Object.fromEntries(duties.map((d: any) => [d.key, d]));
    expect(byKey['publish-equality-information'].name).toBe('Specific duty: publish equality information');
    expect(byKey['publish-equality-information'].requirement.split('\n')).toEqual([
      'A public authority must publish information to demonstrate its compliance with the duty. The information must be published:',
      '(a) not later than 31st January 2012; and',
      '(b) subsequently at intervals of not greater than one year beginning with the date of last publication.',
      'The information a public authority publishes must include, in particular, information relating to persons who share a relevant protected characteristic who are:',
      '(a) its employees;',
      '(b) other persons affected by its policies and practices.',
    ]);
    expect(byKey['publish-equality-objectives'].requirement).toContain(
      '(b) subsequently at intervals of not greater than four years beginning with the date of last publication.',
    );
    expect(byKey['objectives-specific-and-measurable']).toMatchObject({
      name: 'Specific duty: objectives specific and measurable',
      requirement: 'An objective published by a public authority must be specific and measurable.',
    });
    expect(byKey['psed-eliminate-discrimination'].requirement).toBe(
      'WMP is subject to the public sector equality duty as a listed public sector organisation in the Act, and must in the exercise of functions have “due regard” to the need to:\n- Eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under the Equality Act 2010',
    );
    // Kept as written ("eight"), the discrepancy being reported by registration rather than corrected.
    expect(byKey['psed-protected-characteristics'].requirement).toMatch(/^The relevant eight protected characteristics are age, disability, gender reassignment/);

    // Nothing lost between the plugin and the API.
    const declared = wmpEdhrStrategy.duties!;
    expect(duties.map((d: any) => [d.key, d.name, d.requirement, d.frequency])).toEqual(
      declared.map((d) => [d.key, d.name, d.requirement, d.frequency ?? null]),
    );
  });

  it('makes a duty never published due by the first deadline its requirement names, and overdue after it', async () => {
    const duties = await data(`{ strategy(id: "wmp-edhr-strategy") { duties { key firstDue nextDue overdue } } }`);
    const timing = Object.fromEntries(duties.strategy.duties.map((d: any) => [d.key, [d.firstDue, d.nextDue, d.overdue]]));
    expect(timing['publish-equality-information']).toEqual(['2012-01-31', '2012-01-31', true]);
    expect(timing['publish-equality-objectives']).toEqual(['2012-04-06', '2012-04-06', true]);
    expect(timing['objectives-specific-and-measurable']).toEqual([null, null, null]);
    const inTime = await data(`{ strategy(id: "wmp-edhr-strategy") { duties { key overdue } } }`, {}, STAFF, fixedClock('2012-01-31T23:30:00Z'));
    expect(inTime.strategy.duties.find((d: any) => d.key === 'publish-equality-information').overdue).toBe(false);
  });

  it('serves the PCC\'s two duties, and none for strategies that restate none', async () => {
    const { duties } = (await data(DUTIES, { id: 'pcc-equality-objectives-2021-2025' })).strategy;
    expect(duties.map((d: any) => [d.key, d.frequency, d.intervalYears])).toEqual([
      ['prepare-and-publish-equality-objectives', 'at least every 4 years', 4],
      ['due-regard-advance-equality-of-opportunity', null, null],
    ]);
    expect(duties[0].name).toBe('Prepare and publish equality objectives');
    expect(duties[0].requirement.split('\n')).toEqual([
      'The PCC has a number of statutory duties in respect of DE&I. One such duty is the requirement to prepare and publish equality objectives that should be achieved to:',
      '- Eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under the Equality Act;',
      '- Advance equality of opportunity between persons who share a relevant protected characteristic and persons who do not share it;',
      '- Foster good relations between persons who share a relevant protected characteristic and persons who do not share it.',
    ]);
    expect(duties[1].requirement.split('\n')[0]).toBe('Having due regard to the need to advance equality of opportunity includes:');
    expect((await data(DUTIES, { id: 'dei-interim-strategy-2024-25' })).strategy.duties).toEqual([]);
    expect((await data(DUTIES, { id: 'di-strategy-2018-2021' })).strategy.duties).toEqual([]);
  });

  it('records publications (admin or staff, a theme owner being staff), append-only, and derives the next due date', async () => {
    const duty = 'wmp-edhr-strategy:publish-equality-information';
    const before = await publications();
    for (const identity of [PUBLIC, PARTNER, SERVICE]) {
      expect((await record({ duty, publishedOn: '2012-01-31' }, identity)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await publications()).toBe(before);

    const first = await record({ duty, publishedOn: '2012-01-31', url: 'https://www.west-midlands.police.uk/equality', note: '  First publication.  ' });
    expect(first.errors).toBeUndefined();
    expect((first.data as any).recordDutyPublication).toEqual({
      publishedOn: '2012-01-31',
      url: 'https://www.west-midlands.police.uk/equality',
      note: 'First publication.',
      recordedBy: 'staff-user',
      duty: { id: duty, nextDue: '2013-01-31', overdue: true },
    });

    const recent = daysAgo(10);
    const second = await record({ duty, publishedOn: recent }, ADMIN);
    expect(second.errors).toBeUndefined();
    expect((second.data as any).recordDutyPublication.duty).toEqual({ id: duty, nextDue: addYears(recent, 1), overdue: false });
    expect((second.data as any).recordDutyPublication).toMatchObject({ url: null, note: null, recordedBy: 'admin-user' });

    // An earlier publication recorded later does not move the due date back.
    const owner = await record({ duty, publishedOn: '2015-03-01' }, OWNER);
    expect(owner.errors).toBeUndefined();
    expect((owner.data as any).recordDutyPublication.recordedBy).toBe('theme-owner-1');
    const listed = (
      await data(`{ strategy(id: "wmp-edhr-strategy") { duties { id nextDue overdue latestPublication { publishedOn } publications { publishedOn recordedBy } } } }`)
    ).strategy.duties.find((d: any) => d.id === duty);
    expect(listed.publications.map((p: any) => [p.publishedOn, p.recordedBy])).toEqual([
      ['2012-01-31', 'staff-user'],
      ['2015-03-01', 'theme-owner-1'],
      [recent, 'admin-user'],
    ]);
    expect(listed.latestPublication).toEqual({ publishedOn: recent });
    expect([listed.nextDue, listed.overdue]).toEqual([addYears(recent, 1), false]);
    expect(await publications()).toBe(before + 3);

    // Four years for the PCC's objectives; no due date where the duty states no frequency.
    const pcc = await record({ duty: 'west-mercia-pcc-equality-objectives:prepare-and-publish-equality-objectives', publishedOn: '2021-04-01' });
    expect((pcc.data as any).recordDutyPublication.duty).toEqual({
      id: 'west-mercia-pcc-equality-objectives:prepare-and-publish-equality-objectives',
      nextDue: '2025-04-01',
      overdue: true,
    });
    const open = await record({ duty: 'wmp-edhr-strategy:objectives-specific-and-measurable', publishedOn: '2012-04-06' });
    expect((open.data as any).recordDutyPublication.duty).toEqual({
      id: 'wmp-edhr-strategy:objectives-specific-and-measurable',
      nextDue: null,
      overdue: null,
    });
  });

  it('judges publications and due dates by the UK date of the clock, a leap day due a year later on 28 February', async () => {
    const duty = 'wmp-edhr-strategy:publish-equality-information';
    const timing = async (at: Clock) =>
      (await data(`{ strategy(id: "wmp-edhr-strategy") { duties { id nextDue overdue } } }`, {}, STAFF, at)).strategy.duties.find((d: any) => d.id === duty);
    // Published on 1 July: today in the UK, though UTC is still on 30 June, so not in the future.
    const today = await record({ duty, publishedOn: TODAY });
    expect(today.errors).toBeUndefined();
    expect((today.data as any).recordDutyPublication.duty).toEqual({ id: duty, nextDue: '2028-07-01', overdue: false });
    // A day later in the UK is in the future.
    expect((await record({ duty, publishedOn: '2027-07-02' })).errors?.[0]?.message).toContain('2027-07-02 is in the future');

    // Published on 29 February 2028: a year later there is no 29 February, so it is due on the 28th.
    const leap = await record({ duty, publishedOn: '2028-02-29' }, STAFF, fixedClock('2028-02-29T12:00:00Z'));
    expect((leap.data as any).recordDutyPublication.duty).toEqual({ id: duty, nextDue: '2029-02-28', overdue: false });
    // 23:30 UTC on 28 February 2029 is 23:30 GMT, still the due day: in time.
    expect(await timing(fixedClock('2029-02-28T23:30:00Z'))).toEqual({ id: duty, nextDue: '2029-02-28', overdue: false });
    expect(await timing(fixedClock('2029-03-01T00:30:00Z'))).toEqual({ id: duty, nextDue: '2029-02-28', overdue: true });
  });

  it('refuses a bad publication field by field, or an unknown duty, and writes nothing', async () => {
    const before = await publications();
    const duty = 'wmp-edhr-strategy:publish-equality-objectives';
    const bad = await record({ duty, publishedOn: '1/12/2012', url: 'ftp://example.org/file' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'publishedOn', message: '"1/12/2012" is not a date: write it as YYYY-MM-DD' },
      { path: 'url', message: '"ftp://example.org/file" is not an http or https address' },
    ]);
    const future = '2028-07-01';
    const ahead = await record({ duty, publishedOn: future });
    expect(ahead.errors?.[0]?.extensions?.field).toBe('publishedOn');
    expect(ahead.errors?.[0]?.message).toContain(`${future} is in the future`);
    expect((await record({ duty, publishedOn: '2023-02-29' })).errors?.[0]?.extensions?.field).toBe('publishedOn');

    const unknown = await record({ duty: 'wmp-edhr-strategy:no-such-duty', publishedOn: '2012-04-06' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'duty' });
    expect((await record({ duty: 'no-colon', publishedOn: '2012-04-06' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await publications()).toBe(before);
  });

  it('loads duties and their publications in one statement each, however many strategies ask', async () => {
    const query = `{ strategies { id duties { id nextDue overdue publications { publishedOn } latestPublication { publishedOn } } } }`;
    const all = await data(query);
    const perStrategy = statements.length;
    expect(all.strategies.flatMap((s: any) => s.duties)).toHaveLength(10);
    await data(`{ strategy(id: "wmp-edhr-strategy") { duties { id nextDue overdue publications { publishedOn } latestPublication { publishedOn } } } }`);
    expect(perStrategy).toBe(statements.length);
    // The strategies, disabled plugins, duties, publications.
    expect(perStrategy).toBe(4);
  });

  it('lists every risk of the strategy\'s delivery actions with its action, batched', async () => {
    const { strategy } = await data(`{ strategy(id: "wmp-edhr-strategy") { actions { id reference risks } risks { text action { id reference } } } }`);
    expect(strategy.risks).toHaveLength(18);
    expect(strategy.risks).toEqual(
      strategy.actions.flatMap((a: any) => a.risks.map((text: string) => ({ text, action: { id: a.id, reference: a.reference } }))),
    );
    expect(strategy.risks).toContainEqual({
      text: 'Failure to publish will be a breach of our Duty under the Equality Act.',
      action: { id: 'wmp-edhr-theme-3-organisational-processes:dp-21', reference: '3.5' },
    });
    expect(strategy.risks[0].action.id).toBe('wmp-edhr-theme-1-service-delivery:dp-01');
    expect(strategy.risks[0].text).toMatch(/^Community & Political Concern about the closure of front offices/);

    // Risks of every strategy: one statement for all their actions.
    const all = await data(`{ strategies { id risks { text action { id } } } }`);
    expect(statements.length).toBe(3);
    const counts = Object.fromEntries(all.strategies.map((s: any) => [s.id, s.risks.length]));
    expect(counts['wmp-edhr-strategy']).toBe(18);
    expect(counts['pcc-equality-objectives-2021-2025']).toBe(0);
  });

  it('gives the provenance of every seed plugin', async () => {
    const { plugins } = await data(`{ plugins { id name description source { title publisher published url } dependsOn { id version } } }`);
    const byId = Object.fromEntries(plugins.map((p: any) => [p.id, p]));
    const provenance = (id: string) => {
      const { name, source, dependsOn } = byId[id];
      return { name, source, dependsOn };
    };
    const noDate = { published: null, url: null };
    expect(provenance('wmp-edhr-strategy')).toEqual({
      name: 'West Midlands Police Equality, Diversity and Human Rights Strategy',
      source: { title: 'Equality, Diversity and Human Rights Strategy', publisher: 'West Midlands Police', ...noDate },
      dependsOn: [],
    });
    expect(provenance('wmp-edhr-delivery-plan')).toEqual({
      name: 'West Midlands Police EDHR Staff Survey Delivery Plan',
      source: {
        title: 'Equality, Diversity and Human Rights Delivery Plan (EDHR Programme Board - Delivery Plan; Staff Survey Delivery Plan)',
        publisher: 'West Midlands Police',
        ...noDate,
      },
      dependsOn: [{ id: 'wmp-edhr-strategy', version: '^2.0.0' }],
    });
    const themeSource = {
      title: 'Equality, Diversity and Human Rights Strategy; Equality, Diversity and Human Rights Delivery Plan (EDHR Programme Board - Delivery Plan)',
      publisher: 'West Midlands Police',
      ...noDate,
    };
    for (const [id, name] of [
      ['wmp-edhr-theme-1-service-delivery', 'West Midlands Police EDHR Strategy, Strategic Theme 1: Operational/Service Delivery'],
      ['wmp-edhr-theme-2-people-culture', 'West Midlands Police EDHR Strategy, Strategic Theme 2: People and Culture'],
      ['wmp-edhr-theme-3-organisational-processes', 'West Midlands Police EDHR Strategy, Strategic Theme 3: Organisational Processes'],
    ]) {
      expect(provenance(id!)).toEqual({ name, source: themeSource, dependsOn: [{ id: 'wmp-edhr-strategy', version: '^2.0.0' }] });
    }
    expect(provenance('west-mercia-dei-strategy')).toEqual({
      name: 'West Mercia Police Diversity, Equality and Inclusion Interim Strategy 2024-25',
      source: { title: 'Diversity, Equality and Inclusion Interim Strategy 2024-25', publisher: 'West Mercia Police', ...noDate },
      dependsOn: [],
    });
    expect(provenance('west-mercia-pcc-equality-objectives')).toEqual({
      name: 'West Mercia PCC Equality Objectives 2021-2025',
      source: { title: 'Equality Objectives 2021-2025', publisher: 'West Mercia Police & Crime Commissioner', ...noDate },
      dependsOn: [],
    });
    expect(provenance('wmp-inclusion-strategy-2018')).toEqual({
      name: 'WMP D & I Strategy 2018 – 2021 "Inclusion from the inside out"',
      source: { title: 'D & I Strategy 2018 – 2021 - Inclusion from the inside out', publisher: 'West Midlands Police', ...noDate },
      dependsOn: [],
    });
    expect(byId['wmp-edhr-strategy'].description).toMatch(/^The WMP EDHR Strategy: EDHR vision, the four WMP values/);
    expect(byId['west-mercia-pcc-equality-objectives'].description).toMatch(/^The Police & Crime Commissioner's 18 equality objectives/);
    expect(byId['wmp-edhr-delivery-plan'].description).toMatch(/^The 20 actions of the WMP Staff Survey Delivery Plan/);
    expect(byId['wmp-edhr-theme-2-people-culture'].description).toMatch(/^Strategic theme 2 of the WMP EDHR Strategy, People and Culture/);
    expect(byId['west-mercia-dei-strategy'].description).toMatch(/^The three pillars \(Our People, Our Communities/);
    expect(byId['wmp-inclusion-strategy-2018'].description).toMatch(/^Four D & I goals with qualitative outcomes/);
  });

  it('hides themes, governance bodies and duties a new version drops, unless asked, and keeps their publications', async () => {
    const registry = new PluginRegistrationService(db.orm.em, clock);
    const withoutTheme = structuredClone<PluginManifestInput>(wmpEdhrOrganisationalProcesses);
    withoutTheme.version = '1.8.0';
    withoutTheme.themes = [];
    // Its EQIAs and engagement name the key actions dropped with the theme.
    withoutTheme.eqias = [];
    withoutTheme.engagements = [];
    withoutTheme.sourceDiscrepancies = [];
    expect((await registry.register(withoutTheme, { sourceKind: 'module', sourceRef: 'test' })).outcome).toBe('updated');
    const next = structuredClone<PluginManifestInput>(wmpEdhrStrategy);
    next.version = '2.8.0';
    next.governance = next.governance!.filter((g) => g.key !== 'diversity-champions');
    next.duties = next.duties!.filter((d) => d.key !== 'publish-equality-information');
    const { outcome } = await new PluginRegistrationService(db.orm.em, clock).register(next, { sourceKind: 'module', sourceRef: 'test' });
    expect(outcome).toBe('updated');

    const { strategy, organisation } = await data(`{
      strategy(id: "wmp-edhr-strategy") {
        themes { id archived }
        everyTheme: themes(includeArchived: true) { id archived objectives { code } }
        governance { name }
        everyBody: governance(includeArchived: true) { name archived }
        duties { key }
        everyDuty: duties(includeArchived: true) { key archived publications { publishedOn } }
      }
      organisation(id: "west-midlands-police") { governance { name } everyBody: governance(includeArchived: true) { name archived } }
    }`);
    expect(strategy.themes).toEqual([
      { id: 'wmp-edhr-theme-1-service-delivery:service-delivery', archived: false },
      { id: 'wmp-edhr-theme-2-people-culture:people-culture', archived: false },
    ]);
    expect(strategy.everyTheme.map((t: any) => [t.id, t.archived])).toEqual([
      ['wmp-edhr-theme-1-service-delivery:service-delivery', false],
      ['wmp-edhr-theme-2-people-culture:people-culture', false],
      ['wmp-edhr-theme-3-organisational-processes:organisational-processes', true],
    ]);
    // Its key actions went with it: archived, so no longer listed.
    expect(strategy.everyTheme[2].objectives).toEqual([]);
    expect(strategy.governance.map((g: any) => g.name)).not.toContain('Diversity Champion');
    expect(strategy.everyBody).toContainEqual({ name: 'Diversity Champion', archived: true });
    expect(strategy.everyBody).toHaveLength(strategy.governance.length + 1);
    expect(organisation.governance.map((g: any) => g.name)).not.toContain('Diversity Champion');
    expect(organisation.everyBody).toContainEqual({ name: 'Diversity Champion', archived: true });
    expect(strategy.duties.map((d: any) => d.key)).not.toContain('publish-equality-information');
    expect(strategy.duties).toHaveLength(7);
    const dropped = strategy.everyDuty.find((d: any) => d.key === 'publish-equality-information');
    expect(dropped.archived).toBe(true);
    expect(dropped.publications).toHaveLength(5);

    // An archived duty takes no new publications.
    const refused = await record({ duty: 'wmp-edhr-strategy:publish-equality-information', publishedOn: '2013-01-31' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
