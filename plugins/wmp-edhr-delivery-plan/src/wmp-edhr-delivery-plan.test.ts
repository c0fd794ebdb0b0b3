import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-delivery-plan plugin', () => {
  const { manifest, warnings } = validatePlugin(plugin);
  const row = (key: string) => {
    const found = manifest.actions.find((a) => a.key === key);
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };

  it('validates and extends the WMP EDHR strategy', () => {
    expect(manifest.id).toBe('wmp-edhr-delivery-plan');
    expect(manifest.version).toBe('1.2.0');
    expect(manifest.dependsOn).toEqual([{ id: 'wmp-edhr-strategy', version: '^1.0.0' }]);
    expect(manifest.strategy.key).toBe('wmp-edhr-strategy');
    expect(manifest.strategy.extends).toBe('wmp-edhr-strategy');
    expect(manifest.organisation).toEqual({
      key: 'west-midlands-police',
      name: 'West Midlands Police',
      kind: 'police-force',
      areaCode: 'E23000014',
    });
  });

  it('has the 22 delivery-plan rows with their references in document order', () => {
    expect(manifest.actions).toHaveLength(22);
    expect(manifest.actions.map((a) => a.key)).toEqual(
      Array.from({ length: 22 }, (_, i) => `dp-${String(i + 1).padStart(2, '0')}`),
    );
    expect(manifest.actions.map((a) => a.reference)).toEqual([
      '1.1', '1.2', '1.2', '1.3', '1.4', '1.5', '1.5',
      '2.1', '2.2', '2.3', '2.3', '2.3', '2.4', '2.5', '2.6',
      '3.1', '3.2', '3.3', '3.4', '3.5', '3.5', '3.6',
    ]);
    expect(manifest.actions.every((a) => a.actions.length > 0)).toBe(true);
    expect(row('dp-01').actions).toHaveLength(8);
    expect(row('dp-01').actions[0]).toBe('Continuous Improvement');
  });

  it('splits owners per person or role and keeps the cell as written', () => {
    expect(manifest.actions.filter((a) => a.owners.length > 1).map((a) => a.key)).toEqual([
      'dp-01', 'dp-02', 'dp-04', 'dp-05', 'dp-06', 'dp-07', 'dp-08', 'dp-09',
      'dp-10', 'dp-11', 'dp-12', 'dp-14', 'dp-19', 'dp-21', 'dp-22',
    ]);
    expect(row('dp-05').owners).toEqual(['Supt Johnson', 'CI Howatt', 'PSD', 'Chief Supt Byrne']);
    expect(row('dp-05').ownersAsWritten).toBe('Supt Johnson, CI Howatt, PSD, Chief Supt Byrne');
    expect(row('dp-03').owners).toEqual(['Local Policing Programme Board - ACC Rowe']);
    for (const a of manifest.actions) expect(a.owners.join(', ')).toBe(a.ownersAsWritten);
  });

  it('keeps due dates as written', () => {
    expect(row('dp-01').dueAsWritten).toBe(
      'SCI - April 2013, Custody Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation - Dec 2012',
    );
    expect(row('dp-02').dueAsWritten).toBe('Ongoing');
    expect(row('dp-05').dueAsWritten).toBe('Policy Portal - Oct 2012');
    expect(row('dp-08').dueAsWritten).toBe('1/12/2012');
    expect(row('dp-22').dueAsWritten).toBe('Culture & Values began May 2011 and is Ongoing');
  });

  it('reads "All" in the PC column as all nine protected characteristics, keeping the text', () => {
    expect(manifest.actions.filter((a) => a.characteristicsAsWritten !== 'All').map((a) => a.key)).toEqual(['dp-07']);
    expect(row('dp-07').characteristicsAsWritten).toBe('Disability');
    expect(row('dp-07').characteristics).toEqual(['DISABILITY']);
    const all = manifest.actions.filter((a) => a.characteristicsAsWritten === 'All');
    expect(all).toHaveLength(21);
    for (const a of all) {
      expect(a.characteristics).toEqual([
        'AGE', 'DISABILITY', 'GENDER_REASSIGNMENT', 'MARRIAGE_AND_CIVIL_PARTNERSHIP', 'PREGNANCY_AND_MATERNITY', 'RACE', 'RELIGION_OR_BELIEF', 'SEX', 'SEXUAL_ORIENTATION',
      ]);
    }
  });

  it('takes statuses from the plan where it states one: "Ongoing" rows are ongoing, the rest unknown', () => {
    expect(manifest.actions.filter((a) => a.status === 'ongoing').map((a) => a.key)).toEqual(['dp-02', 'dp-03', 'dp-04', 'dp-06', 'dp-09', 'dp-22']);
    expect(manifest.actions.filter((a) => a.status !== 'ongoing').every((a) => a.status === 'unknown')).toBe(true);
  });

  it('holds one progress update per row and the risk cell where written', () => {
    // Dated as of the plan (undated; its text places it in late 2011), not of the import.
    expect(manifest.actions.every((a) => a.progress.length === 1 && a.progress[0]!.date === '2011-12-31')).toBe(true);
    expect(manifest.actions.filter((a) => a.risks.length === 0).map((a) => a.key)).toEqual([
      'dp-16', 'dp-18', 'dp-19', 'dp-22',
    ]);
  });

  it('links rows to staff-survey actions as written', () => {
    expect(row('dp-01').staffSurveyActions).toEqual(['6', '15', '19']);
    expect(row('dp-08').staffSurveyActions).toEqual(['1', '2', '3', '10', '15']);
    expect(row('dp-16').staffSurveyActions).toEqual(['9', '15']);
    expect(row('dp-06').staffSurveyActions).toEqual(['15', '17']);
    expect(row('dp-12').staffSurveyActions).toEqual([]);
  });

  it('links shifted Organisational Processes rows explicitly and leaves 3.2 unlinked', () => {
    const links = Object.fromEntries(
      manifest.actions.filter((a) => a.reference.startsWith('3.')).map((a) => [a.key, a.objective]),
    );
    expect(links).toEqual({
      'dp-16': undefined,
      'dp-17': undefined,
      'dp-18': 'wmp-edhr-strategy:op-ka-2',
      'dp-19': 'wmp-edhr-strategy:op-ka-3',
      'dp-20': 'wmp-edhr-strategy:op-ka-4',
      'dp-21': 'wmp-edhr-strategy:op-ka-4',
      'dp-22': 'wmp-edhr-strategy:op-ka-5',
    });
    expect(manifest.actions.filter((a) => !a.reference.startsWith('3.')).every((a) => !a.objective)).toBe(true);
  });

  it('has the 20 staff-survey actions', () => {
    const survey = manifest.staffSurveyActions;
    expect(survey.map((s) => s.number)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    const byNumber = (n: string) => survey.find((s) => s.number === n)!;
    expect(byNumber('9').keyActions).toEqual(['3.1', '3.3']);
    expect(byNumber('15').keyActions).toEqual(['ALL']);
    expect(byNumber('1')).toMatchObject({ contact: 'Chris Rowson', keyActions: ['2.1'] });
    expect(byNumber('1').localOwner).toBeUndefined();
    expect(byNumber('17').contact).toBeUndefined();
    expect(byNumber('17').recommendations).toBe('See 16 above');
    expect(byNumber('7').currentPosition).toBe('No BAME staff in the Sgt. to Insp. process were successful');
    expect(survey.every((s) => s.furtherUpdates === undefined && s.outcome === undefined)).toBe(true);
  });

  it('reports the unresolved and shifted references and ambiguous dates', () => {
    const at = (path: string) => warnings.filter((w) => w.path === path).map((w) => w.message);
    expect(at('actions[16].reference').join()).toMatch(/"3\.2".*Equality Standard/);
    expect(at('actions[17].objective').join()).toMatch(/"3\.3".*op-ka-2/);
    expect(at('actions[21].objective').join()).toMatch(/no key action 3\.6/);
    expect(at('actions').join()).toMatch(/3\.1 to 3\.6/);
    expect(at('actions').join()).toMatch(/share one key action/);
    expect(at('actions[7].dueAsWritten').join()).toMatch(/day\/month/);
  });

  it('refuses a broken copy, naming the plugin and the field', () => {
    const broken = structuredClone(plugin);
    broken.actions![0]!.actions = [];
    let error: unknown;
    try {
      validatePlugin(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginValidationError);
    expect((error as Error).message).toContain('wmp-edhr-delivery-plan');
    expect((error as Error).message).toContain('actions[0].actions');
  });

  it('names the EQIAs the plan names, as written, with nothing it does not say', () => {
    expect(manifest.eqias.map((e) => e.key)).toEqual([
      'eqia-front-offices',
      'eqia-community-cohesion-pbb',
      'eqia-community-cohesion-principles',
      'eqia-local-policing-job-descriptions',
      'eqia-olympic-al-policy',
      'eqia-current-pbb',
    ]);
    const front = manifest.eqias[0]!;
    expect(front).toMatchObject({ title: 'EQIA re Front Offices', stage: 'planned', dueDate: '2012-01-18', mitigations: ['dp-01'] });
    expect(front.dueAsWritten).toBe('EQIA re Front Offices will be completed - 18/01/2012');
    expect(manifest.eqias.find((e) => e.key === 'eqia-olympic-al-policy')!.source!.quote).toBe('Olympic A/L policy to be subject to full EQIA.');
    // The plan gives no impact, decision or review date for any assessment.
    expect(manifest.eqias.every((e) => e.impacts.length === 0 && e.decision === undefined && e.reviewDue === undefined)).toBe(true);
  });

  it('records only the engagement the plan says was held, none of it dated', () => {
    expect(manifest.engagements.map((e) => e.groupKind)).toEqual(['community', 'community', 'staff-network', 'reference-group']);
    expect(manifest.engagements.every((e) => e.heldOn === undefined && e.heldAsWritten)).toBe(true);
    expect(manifest.engagements[0]!.eqias).toEqual(['eqia-front-offices']);
  });

  it('refuses an EQIA field it does not know, and references that do not resolve', () => {
    const broken = {
      ...plugin,
      eqias: [{ key: 'x', title: 'X', kind: 'policy', stage: 'planned', impact: [] }],
      engagements: [{ key: 'g', groupKind: 'community', groupName: 'G', topic: 'T', eqias: ['nope'] }],
    };
    expect(() => validatePlugin(broken)).toThrow(PluginValidationError);
    try {
      validatePlugin(broken);
    } catch (error) {
      const paths = (error as PluginValidationError).problems.map((p) => p.path);
      expect(paths).toContain('eqias[0]');
    }
    const unresolved = { ...plugin, eqias: [{ key: 'x', title: 'X', kind: 'policy', stage: 'planned', mitigations: ['dp-99'] }] };
    try {
      validatePlugin(unresolved);
      expect.unreachable();
    } catch (error) {
      expect((error as PluginValidationError).problems).toContainEqual({ path: 'eqias[0].mitigations[0]', message: '"dp-99" does not resolve to a delivery action' });
    }
  });
});
