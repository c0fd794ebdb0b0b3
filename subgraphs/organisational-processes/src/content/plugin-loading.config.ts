import { z } from 'zod';
import { parseEnv } from '@edhr/kit';

/**
 * The seed plugins, in dependency order (the three theme plugins and the staff-survey delivery plan
 * extend the WMP EDHR strategy); start-up orders any list by dependency anyway.
 */
export const DEFAULT_PLUGIN_MODULES = [
  '@edhr/plugin-wmp-edhr-strategy',
  '@edhr/plugin-wmp-edhr-theme-1-service-delivery',
  '@edhr/plugin-wmp-edhr-theme-2-people-culture',
  '@edhr/plugin-wmp-edhr-theme-3-organisational-processes',
  '@edhr/plugin-wmp-edhr-delivery-plan',
  '@edhr/plugin-west-mercia-dei-strategy',
  '@edhr/plugin-west-mercia-pcc-equality-objectives',
  '@edhr/plugin-wmp-inclusion-strategy-2018',
];

const shape = {
  EDHR_PLUGINS: z
    .string()
    .default(DEFAULT_PLUGIN_MODULES.join(','))
    .transform((value) => value.split(',').map((s) => s.trim()))
    .refine((list) => list.every((s) => s.length > 0), 'must not contain an empty module name')
    .refine((list) => new Set(list).size === list.length, 'must not name a module twice')
    .describe('comma-separated module specifiers of plugins, registered dependencies first, otherwise in the order given'),
};

/** Module specifiers of the plugins to register at start-up, as listed. */
export function pluginModulesFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return parseEnv(shape, env).EDHR_PLUGINS;
}
