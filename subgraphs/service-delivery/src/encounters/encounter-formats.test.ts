import { describe, expect, it } from 'vitest';
import { encounterDataset } from './encounter-formats';

describe('encounterDataset', () => {
  it('knows the formats and their aliases, and nothing an object inherits', () => {
    expect(encounterDataset('use-of-force')).toBe('use-of-force');
    expect(encounterDataset('custody')).toBe('arrests-custody');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(encounterDataset(name), name).toBeUndefined();
  });
});
