import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-delivery-plan plugin', () => {
  const { manifest, warnings } = validatePlugin(plugin);

  it('validates and extends the WMP EDHR strategy', () => {
    expect(manifest.id).toBe('wmp-edhr-delivery-plan');
    expect(manifest.version).toBe('2.0.0');
    expect(manifest.dependsOn).toEqual([{ id: 'wmp-edhr-strategy', version: '^2.0.0' }]);
    expect(manifest.strategy.key).toBe('wmp-edhr-strategy');
    expect(manifest.strategy.extends).toBe('wmp-edhr-strategy');
    expect(manifest.organisation).toEqual({
      key: 'west-midlands-police',
      name: 'West Midlands Police',
      kind: 'police-force',
      areaCode: 'E23000014',
    });
  });

  it('holds no delivery-plan rows: each theme plugin carries its own', () => {
    expect(manifest.actions).toEqual([]);
    expect(manifest.themes).toEqual([]);
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

  it('reports that staff-survey references follow the delivery plan\'s numbering', () => {
    expect(warnings.find((w) => w.path === 'staffSurveyActions[8].keyActions')?.message).toMatch(/delivery plan's numbering/);
  });

  it('refuses a broken copy, naming the plugin and the field', () => {
    const broken = structuredClone(plugin);
    broken.staffSurveyActions![0]!.issue = '';
    let error: unknown;
    try {
      validatePlugin(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginValidationError);
    expect((error as Error).message).toContain('wmp-edhr-delivery-plan');
    expect((error as Error).message).toContain('staffSurveyActions[0].issue');
  });
});
