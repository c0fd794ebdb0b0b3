import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextMigrationNumber } from '../../src/database/migrations';

describe('the number npm run migration:create gives a new migration', () => {
  it('follows the highest committed number, gaps and all', () => {
    expect(nextMigrationNumber(['0001-initial.ts', '0002-a.ts', '0010-b.ts', '0014-c.ts', 'index.ts'])).toBe('0015');
    expect(nextMigrationNumber(['index.ts'])).toBe('0001');
    expect(nextMigrationNumber(['0009-x.ts', '0010-y.ts'])).toBe('0011');
  });

  it('numbers every subgraph’s next migration after all of its committed ones', () => {
    for (const subgraph of ['organisational-processes', 'service-delivery', 'people-culture', 'partners']) {
      const files = readdirSync(resolve(import.meta.dirname, '../../..', subgraph, 'src/migrations'));
      const committed = files.filter((f) => /^\d{4}-/.test(f)).sort();
      expect(nextMigrationNumber(files) > committed.at(-1)!.slice(0, 4), subgraph).toBe(true);
    }
  });
});
