import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { PluginManifest } from './manifest.schema';

/**
 * SHA-256 of a validated manifest's content, written as JSON with its keys sorted, so the same
 * content hashes alike whatever order its keys were written (or stored) in. Registration compares
 * it to tell "the same version again" from "the same version with other content".
 */
export function pluginContentHash(manifest: PluginManifest): string {
  return `sha256:${createHash('sha256').update(stringify(manifest) ?? '').digest('hex')}`;
}
