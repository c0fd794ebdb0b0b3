import type { PluginManifestInput } from '@edhr/plugin-sdk';

export type ThemeInput = NonNullable<PluginManifestInput['themes']>[number];
type ObjectiveInput = NonNullable<ThemeInput['objectives']>[number];

/**
 * The strategy numbers each theme's key actions 1, 2, 3 ... under "Strategic Priorities – Key Actions".
 * An objective's `code` is "<theme number>.<position in that list>" (e.g. "2.3" is People and Culture,
 * key action 3): the form the EDHR Programme Board Delivery Plan uses in its "Strategic Theme action"
 * column, so delivery-plan rows resolve against these codes.
 */
export function keyActions(themeNumber: number, keyPrefix: string, statements: readonly string[]): ObjectiveInput[] {
  return statements.map((statement, i) => ({
    key: `${keyPrefix}-ka-${i + 1}`,
    code: `${themeNumber}.${i + 1}`,
    kind: 'key-action',
    statement,
    source: { location: `Strategic Theme ${themeNumber}, Strategic Priorities – Key Actions, item ${i + 1}` },
  }));
}

/** KPIs the strategy does not state but its AIMS imply; each is marked `proposed` and measured by hand. */
export const PROPOSED = { status: 'proposed', measuredBy: { kind: 'manual' }, frequency: 'annually' } as const;
