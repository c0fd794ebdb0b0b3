import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tokenFor, type Harness } from './harness';

const SD = 'wmp-edhr-theme-1-service-delivery';
const PC = 'wmp-edhr-theme-2-people-culture';
const OP = 'wmp-edhr-theme-3-organisational-processes';

/**
 * The WMP EDHR strategy as a strategy plugin extended by one plugin per strategic theme, and what
 * the delivery loop reads off it, through the gateway over HTTP.
 */
describe('strategic themes as plugins, through the gateway', { timeout: 240_000 }, () => {
  let harness: Harness;
  let admin: string;
  let staff: string;
  beforeAll(async () => {
    harness = await startHarness();
    admin = await tokenFor(['admin']);
    staff = await tokenFor(['staff']);
  });
  afterAll(async () => {
    await harness?.stop();
  });

  /** The outbox delivers the staff-survey plan in the background: wait for it, boundedly. */
  async function staffSurveyPlanDelivered(): Promise<void> {
    let status = 'pending';
    for (let attempt = 0; attempt < 60 && status !== 'delivered'; attempt++) {
      const { body } = await harness.query('{ plugin(id: "wmp-edhr-delivery-plan") { deliveries { status } } }', { token: staff });
      status = body.data?.plugin?.deliveries?.[0]?.status ?? 'missing';
      if (status !== 'delivered') await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe('delivered');
  }

  const STRATEGY = `{ strategy(id: "wmp-edhr-strategy") { title vision values { name } governance { name } duties { key }
    themes { id code name objectives { code } kpis { id } actions { id } } actions { id } } }`;

  it('answers a public query that also asks a staff-only field, with that field null and its error, and the rest of the answer', async () => {
    const { status, body } = await harness.query(
      `{ strategies { id } strategy(id: "wmp-edhr-strategy") { title themes { code objectives { code staffSurveyActions { number } } } } }`,
    );
    expect(status).toBe(200);
    expect(body.data.strategies.map((s: { id: string }) => s.id)).toContain('wmp-edhr-strategy');
    expect(body.data.strategy.title).toBe('Equality, Diversity and Human Rights Strategy');
    const objectives = body.data.strategy.themes.flatMap((t: { objectives: unknown[] }) => t.objectives);
    expect(objectives).toHaveLength(16);
    expect(objectives.every((o: { staffSurveyActions: unknown }) => o.staffSurveyActions === null)).toBe(true);
    const errors = (body.errors ?? []) as { extensions?: { code?: string }; path?: (string | number)[] }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(errors[0]!.path?.at(-1)).toBe('staffSurveyActions');
    // The same for a delivery action's staff-survey links.
    const actions = await harness.query(`{ strategy(id: "wmp-edhr-strategy") { actions { id staffSurveyActions { number } } } }`);
    expect(actions.body.data.strategy.actions).toHaveLength(22);
    expect(actions.body.data.strategy.actions[0]).toEqual({ id: `${SD}:dp-01`, staffSurveyActions: null });
    expect(actions.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('serves the three themes of the WMP EDHR strategy from three plugin modules, each depending on the strategy plugin', async () => {
    const { body } = await harness.query(
      `{ plugins { id version sourceRef dependsOn { id version } } }`,
      { token: staff },
    );
    const byId = new Map(body.data.plugins.map((p: { id: string }) => [p.id, p]));
    for (const [id, module] of [
      [SD, '@edhr/plugin-wmp-edhr-theme-1-service-delivery'],
      [PC, '@edhr/plugin-wmp-edhr-theme-2-people-culture'],
      [OP, '@edhr/plugin-wmp-edhr-theme-3-organisational-processes'],
    ]) {
      expect(byId.get(id)).toEqual({ id, version: '1.0.0', sourceRef: module, dependsOn: [{ id: 'wmp-edhr-strategy', version: '^2.0.0' }] });
    }
    const strategy = (await harness.query(STRATEGY)).body.data.strategy;
    expect(strategy.themes.map((t: { id: string; code: string; name: string }) => [t.id, t.code, t.name])).toEqual([
      [`${SD}:service-delivery`, '1', 'Operational/Service Delivery'],
      [`${PC}:people-culture`, '2', 'People and Culture'],
      [`${OP}:organisational-processes`, '3', 'Organisational Processes'],
    ]);
    expect(strategy.themes.map((t: { objectives: unknown[]; actions: unknown[] }) => [t.objectives.length, t.actions.length])).toEqual([
      [5, 7],
      [6, 8],
      [5, 7],
    ]);
  });

  it('disabling one theme plugin (as admin, through the API) leaves the other themes and the strategy served', async () => {
    const before = (await harness.query(STRATEGY)).body.data.strategy;
    const SET = 'mutation ($id: ID!, $on: Boolean!) { setPluginEnabled(id: $id, enabled: $on) { id enabled } }';
    const refused = await harness.query(SET, { token: staff, variables: { id: PC, on: false } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const off = await harness.query(SET, { token: admin, variables: { id: PC, on: false } });
    expect(off.body.data.setPluginEnabled).toEqual({ id: PC, enabled: false });
    const without = (await harness.query(STRATEGY)).body.data.strategy;
    expect(without.themes.map((t: { id: string }) => t.id)).toEqual([`${SD}:service-delivery`, `${OP}:organisational-processes`]);
    expect(without.themes).toEqual([before.themes[0], before.themes[2]]);
    expect(without.actions.map((a: { id: string }) => a.id)).toEqual(
      before.actions.map((a: { id: string }) => a.id).filter((id: string) => !id.startsWith(`${PC}:`)),
    );
    // The strategy itself — title, vision, values, governance, duties — is untouched.
    const { themes: _t, actions: _a, ...rest } = without;
    const { themes: _bt, actions: _ba, ...restBefore } = before;
    expect(rest).toEqual(restBefore);

    const on = await harness.query(SET, { token: admin, variables: { id: PC, on: true } });
    expect(on.body.data.setPluginEnabled).toEqual({ id: PC, enabled: true });
    expect((await harness.query(STRATEGY)).body.data.strategy).toEqual(before);
  });

  it('puts staff-survey actions 9 and 12 under the EQIA key action, resolving their references through the delivery plan\'s numbering', async () => {
    await staffSurveyPlanDelivered();
    const { body } = await harness.query(
      `{ strategy(id: "wmp-edhr-strategy") { themes { objectives { id code statement planReferences staffSurveyActions { number keyActions } } } } }`,
      { token: staff },
    );
    expect(body.errors).toBeUndefined();
    type Row = { id: string; code: string; statement: string; planReferences: string[]; staffSurveyActions: { number: string; keyActions: string[] }[] };
    const objectives = body.data.strategy.themes.flatMap((t: { objectives: Row[] }) => t.objectives) as Row[];
    const byId = (id: string) => objectives.find((o) => o.id === id)!;
    const numbers = (o: Row) => o.staffSurveyActions.map((a) => a.number).filter((n) => n !== '15'); // 15 names "ALL"

    const eqia = byId(`${OP}:op-ka-2`);
    expect(eqia.statement).toMatch(/^Improve our approach to conducting equality impact assessments/);
    expect(eqia.code).toBe('3.2');
    expect(eqia.planReferences).toEqual(['3.3']);
    expect(numbers(eqia)).toEqual(['9', '12']);
    expect(eqia.staffSurveyActions.find((a) => a.number === '9')!.keyActions).toEqual(['3.1', '3.3']);
    // The strategy's own 3.3 (business processes) is the plan's 3.4: no staff-survey action names it.
    const businessProcesses = byId(`${OP}:op-ka-3`);
    expect(businessProcesses.planReferences).toEqual(['3.4']);
    expect(numbers(businessProcesses)).toEqual([]);
    expect(numbers(byId(`${OP}:op-ka-1`))).toEqual(['9']);
    // The mapping of every key action, written reference → resolved key action.
    expect(Object.fromEntries(objectives.filter((o) => o.code.startsWith('3.')).map((o) => [o.code, o.planReferences]))).toEqual({
      '3.1': ['3.1'],
      '3.2': ['3.3'],
      '3.3': ['3.4'],
      '3.4': ['3.5'],
      '3.5': ['3.6'],
    });
    expect(objectives.filter((o) => !o.code.startsWith('3.')).every((o) => o.planReferences.length === 1 && o.planReferences[0] === o.code)).toBe(true);

    // Each theme plugin's rows reach the staff-survey actions they list, which another plugin of the strategy brought.
    const rows = await harness.query(`{ strategy(id: "wmp-edhr-strategy") { actions { id staffSurveyActions { number } } } }`, { token: staff });
    expect(rows.body.errors).toBeUndefined();
    const listed = Object.fromEntries(
      rows.body.data.strategy.actions.map((a: { id: string; staffSurveyActions: { number: string }[] }) => [a.id, a.staffSurveyActions.map((x) => x.number)]),
    );
    expect(listed[`${SD}:dp-01`]).toEqual(['6', '15', '19']);
    expect(listed[`${PC}:dp-08`]).toEqual(['1', '2', '3', '10', '15']);
    expect(listed[`${OP}:dp-16`]).toEqual(['9', '15']);
  });

  it('resolves the written forms of one person to one owner, to which the staff-survey contacts point through federation', async () => {
    const { body } = await harness.query(
      `{ johnson: owners(search: "Supt Johnson") { id name aliases writtenAs actions { id ownersAsWritten } }
         byrne: owners(search: "byrne") { id name writtenAs actions { id } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.johnson).toHaveLength(1);
    const [johnson] = body.data.johnson;
    expect(johnson).toMatchObject({
      id: `${SD}:supt-johnson`,
      name: 'Supt Johnson',
      aliases: ['Supt Johnson', 'Supt Johnson - SCI', 'Supt Johnson - Hate Crime Silver'],
    });
    expect(johnson.actions.map((a: { id: string }) => a.id)).toEqual([`${SD}:dp-01`, `${SD}:dp-05`, `${SD}:dp-07`]);
    // The cells stay as written.
    expect(johnson.actions[0].ownersAsWritten).toMatch(/^Supt Johnson - SCI, /);
    expect(body.data.byrne).toEqual([
      {
        id: 'wmp-edhr-delivery-plan:cs-jo-byrne',
        name: 'CS Jo Byrne',
        writtenAs: ['Chief Superintendent Byrne', 'Chief Supt Byrne'],
        actions: [`${SD}:dp-05`, `${OP}:dp-19`, `${OP}:dp-20`, `${OP}:dp-21`].map((id) => ({ id })),
      },
    ]);

    await staffSurveyPlanDelivered();
    const plan = await harness.query(
      `{ staffSurveyActions(organisation: "west-midlands-police") { number contact contactOwner { id name actions { id } } localOwner localOwnerAsOwner { id name } } }`,
      { token: staff },
    );
    expect(plan.body.errors).toBeUndefined();
    const five = plan.body.data.staffSurveyActions.find((a: { number: string }) => a.number === '5');
    expect(five).toEqual({
      number: '5',
      contact: 'CS Jo Byrne',
      contactOwner: { id: 'wmp-edhr-delivery-plan:cs-jo-byrne', name: 'CS Jo Byrne', actions: body.data.byrne[0].actions },
      localOwner: 'Head of Local Policing',
      localOwnerAsOwner: { id: 'wmp-edhr-delivery-plan:head-of-local-policing', name: 'Head of Local Policing' },
    });
    // Every contact and local owner the plan writes is an owner.
    for (const action of plan.body.data.staffSurveyActions) {
      if (action.contact) expect(action.contactOwner?.name, action.number).toBe(action.contact);
      if (action.localOwner) expect(action.localOwnerAsOwner?.name, action.number).toBe(action.localOwner);
    }
  });
});
