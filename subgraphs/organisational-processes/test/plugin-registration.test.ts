import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PluginValidationError, type PluginManifestInput } from '@edhr/plugin-sdk';
import wmpEdhrStrategy from '@edhr/plugin-wmp-edhr-strategy';
import wmpEdhrDeliveryPlan from '@edhr/plugin-wmp-edhr-delivery-plan';
import wmpEdhrServiceDelivery from '@edhr/plugin-wmp-edhr-theme-1-service-delivery';
import wmpEdhrOrganisationalProcesses from '@edhr/plugin-wmp-edhr-theme-3-organisational-processes';
import westMerciaPcc from '@edhr/plugin-west-mercia-pcc-equality-objectives';
import wmpInclusion2018 from '@edhr/plugin-wmp-inclusion-strategy-2018';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { PluginConflictError, PluginRegistrationError } from '../src/content/plugin-registration.error';
import { count, openRegistryDatabase, seedPlugins, snapshot, type RegistryDatabase } from './registry-database';
import { fixedClock } from '@edhr/kit';

// Nothing here depends on the date; a fixed one keeps it that way.
const clock = fixedClock('2026-11-15T10:00:00Z');

const S = '"organisational_processes"';
const SD = 'wmp-edhr-theme-1-service-delivery';
const PC = 'wmp-edhr-theme-2-people-culture';
const OP = 'wmp-edhr-theme-3-organisational-processes';

describe('plugin registration', { timeout: 120_000 }, () => {
  let db: RegistryDatabase;
  let service: PluginRegistrationService;
  const objectivesOf = (pluginId: string, kind: string) =>
    count(db.orm, `select count(*) as n from ${S}.objective where plugin_id = ? and kind = ? and not archived`, [pluginId, kind]);
  const perTheme = async (pluginId: string) => {
    const rows = await db.orm.em.getConnection().execute<{ key: string; n: string }[]>(
      `select t.key, count(o.id) as n from ${S}.theme t left join ${S}.objective o on o.theme_id = t.id and not o.archived
       where t.plugin_id = ? group by t.key, t.position order by t.position`,
      [pluginId],
    );
    return rows.map((r) => [r.key, Number(r.n)]);
  };
  const register = (input: unknown) => service.register(input, { sourceKind: 'module', sourceRef: 'test' });

  beforeAll(async () => {
    db = await openRegistryDatabase();
    service = new PluginRegistrationService(db.orm.em, clock);
    for (const plugin of seedPlugins) {
      const { outcome } = await register(plugin);
      expect(outcome).toBe('created');
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  it('registers the WMP EDHR strategy and its three theme plugins: one theme each, with 5/6/5 key actions', async () => {
    expect(await perTheme('wmp-edhr-strategy')).toEqual([]);
    expect(await perTheme(SD)).toEqual([['service-delivery', 5]]);
    expect(await perTheme(PC)).toEqual([['people-culture', 6]]);
    expect(await perTheme(OP)).toEqual([['organisational-processes', 5]]);
    const codes = await db.orm.em.getConnection().execute<{ code: string; strategy: string }[]>(
      `select o.code, s.key as strategy from ${S}.objective o join ${S}.strategy s on s.id = o.strategy_id
       where o.plugin_id like 'wmp-edhr-theme-%' order by o.plugin_id, o.position`,
    );
    expect(new Set(codes.map((c) => c.strategy))).toEqual(new Set(['wmp-edhr-strategy']));
    expect(codes.map((c) => c.code)).toEqual([
      '1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3', '3.4', '3.5',
    ]);
    expect(await count(db.orm, `select count(*) as n from ${S}.organisation`)).toBe(3);
  });

  it('attaches each theme plugin\'s delivery-plan rows to the strategy it extends and reports unresolved and shifted references', async () => {
    const rows = await db.orm.em.getConnection().execute<{ key: string; reference: string; linked: string | null; strategy: string; theme: string }[]>(
      `select a.key, a.reference, o.plugin_id || ':' || o.key as linked, s.key as strategy, t.plugin_id || ':' || t.key as theme
       from ${S}.delivery_action a join ${S}.strategy s on s.id = a.strategy_id left join ${S}.objective o on o.id = a.objective_id
       left join ${S}.theme t on t.id = a.theme_id
       where a.plugin_id like 'wmp-edhr-theme-%' order by a.plugin_id, a.position`,
    );
    expect(rows.map((r) => r.key)).toEqual(Array.from({ length: 22 }, (_, i) => `dp-${String(i + 1).padStart(2, '0')}`));
    expect(new Set(rows.map((r) => r.strategy))).toEqual(new Set(['wmp-edhr-strategy']));
    const link = Object.fromEntries(rows.map((r) => [r.key, r.linked]));
    expect(link['dp-01']).toBe(`${SD}:sd-ka-1`);
    expect(link['dp-10']).toBe(`${PC}:pc-ka-3`);
    expect(link['dp-16']).toBe(`${OP}:op-ka-1`);
    expect(link['dp-17']).toBeNull();
    expect(link['dp-18']).toBe(`${OP}:op-ka-2`);
    expect(link['dp-22']).toBe(`${OP}:op-ka-5`);
    expect(rows.filter((r) => r.linked === null).map((r) => r.key)).toEqual(['dp-17']);
    // Each row is filed under its plugin's theme, the unlinked 3.2 row included.
    expect(rows.find((r) => r.key === 'dp-17')!.theme).toBe(`${OP}:organisational-processes`);
    expect(await count(db.orm, `select count(*) as n from ${S}.progress_update`)).toBe(22);

    const plugin = (await service.register(wmpEdhrOrganisationalProcesses, { sourceKind: 'module', sourceRef: 'test' })).plugin;
    const at = (path: string) => plugin.warnings.filter((w) => w.path === path).map((w) => w.message).join('\n');
    expect(at('themes[0].actions[1].reference')).toMatch(new RegExp(`reference "3\\.2" matches the code of objective "${OP}:op-ka-2".*not linked`));
    for (const [i, written, code] of [[2, '3.3', '3.2'], [3, '3.4', '3.3'], [4, '3.5', '3.4'], [5, '3.5', '3.4'], [6, '3.6', '3.5']] as const) {
      expect(at(`themes[0].actions[${i}].objective`)).toContain(`reference "${written}" is written`);
      expect(at(`themes[0].actions[${i}].objective`)).toContain(`whose code is "${code}" (shifted reference)`);
    }
    // The manifest's own warnings are kept beside the ones registration adds.
    expect(at('themes[0].actions')).toMatch(/3\.1 to 3\.6/);
  });

  it('registers West Mercia DEI: 3 themes, 9 areas, 25 commitments, 9 equality objectives', async () => {
    expect(await count(db.orm, `select count(*) as n from ${S}.theme where plugin_id = 'west-mercia-dei-strategy'`)).toBe(3);
    expect(await objectivesOf('west-mercia-dei-strategy', 'area')).toBe(9);
    expect(await objectivesOf('west-mercia-dei-strategy', 'commitment')).toBe(25);
    expect(await objectivesOf('west-mercia-dei-strategy', 'equality-objective')).toBe(9);
    expect(
      await count(db.orm, `select count(*) as n from ${S}.objective where plugin_id = 'west-mercia-dei-strategy' and kind = 'commitment' and parent_key is not null`),
    ).toBe(25);
  });

  it('registers the PCC objectives: 18 in three themes, 7/7/4', async () => {
    expect(await perTheme('west-mercia-pcc-equality-objectives')).toEqual([
      ['our-communities', 7],
      ['our-organisation', 7],
      ['our-partners', 4],
    ]);
    expect(await count(db.orm, `select count(*) as n from ${S}.organisation where key = 'west-mercia-pcc' and kind = 'police-and-crime-commissioner'`)).toBe(1);
  });

  it('registers WMP 2018: 4 goals, 10 learning modules and the workforce figures', async () => {
    expect(await objectivesOf('wmp-inclusion-strategy-2018', 'goal')).toBe(4);
    expect(await objectivesOf('wmp-inclusion-strategy-2018', 'learning-module')).toBe(10);
    const figures = await db.orm.em.getConnection().execute<{ key: string; value: number; period: string }[]>(
      `select k.key, m.value, m.period from ${S}.measurement m join ${S}.kpi k on k.id = m.kpi_id
       where k.key in ('bame-share-of-workforce', 'bame-share-of-community', 'bame-share-of-birmingham') order by m.value`,
    );
    expect(figures.map((f) => [f.key, Number(f.value), f.period])).toEqual([
      ['bame-share-of-workforce', 12, '2018'],
      ['bame-share-of-community', 30, '2018'],
      ['bame-share-of-birmingham', 42, '2018'],
    ]);
  });

  it('writes nothing when the same plugin and version is registered again', async () => {
    const before = await snapshot(db.orm);
    for (const plugin of seedPlugins) expect((await register(plugin)).outcome).toBe('unchanged');
    expect(await snapshot(db.orm)).toEqual(before);
  });

  it('archives what a new version drops and keeps measurements and progress', async () => {
    const next = structuredClone<PluginManifestInput>(wmpInclusion2018);
    next.version = '1.8.0';
    next.strategy.kpis = next.strategy.kpis!.filter((k) => k.key !== 'bame-share-of-workforce');
    const droppedModule = next.strategy.objectives!.find((o) => o.kind === 'learning-module')!.key;
    next.strategy.objectives = next.strategy.objectives!.filter((o) => o.key !== droppedModule);
    const measurementsBefore = await count(db.orm, `select count(*) as n from ${S}.measurement`);
    expect((await register(next)).outcome).toBe('updated');
    expect(await count(db.orm, `select count(*) as n from ${S}.kpi where key = 'bame-share-of-workforce' and archived`)).toBe(1);
    expect(await count(db.orm, `select count(*) as n from ${S}.objective where key = ? and archived`, [droppedModule])).toBe(1);
    expect(await objectivesOf('wmp-inclusion-strategy-2018', 'learning-module')).toBe(9);
    expect(await count(db.orm, `select count(*) as n from ${S}.measurement`)).toBe(measurementsBefore);

    const plan = structuredClone<PluginManifestInput>(wmpEdhrServiceDelivery);
    plan.version = '1.8.0';
    const rows = plan.themes![0]!.actions!.filter((a) => a.key !== 'dp-05');
    rows[0]!.progress = [...rows[0]!.progress!, { text: 'CST roll-out completed.', date: '2012-03-01' }];
    plan.themes![0]!.actions = rows;
    expect((await register(plan)).outcome).toBe('updated');
    expect(await count(db.orm, `select count(*) as n from ${S}.delivery_action where key = 'dp-05' and archived`)).toBe(1);
    const progress = await db.orm.em.getConnection().execute<{ key: string; text: string; sequence: number }[]>(
      `select a.key, p.text, p.sequence from ${S}.progress_update p join ${S}.delivery_action a on a.id = p.action_id
       where a.key in ('dp-01', 'dp-05') order by a.key, p.sequence`,
    );
    expect(progress.map((p) => [p.key, p.sequence])).toEqual([['dp-01', 0], ['dp-01', 1], ['dp-05', 0]]);
    expect(progress[1]!.text).toBe('CST roll-out completed.');
    expect(await count(db.orm, `select count(*) as n from ${S}.progress_update`)).toBe(23);
  });

  it('writes the duties the documents restate: the WMP strategy\'s eight, the PCC\'s two', async () => {
    const duties = await db.orm.em.getConnection().execute<{ plugin: string; key: string; frequency: string | null; strategy: string }[]>(
      `select d.plugin_id as plugin, d.key, d.frequency, s.key as strategy from ${S}.duty d join ${S}.strategy s on s.id = d.strategy_id
       where not d.archived order by d.plugin_id, d.position`,
    );
    expect(duties.map((d) => [d.plugin, d.key, d.frequency, d.strategy])).toEqual([
      ['west-mercia-pcc-equality-objectives', 'prepare-and-publish-equality-objectives', 'at least every 4 years', 'pcc-equality-objectives-2021-2025'],
      ['west-mercia-pcc-equality-objectives', 'due-regard-advance-equality-of-opportunity', null, 'pcc-equality-objectives-2021-2025'],
      ['wmp-edhr-strategy', 'psed-eliminate-discrimination', null, 'wmp-edhr-strategy'],
      ['wmp-edhr-strategy', 'psed-advance-equality-of-opportunity', null, 'wmp-edhr-strategy'],
      ['wmp-edhr-strategy', 'psed-foster-good-relations', null, 'wmp-edhr-strategy'],
      ['wmp-edhr-strategy', 'psed-protected-characteristics', null, 'wmp-edhr-strategy'],
      ['wmp-edhr-strategy', 'publish-equality-information', 'at intervals of not greater than one year', 'wmp-edhr-strategy'],
      ['wmp-edhr-strategy', 'publish-equality-objectives', 'at intervals of not greater than four years', 'wmp-edhr-strategy'],
      ['wmp-edhr-strategy', 'objectives-specific-and-measurable', null, 'wmp-edhr-strategy'],
      ['wmp-edhr-strategy', 'publish-accessibly', null, 'wmp-edhr-strategy'],
    ]);
  });

  it('archives the themes, governance bodies and duties a new version drops, and restores them when they come back', async () => {
    const ids = async (table: string, pluginId: string, archived: boolean) =>
      (
        await db.orm.em.getConnection().execute<{ key: string }[]>(
          `select key from ${S}.${table} where plugin_id = ? and archived = ? order by position, key`,
          [pluginId, archived],
        )
      ).map((r) => r.key);
    const themeIds = () => db.orm.em.getConnection().execute<{ id: string }[]>(`select id from ${S}.theme where plugin_id = ? order by position`, [OP]);
    const idsBefore = await themeIds();

    const next = structuredClone<PluginManifestInput>(wmpEdhrStrategy);
    next.version = '2.8.0';
    next.governance = next.governance!.filter((g) => g.key !== 'diversity-champions');
    next.duties = next.duties!.filter((d) => d.key !== 'publish-accessibly');
    expect((await register(next)).outcome).toBe('updated');
    expect(await ids('governance_body', 'wmp-edhr-strategy', true)).toEqual(['diversity-champions']);
    expect(await ids('duty', 'wmp-edhr-strategy', true)).toEqual(['publish-accessibly']);
    expect(await count(db.orm, `select count(*) as n from ${S}.governance_body where plugin_id = 'wmp-edhr-strategy'`)).toBe(21);
    expect(await count(db.orm, `select count(*) as n from ${S}.duty where plugin_id = 'wmp-edhr-strategy'`)).toBe(8);

    const withoutTheme = structuredClone<PluginManifestInput>(wmpEdhrOrganisationalProcesses);
    withoutTheme.version = '1.8.0';
    withoutTheme.themes = [];
    // Its EQIAs and engagement name the key actions dropped with the theme.
    withoutTheme.eqias = [];
    withoutTheme.engagements = [];
    withoutTheme.sourceDiscrepancies = [];
    expect((await register(withoutTheme)).outcome).toBe('updated');
    expect(await ids('theme', OP, true)).toEqual(['organisational-processes']);
    // Its key actions and rows are archived with it; nothing is deleted.
    expect(await count(db.orm, `select count(*) as n from ${S}.objective where plugin_id = ? and archived`, [OP])).toBe(5);
    expect(await count(db.orm, `select count(*) as n from ${S}.delivery_action where plugin_id = ? and archived`, [OP])).toBe(7);
    // The sibling themes are untouched.
    expect(await ids('theme', SD, false)).toEqual(['service-delivery']);
    expect(await ids('theme', PC, false)).toEqual(['people-culture']);

    const back = structuredClone<PluginManifestInput>(wmpEdhrStrategy);
    back.version = '2.9.0';
    expect((await register(back)).outcome).toBe('updated');
    const themeBack = structuredClone<PluginManifestInput>(wmpEdhrOrganisationalProcesses);
    themeBack.version = '1.9.0';
    expect((await register(themeBack)).outcome).toBe('updated');
    for (const table of ['governance_body', 'duty']) expect(await ids(table, 'wmp-edhr-strategy', true), table).toEqual([]);
    for (const table of ['theme', 'objective', 'delivery_action']) expect(await ids(table, OP, true), table).toEqual([]);
    // The same rows came back, so whatever hangs off them is still attached.
    expect(await themeIds()).toEqual(idsBefore);
  });

  it('refuses a version of a theme plugin that drops key actions a dependent links to, naming it', async () => {
    const dependent: PluginManifestInput = {
      id: 'eqia-follow-up',
      version: '1.0.0',
      name: 'EQIA follow-up',
      source: { title: 'EQIA follow-up plan', publisher: 'West Midlands Police' },
      organisation: { key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force' },
      dependsOn: [{ id: OP, version: '^1.0.0' }],
      strategy: { key: 'eqia-follow-up', title: 'EQIA follow-up plan' },
      themes: [
        {
          key: 'follow-up',
          name: 'Follow-up',
          domain: 'organisational-processes',
          kpis: [{ key: 'reviews', name: 'EQIAs reviewed', unit: 'count', direction: 'up', objective: `${OP}:op-ka-2` }],
        },
      ],
    };
    expect((await register(dependent)).outcome).toBe('created');
    const before = await snapshot(db.orm);
    const next = structuredClone<PluginManifestInput>(wmpEdhrOrganisationalProcesses);
    next.version = '1.9.1';
    // Its own rows, EQIA and engagement that name the key action let go of it too.
    next.themes = next.themes!.map((t) => ({
      ...t,
      objectives: t.objectives!.filter((o) => o.key !== 'op-ka-2'),
      actions: t.actions!.map(({ objective, ...row }) => (objective === 'op-ka-2' ? row : { ...row, objective })),
    }));
    next.eqias = [];
    next.engagements = [];
    const error = await register(next).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginConflictError);
    expect((error as PluginConflictError).details.dependents).toEqual(['eqia-follow-up']);
    expect((error as Error).message).toMatch(/dependents\.eqia-follow-up\.themes\[0\]\.kpis\[0\]\.objective: plugin "eqia-follow-up" \S+ depends on this plugin: plugin "wmp-edhr-theme-3-organisational-processes" 1\.9\.1 declares no objective "op-ka-2"/);
    expect(await snapshot(db.orm)).toEqual(before);
  });

  it('refuses an invalid manifest naming the plugin and the field, and changes nothing', async () => {
    const before = await snapshot(db.orm);
    const broken = structuredClone<PluginManifestInput>(westMerciaPcc);
    broken.version = '2.0.0';
    broken.themes![1]!.objectives![2]!.statement = '';
    const error = await register(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginValidationError);
    expect((error as PluginValidationError).pluginId).toBe('west-mercia-pcc-equality-objectives');
    expect((error as Error).message).toContain('themes[1].objectives[2].statement');
    expect(await snapshot(db.orm)).toEqual(before);

    // A problem found half-way through writing rolls everything back too.
    const badLink = structuredClone<PluginManifestInput>(wmpEdhrOrganisationalProcesses);
    badLink.version = '2.0.0';
    badLink.themes![0]!.actions![0]!.objective = 'wmp-edhr-strategy:no-such-key-action';
    // An objective of a dependency that it does not declare is refused before anything is written.
    const linkError = await register(badLink).catch((e: unknown) => e);
    expect(linkError).toBeInstanceOf(PluginValidationError);
    expect((linkError as Error).message).toMatch(/themes\[0\]\.actions\[0\]\.objective: plugin "wmp-edhr-strategy" \S+ declares no objective "no-such-key-action"/);
    expect(await snapshot(db.orm)).toEqual(before);
  });

  it('refuses a plugin whose dependency is not registered', async () => {
    const before = await snapshot(db.orm);
    const orphan = structuredClone<PluginManifestInput>(wmpEdhrDeliveryPlan);
    orphan.id = 'orphan-delivery-plan';
    orphan.dependsOn = [{ id: 'unregistered-strategy', version: '^1.0.0' }];
    orphan.strategy = { key: 'unregistered-strategy', extends: 'unregistered-strategy' };
    // Its EQIAs and engagement name the strategy's objectives, which an orphan cannot reach.
    orphan.eqias = [];
    orphan.engagements = [];
    const error = await register(orphan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginRegistrationError);
    expect((error as Error).message).toBe(
      'Plugin "orphan-delivery-plan" cannot be registered:\n  - dependsOn[0]: depends on plugin "unregistered-strategy", which is not registered; register it first',
    );
    expect(await snapshot(db.orm)).toEqual(before);

    const tooNew = structuredClone<PluginManifestInput>(westMerciaPcc);
    tooNew.id = 'future-plugin';
    tooNew.strategy.key = 'future-strategy';
    tooNew.pluginApi = '^2.0.0';
    await expect(register(tooNew)).rejects.toThrow(/pluginApi: needs plugin API "\^2\.0\.0", but this registry implements 1\.0\.0/);
  });

  it('registers a plugin once when two replicas register it at the same time', async () => {
    const copy = structuredClone<PluginManifestInput>(westMerciaPcc);
    copy.id = 'concurrent-copy';
    copy.strategy.key = 'concurrent-copy-strategy';
    const second = await db.open();
    const [a, b] = await Promise.all([
      new PluginRegistrationService(db.orm.em, clock).register(copy, { sourceKind: 'module', sourceRef: 'replica-a' }),
      new PluginRegistrationService(second.em, clock).register(copy, { sourceKind: 'module', sourceRef: 'replica-b' }),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['created', 'unchanged']);
    expect(await count(db.orm, `select count(*) as n from ${S}.plugin where plugin_id = 'concurrent-copy'`)).toBe(1);
    expect(await count(db.orm, `select count(*) as n from ${S}.objective where plugin_id = 'concurrent-copy'`)).toBe(18);
  });

  it('refuses a strategy key that another plugin already defines', async () => {
    const clash = structuredClone<PluginManifestInput>(wmpEdhrStrategy);
    clash.id = 'clashing-strategy';
    await expect(register(clash)).rejects.toThrow(/strategy\.key: strategy "wmp-edhr-strategy" is already defined by plugin "wmp-edhr-strategy"/);
  });
});
