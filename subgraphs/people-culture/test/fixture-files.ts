import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The text of one of the example CSV files. */
export function fixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');
}

export const IMPORT_RESULT = 'format sha256 alreadyImported rows inserted updated unchanged unrecognisedCategories { characteristic category rows }';
