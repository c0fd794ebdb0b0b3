import { describe, expect, it } from 'vitest';
import { ConfigError } from '@edhr/kit';
import { loadSubgraphPassThrough } from './pass-through-config';

describe('loadSubgraphPassThrough', () => {
  it('is on unless GATEWAY_SUBGRAPH_PASS_THROUGH says false (empty, as compose passes an unset one, is unset)', () => {
    expect(loadSubgraphPassThrough({})).toBe(true);
    expect(loadSubgraphPassThrough({ GATEWAY_SUBGRAPH_PASS_THROUGH: '' })).toBe(true);
    expect(loadSubgraphPassThrough({ GATEWAY_SUBGRAPH_PASS_THROUGH: 'false' })).toBe(false);
    expect(loadSubgraphPassThrough({ GATEWAY_SUBGRAPH_PASS_THROUGH: 'true' })).toBe(true);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadSubgraphPassThrough({ GATEWAY_SUBGRAPH_PASS_THROUGH: 'sometimes' })).toThrow(ConfigError);
    expect(() => loadSubgraphPassThrough({ GATEWAY_SUBGRAPH_PASS_THROUGH: 'sometimes' })).toThrow(/GATEWAY_SUBGRAPH_PASS_THROUGH/);
  });
});
