import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultDataDir } from '../database/data-dir';

/**
 * A secret kept in the git-ignored data folder for local use only (`npm start` and the
 * commands run beside it share it); created, readable by its owner only, on first use.
 * Production sets its secrets through the environment instead.
 */
export type DevelopmentSecretName = 'dev-auth-secret' | 'internal-token-secret' | 'disclosure-key';

export function developmentSecret(name: DevelopmentSecretName): string {
  const path = defaultDataDir(name);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}

/** The development secret if `npm start` has created one, without creating it. */
export function existingDevelopmentSecret(name: DevelopmentSecretName): string | undefined {
  const path = defaultDataDir(name);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}
