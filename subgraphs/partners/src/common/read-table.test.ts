import { describe, expect, it } from 'vitest';
import { readTable, text } from './read-table';

describe('readTable', () => {
  it('reads JSON items as rows keyed by lower-cased name', () => {
    const { rows, errors } = readTable('[{"Dataset": "stop-search", "count": 12, "published": true}]', 'JSON');
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ line: 1, values: { dataset: 'stop-search', count: 12, published: true } }]);
    expect(text(rows[0]!.values, 'count')).toBe('12');
    expect(text(rows[0]!.values, 'published')).toBe('true');
  });

  it('refuses a JSON cell holding an array or an object instead of reading it as text', () => {
    const { rows, errors } = readTable('[{"dataset": "stop-search", "count": [12]}, {"category": {"code": "BLACK"}}]', 'JSON');
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 1, field: 'count', message: 'must be text, a number or true/false, not an array or object' },
      { line: 2, field: 'category', message: 'must be text, a number or true/false, not an array or object' },
    ]);
  });

  it('reads CSV with its line numbers', () => {
    const { rows, errors } = readTable('dataset,count\nstop-search, 12 \n', 'CSV');
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ line: 2, values: { dataset: 'stop-search', count: '12' } }]);
  });
});

describe('text', () => {
  it('takes the first present cell, trimmed, and treats null as absent', () => {
    expect(text({ area: null, geography_code: ' E23000014 ' }, 'area', 'geography_code')).toBe('E23000014');
    expect(text({}, 'area')).toBe('');
  });
});
