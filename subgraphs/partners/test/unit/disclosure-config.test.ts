import { describe, expect, it } from 'vitest';
import { ConfigError } from '@edhr/kit';
import { disclosureKey } from '../../src/disclosure/disclosure.config';
import { daysOf } from '../../src/disclosure/disclosure-control';

describe('DISCLOSURE_KEY', () => {
  it('is used as given when long enough', () => {
    const key = 'k'.repeat(32);
    expect(disclosureKey({ DISCLOSURE_KEY: key })).toBe(key);
    expect(disclosureKey({ DISCLOSURE_KEY: key, NODE_ENV: 'production' })).toBe(key);
  });

  it('refuses a short key, naming the variable, and a missing one in production', () => {
    expect(() => disclosureKey({ DISCLOSURE_KEY: 'short' })).toThrow(ConfigError);
    expect(() => disclosureKey({ DISCLOSURE_KEY: 'short' })).toThrow(/DISCLOSURE_KEY="short" is invalid: must be at least 32 characters/);
    expect(() => disclosureKey({ NODE_ENV: 'production' })).toThrow(/DISCLOSURE_KEY is missing: production needs/);
    // Empty counts as unset, as everywhere.
    expect(() => disclosureKey({ NODE_ENV: 'production', DISCLOSURE_KEY: '' })).toThrow(/DISCLOSURE_KEY is missing/);
  });
});

describe('cells are keyed on the days a period covers', () => {
  it('gives first and last days of months, quarters and years (months as year × 12 + month − 1)', () => {
    expect(daysOf({ start: 2024 * 12 + 1, end: 2024 * 12 + 2 })).toEqual({ firstDay: '2024-02-01', lastDay: '2024-02-29' });
    expect(daysOf({ start: 2024 * 12 + 9, end: 2025 * 12 })).toEqual({ firstDay: '2024-10-01', lastDay: '2024-12-31' });
    expect(daysOf({ start: 2022 * 12 + 3, end: 2023 * 12 + 3 })).toEqual({ firstDay: '2022-04-01', lastDay: '2023-03-31' });
  });
});
