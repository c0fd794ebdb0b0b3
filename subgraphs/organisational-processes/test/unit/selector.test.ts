import { describe, expect, it } from 'vitest';
import { selectNumber } from '../../src/peers/measurement-refresh/selector';
import { declaresVariable } from '../../src/peers/measurement-refresh/measurement-refresher';

describe('selector', () => {
  const data = { disparity: { rows: [{ ratio: 1.8 }, { ratio: 2.4, label: 'x', none: null }] }, total: 0 };

  it('follows fields and list indexes to a number', () => {
    expect(selectNumber(data, 'disparity.rows.1.ratio')).toEqual({ ok: true, value: 2.4 });
    expect(selectNumber(data, 'total')).toEqual({ ok: true, value: 0 });
  });

  it('picks a list element by a field value, whatever the order', () => {
    const data = { disparity: { rows: [{ category: 'WHITE', ratio: null }, { category: 'BLACK', ratio: { value: 3.15 } }] } };
    expect(selectNumber(data, 'disparity.rows.category=BLACK.ratio.value')).toEqual({ ok: true, value: 3.15 });
    expect(selectNumber(data, 'disparity.rows.category=ASIAN.ratio.value')).toEqual({
      ok: false,
      reason: 'selector "disparity.rows.category=ASIAN.ratio.value" finds nothing at "disparity.rows.category=ASIAN"',
    });
    expect(selectNumber(data, 'disparity.rows.first.ratio').ok).toBe(false);
  });

  it('says where the path finds no number', () => {
    expect(selectNumber(data, 'disparity.rows.5.ratio')).toEqual({ ok: false, reason: expect.stringMatching(/nothing at "disparity.rows.5"/) });
    expect(selectNumber(data, 'disparity.rows.first')).toEqual({ ok: false, reason: expect.stringMatching(/neither an index nor field=value/) });
    expect(selectNumber(data, 'disparity.rows.1.label')).toEqual({ ok: false, reason: expect.stringMatching(/a string, not a number/) });
    expect(selectNumber(data, 'disparity.rows.1.none')).toEqual({ ok: false, reason: expect.stringMatching(/null, not a number/) });
    expect(selectNumber(data, 'disparity.rows')).toEqual({ ok: false, reason: expect.stringMatching(/a list, not a number/) });
    expect(selectNumber(data, 'disparity..rows')).toEqual({ ok: false, reason: expect.stringMatching(/empty segment/) });
    expect(selectNumber(null, 'a')).toEqual({ ok: false, reason: expect.stringMatching(/nothing at "a"/) });
  });

  it('refuses a value that is not finite', () => {
    // JSON.parse turns an out-of-range literal into Infinity.
    expect(selectNumber(JSON.parse('{"v": 1e999}'), 'v')).toEqual({ ok: false, reason: expect.stringMatching(/Infinity, not a finite number/) });
  });

  it('tells whether an operation declares $period', () => {
    expect(declaresVariable('query ($period: String!) { a(p: $period) }', 'period')).toBe(true);
    expect(declaresVariable('query { a }', 'period')).toBe(false);
    expect(() => declaresVariable('query {', 'period')).toThrow();
  });
});
