import { describe, expect, it } from 'vitest';
import { movableClock } from '@edhr/kit';
import { createAbusePenalty } from './abuse-penalty';
import { DEFAULT_ABUSE_PENALTY, loadAbusePenaltyConfig, type AbusePenaltyConfig } from './abuse-penalty-config';

/** A penalty on a clock the test moves: 3 refusals in 10 s, 30 s of cool-down unless given. */
function penaltyAt(iso: string, config: Partial<AbusePenaltyConfig> = {}) {
  const clock = movableClock(iso);
  const penalty = createAbusePenalty({ ...DEFAULT_ABUSE_PENALTY, refusals: 3, windowSeconds: 10, coolDownSeconds: 30, ...config }, clock);
  return { penalty, advance: clock.advance };
}

describe('the abuse penalty', () => {
  it('penalises an address at its third refusal within the window, for the cool-down, with the seconds left', () => {
    const { penalty, advance } = penaltyAt('2026-12-02T02:00:00Z');
    expect(penalty.refused('10.0.0.1')).toBe(false);
    advance(4);
    expect(penalty.refused('10.0.0.1')).toBe(false);
    expect(penalty.retryAfter('10.0.0.1')).toBeNull();
    advance(4);
    expect(penalty.refused('10.0.0.1')).toBe(true);
    expect(penalty.retryAfter('10.0.0.1')).toBe(30);
    advance(12.5);
    expect(penalty.retryAfter('10.0.0.1')).toBe(18);
    advance(17);
    expect(penalty.retryAfter('10.0.0.1')).toBe(1);
    advance(0.5);
    expect(penalty.retryAfter('10.0.0.1')).toBeNull();
  });

  it('counts over a sliding window: refusals older than the window no longer count', () => {
    const { penalty, advance } = penaltyAt('2026-12-02T02:00:00Z');
    penalty.refused('10.0.0.1');
    advance(6);
    penalty.refused('10.0.0.1');
    // The first refusal is now 10 s old: out of the window, so this is the second of two.
    advance(4);
    expect(penalty.refused('10.0.0.1')).toBe(false);
    expect(penalty.retryAfter('10.0.0.1')).toBeNull();
    // 4 s later the last two are within 10 s: the third one penalises.
    advance(4);
    expect(penalty.refused('10.0.0.1')).toBe(true);
  });

  it('keeps each address on its own count', () => {
    const { penalty } = penaltyAt('2026-12-02T02:00:00Z');
    for (let i = 0; i < 3; i++) penalty.refused('10.0.0.1');
    penalty.refused('10.0.0.2');
    penalty.refused('10.0.0.2');
    expect(penalty.retryAfter('10.0.0.1')).toBe(30);
    expect(penalty.retryAfter('10.0.0.2')).toBeNull();
    expect(penalty.retryAfter('10.0.0.3')).toBeNull();
  });

  it('is not extended by refusals during the cool-down, and counts from nothing after it', () => {
    const { penalty, advance } = penaltyAt('2026-12-02T02:00:00Z');
    for (let i = 0; i < 3; i++) penalty.refused('10.0.0.1');
    advance(20);
    // Requests already in flight when the penalty began may still be refused: they change nothing.
    expect(penalty.refused('10.0.0.1')).toBe(false);
    expect(penalty.refused('10.0.0.1')).toBe(false);
    expect(penalty.retryAfter('10.0.0.1')).toBe(10);
    advance(10);
    expect(penalty.retryAfter('10.0.0.1')).toBeNull();
    // An address that behaves again starts with a clean count: two refusals are not enough.
    expect(penalty.refused('10.0.0.1')).toBe(false);
    expect(penalty.refused('10.0.0.1')).toBe(false);
    expect(penalty.retryAfter('10.0.0.1')).toBeNull();
    expect(penalty.refused('10.0.0.1')).toBe(true);
    expect(penalty.retryAfter('10.0.0.1')).toBe(30);
  });

  it('remembers at most maxAddresses addresses, forgetting the least recently refused first', () => {
    const { penalty } = penaltyAt('2026-12-02T02:00:00Z', { maxAddresses: 2, refusals: 2 });
    penalty.refused('10.0.0.1');
    penalty.refused('10.0.0.2');
    penalty.refused('10.0.0.3');
    // 10.0.0.1 was forgotten: its next refusal is its first again.
    expect(penalty.refused('10.0.0.1')).toBe(false);
    expect(penalty.refused('10.0.0.3')).toBe(true);
  });
});

describe('the abuse penalty configuration', () => {
  it('has documented defaults and reads every variable', () => {
    expect(loadAbusePenaltyConfig({})).toEqual(DEFAULT_ABUSE_PENALTY);
    expect(
      loadAbusePenaltyConfig({
        GATEWAY_ABUSE_PENALTY: 'false',
        GATEWAY_ABUSE_REFUSALS: '5',
        GATEWAY_ABUSE_WINDOW_SECONDS: '20',
        GATEWAY_ABUSE_COOL_DOWN_SECONDS: '300',
        GATEWAY_ABUSE_TARPIT_MS: '0',
        GATEWAY_ABUSE_TARPIT_PER_ADDRESS: '1',
        GATEWAY_ABUSE_TARPIT_TOTAL: '10',
      }),
    ).toEqual({
      ...DEFAULT_ABUSE_PENALTY,
      enabled: false,
      refusals: 5,
      windowSeconds: 20,
      coolDownSeconds: 300,
      tarpitMs: 0,
      tarpitPerAddress: 1,
      tarpitTotal: 10,
    });
  });

  it('refuses a value out of range, naming the variable and the form expected', () => {
    expect(() => loadAbusePenaltyConfig({ GATEWAY_ABUSE_REFUSALS: '0' })).toThrow(/GATEWAY_ABUSE_REFUSALS="0" is invalid.*from 1/);
    expect(() => loadAbusePenaltyConfig({ GATEWAY_ABUSE_TARPIT_MS: '120000' })).toThrow(/GATEWAY_ABUSE_TARPIT_MS="120000" is invalid.*from 0 to 60000/);
    expect(() => loadAbusePenaltyConfig({ GATEWAY_ABUSE_PENALTY: 'maybe' })).toThrow(/GATEWAY_ABUSE_PENALTY="maybe" is invalid.*true or false/);
  });
});
