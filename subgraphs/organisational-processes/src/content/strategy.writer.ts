import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { StrategyEntity, type Strategy } from '../model/strategies/strategy.entity';
import { PluginRegistrationError } from './plugin-registration.error';

/**
 * The strategy the plugin's items attach to: its own (created or updated), or, with
 * `strategy.extends`, the one the extended plugin defines.
 */
export async function writeStrategy(em: EntityManager, manifest: PluginManifest, now: Date): Promise<Strategy> {
  const declared = manifest.strategy;
  const existing = await em.findOne(StrategyEntity, { key: declared.key });
  if (declared.extends) {
    if (!existing || existing.pluginId !== declared.extends) {
      throw new PluginRegistrationError(manifest.id, [
        { path: 'strategy.extends', message: `plugin "${declared.extends}" defines no strategy with key "${declared.key}"` },
      ]);
    }
    return existing;
  }
  if (existing && existing.pluginId !== manifest.id) {
    throw new PluginRegistrationError(manifest.id, [
      { path: 'strategy.key', message: `strategy "${declared.key}" is already defined by plugin "${existing.pluginId}"` },
    ]);
  }
  const data = {
    organisationKey: manifest.organisation.key,
    // validatePlugin requires a title unless the plugin extends another strategy.
    title: declared.title ?? declared.key,
    vision: declared.vision ?? null,
    values: declared.values,
    periodFrom: declared.periodFrom ?? null,
    periodTo: declared.periodTo ?? null,
    reviewCycle: declared.reviewCycle ?? null,
    introduction: declared.introduction,
    updatedAt: now,
  };
  if (existing) {
    em.assign(existing, data);
    return existing;
  }
  return em.create(StrategyEntity, { id: randomUUID(), pluginId: manifest.id, key: declared.key, createdAt: now, ...data });
}
