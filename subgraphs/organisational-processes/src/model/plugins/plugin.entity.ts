import { defineEntity, p } from '@mikro-orm/postgresql';
import type { PluginManifest, PluginWarning } from '@edhr/plugin-sdk';

/** A registered theme plugin: the validated manifest as last registered, and what registration reported. */
export const PluginEntity = defineEntity({
  name: 'Plugin',
  tableName: 'plugin',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64).unique(),
    version: p.string().length(50),
    name: p.string().length(200),
    /** `module` (named in EDHR_PLUGINS) or `manifest` (registered through the API). */
    sourceKind: p.string().length(20),
    /** The module specifier, or `api`. */
    sourceRef: p.string().length(500),
    manifest: p.json<PluginManifest>(),
    warnings: p.json<PluginWarning[]>(),
    enabled: p.boolean().default(true),
    registeredAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Plugin = InstanceType<typeof PluginEntity.class>;
