import { describe, expect, it } from 'vitest';
import { type PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-theme-1-service-delivery: the EQIAs and engagement of its rows', () => {
  const { manifest } = validatePlugin(plugin);

  it('names the EQIAs the plan names for this theme, as written, with nothing it does not say', () => {
    expect(manifest.eqias.map((e) => e.key)).toEqual(['eqia-front-offices', 'eqia-community-cohesion-pbb', 'eqia-community-cohesion-principles']);
    const front = manifest.eqias[0]!;
    expect(front).toMatchObject({ title: 'EQIA re Front Offices', stage: 'planned', dueDate: '2012-01-18', mitigations: ['dp-01'], objectives: ['sd-ka-1'] });
    expect(front.dueAsWritten).toBe('EQIA re Front Offices will be completed - 18/01/2012');
    // The plan gives no impact, decision or review date for any assessment.
    expect(manifest.eqias.every((e) => e.impacts.length === 0 && e.decision === undefined && e.reviewDue === undefined)).toBe(true);
  });

  it('records only the engagement the plan says was held, none of it dated', () => {
    expect(manifest.engagements.map((e) => e.groupKind)).toEqual(['community', 'reference-group']);
    expect(manifest.engagements.every((e) => e.heldOn === undefined && e.heldAsWritten)).toBe(true);
    expect(manifest.engagements[0]!.eqias).toEqual(['eqia-front-offices']);
  });

  it('refuses an EQIA field it does not know, and references that do not resolve', () => {
    const broken = {
      ...plugin,
      eqias: [{ key: 'x', title: 'X', kind: 'policy', stage: 'planned', impact: [] }],
      engagements: [{ key: 'g', groupKind: 'community', groupName: 'G', topic: 'T', eqias: ['nope'] }],
    };
    const paths = (() => {
      try {
        validatePlugin(broken);
        return [];
      } catch (error) {
        return (error as PluginValidationError).problems.map((p) => p.path);
      }
    })();
    expect(paths.some((path) => path.startsWith('eqias[0]'))).toBe(true);
    const unresolved = { ...plugin, eqias: [{ key: 'x', title: 'X', kind: 'policy', stage: 'planned', mitigations: ['dp-99'] }] };
    try {
      validatePlugin(unresolved);
      expect.unreachable();
    } catch (error) {
      expect((error as PluginValidationError).problems).toContainEqual({ path: 'eqias[0].mitigations[0]', message: '"dp-99" does not resolve to a delivery action' });
    }
  });
});
