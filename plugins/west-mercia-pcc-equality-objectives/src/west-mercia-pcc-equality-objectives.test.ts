import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

const { manifest, warnings } = validatePlugin(plugin);

describe('west-mercia-pcc-equality-objectives', () => {
  it('validates and reports no warnings', () => {
    expect(manifest.id).toBe('west-mercia-pcc-equality-objectives');
    expect(manifest.organisation.key).toBe('west-mercia-pcc');
    expect(manifest.organisation.kind).toBe('police-and-crime-commissioner');
    expect(manifest.organisation.areaCode).toBe('E23000016');
    expect(manifest.strategy.periodFrom?.slice(0, 4)).toBe('2021');
    expect(manifest.strategy.periodTo?.slice(0, 4)).toBe('2025');
    expect(manifest.strategy.reviewCycle).toContain('at least every 4 years');
    expect(warnings).toEqual([]);
  });

  it('has 18 equality objectives split 7 / 7 / 4 over three themes', () => {
    expect(manifest.themes.map((t) => [t.name, t.domain, t.objectives.length])).toEqual([
      ['Our Communities', 'service-delivery', 7],
      ['Our Organisation', 'organisational-processes', 7],
      ['Our Partners', 'partners', 4],
    ]);
    const all = manifest.themes.flatMap((t) => t.objectives);
    expect(all).toHaveLength(18);
    for (const o of all) {
      expect(o.kind).toBe('equality-objective');
      // The source does not number the objectives.
      expect(o.code).toBeUndefined();
    }
    expect(new Set(all.map((o) => o.key)).size).toBe(18);
  });

  it('keeps the objectives as written', () => {
    const statements = manifest.themes.flatMap((t) => t.objectives.map((o) => o.statement));
    expect(statements[0]).toBe(
      'Ensure that every victim has access to services they need to help them cope and recover, regardless of geography, personal characteristics, or circumstance.',
    );
    expect(statements.at(-1)).toMatch(/^Require all service providers, organisations or individuals/);
  });

  it('restates the two Equality Act requirements as duties', () => {
    expect(manifest.duties.map((d) => d.key)).toEqual([
      'prepare-and-publish-equality-objectives',
      'due-regard-advance-equality-of-opportunity',
    ]);
    expect(manifest.duties[0]?.requirement.split('\n')).toHaveLength(4);
    expect(manifest.duties[1]?.requirement.split('\n')).toHaveLength(4);
  });

  it('rejects a copy with a broken field, naming the plugin and the field path', () => {
    const broken = structuredClone(plugin);
    broken.themes![1]!.objectives![2]!.parent = 'organisation.99';
    broken.themes![0]!.objectives![0]!.kind = 'priority' as never;
    let error: unknown;
    try {
      validatePlugin(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginValidationError);
    const err = error as PluginValidationError;
    expect(err.pluginId).toBe('west-mercia-pcc-equality-objectives');
    expect(err.message).toContain('Plugin "west-mercia-pcc-equality-objectives" is invalid');
    // Schema problems are reported before cross-references are checked.
    expect(err.message).toContain('themes[0].objectives[0].kind');

    const orphan = structuredClone(plugin);
    orphan.themes![1]!.objectives![2]!.parent = 'organisation.99';
    expect(() => validatePlugin(orphan)).toThrow(/west-mercia-pcc-equality-objectives[\s\S]*themes\[1\]\.objectives\[2\]\.parent/);
  });
});
