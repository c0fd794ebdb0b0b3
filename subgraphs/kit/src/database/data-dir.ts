import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { envValue } from '../config/env';

/** The git-ignored folder at the repository root where embedded databases keep their files. */
export function defaultDataDir(name: string): string {
  const root = resolve(fileURLToPath(import.meta.url), '../../../../..');
  return resolve(envValue('EDHR_DATA_DIR') ?? resolve(root, '.data'), name);
}
