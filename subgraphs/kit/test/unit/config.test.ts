import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SUBGRAPH_LIMITS, loadSubgraphConfig, loadSubgraphLimits } from '../../src';

describe('subgraph configuration', () => {
  it('applies documented defaults', () => {
    const config = loadSubgraphConfig('PARTNERS_PORT', 4104, {});
    expect(config).toMatchObject({ port: 4104, host: '127.0.0.1', nodeEnv: 'development', runMigrations: true });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names the variable, the value and the expected form for each bad value', () => {
    let error: unknown;
    try {
      loadSubgraphConfig('PARTNERS_PORT', 4104, {
        PARTNERS_PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        NODE_ENV: 'prod',
        INTERNAL_TOKEN_SECRET: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith('PARTNERS_PORT="eighty"'))).toContain('a TCP port number');
    expect(problems.find((p) => p.startsWith('DATABASE_URL="mysql://x"'))).toContain('must start with postgres://');
    expect(problems.find((p) => p.startsWith('NODE_ENV="prod"'))).toContain('development, test or production');
    expect(problems.find((p) => p.startsWith('INTERNAL_TOKEN_SECRET='))).toContain('at least 32 characters');
  });

  it('treats an empty variable as unset', () => {
    expect(loadSubgraphConfig('PARTNERS_PORT', 4104, { PARTNERS_PORT: '' }).port).toBe(4104);
  });

  it('reads the request bounds, with documented defaults', () => {
    expect(loadSubgraphConfig('PARTNERS_PORT', 4104, {}).limits).toEqual({ maxBodyBytes: 2_000_000, maxJsonDepth: 64 });
    expect(loadSubgraphLimits({})).toEqual(DEFAULT_SUBGRAPH_LIMITS);
    expect(loadSubgraphLimits({ SUBGRAPH_MAX_BODY_BYTES: '5000', SUBGRAPH_MAX_JSON_DEPTH: '8' })).toEqual({ maxBodyBytes: 5000, maxJsonDepth: 8 });
    expect(() => loadSubgraphLimits({ SUBGRAPH_MAX_JSON_DEPTH: '0' })).toThrow(/SUBGRAPH_MAX_JSON_DEPTH/);
  });
});
