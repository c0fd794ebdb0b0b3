import { describe, expect, it } from 'vitest';
import { ConfigError } from '@edhr/kit';
import { DEFAULT_QUERY_PLANNER, loadQueryPlanner } from './query-planner-config';

describe('loadQueryPlanner', () => {
  it('takes the default planner when GATEWAY_QUERY_PLANNER is not set', () => {
    expect(loadQueryPlanner({})).toBe(DEFAULT_QUERY_PLANNER);
  });

  it('takes either planner by name', () => {
    expect(loadQueryPlanner({ GATEWAY_QUERY_PLANNER: 'rust' })).toBe('rust');
    expect(loadQueryPlanner({ GATEWAY_QUERY_PLANNER: 'javascript' })).toBe('javascript');
  });

  it('refuses an unknown planner, naming the variable', () => {
    expect(() => loadQueryPlanner({ GATEWAY_QUERY_PLANNER: 'apollo' })).toThrow(ConfigError);
    expect(() => loadQueryPlanner({ GATEWAY_QUERY_PLANNER: 'apollo' })).toThrow(/GATEWAY_QUERY_PLANNER="apollo" is invalid/);
  });
});
