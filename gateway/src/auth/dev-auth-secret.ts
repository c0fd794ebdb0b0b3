import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultDataDir } from '@edhr/kit';

/** Where `npm start` keeps its development signing key, so `npm run token` can mint for it. */
export const DEV_AUTH_SECRET_PATH = defaultDataDir('dev-auth-secret');

/** Reads the development key, creating it (readable by its owner only) on first use. */
export function devAuthSecret(): string {
  if (!existsSync(DEV_AUTH_SECRET_PATH)) {
    mkdirSync(dirname(DEV_AUTH_SECRET_PATH), { recursive: true });
    writeFileSync(DEV_AUTH_SECRET_PATH, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(DEV_AUTH_SECRET_PATH, 'utf8').trim();
}
