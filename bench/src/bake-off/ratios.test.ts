import { describe, expect, it } from 'vitest';
import { formatRatio, spreadOf } from './ratios';

describe('spreadOf', () => {
  it('takes the middle value of an odd number of rounds and the extremes', () => {
    expect(spreadOf([1.4, 0.9, 1.1])).toEqual({ median: 1.1, min: 0.9, max: 1.4 });
  });

  it('takes the mean of the two middle values of an even number of rounds', () => {
    expect(spreadOf([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('refuses to summarise no rounds', () => {
    expect(() => spreadOf([])).toThrow(/no rounds/);
  });
});

describe('formatRatio', () => {
  it('writes the median and the range to two places', () => {
    expect(formatRatio({ median: 1.234, min: 1.1, max: 1.456 })).toBe('1.23× (1.10–1.46×)');
  });
});
