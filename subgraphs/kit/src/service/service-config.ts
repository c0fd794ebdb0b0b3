import { z } from 'zod';
import { booleanVar, parseEnv, portVar } from '../config/env';
import { DEFAULT_SUBGRAPH_LIMITS, type RequestLimits } from '../http/request-guard';

/** Settings every service shares; each subgraph adds its own port variable. */
export const commonShape = {
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development')
    .describe('development, test or production'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('a pino level: fatal, error, warn, info, debug, trace or silent'),
  HOST: z.string().min(1).default('127.0.0.1').describe('an interface address to listen on, e.g. 127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('a PostgreSQL connection URL such as postgres://user:pass@127.0.0.1:5432/edhr'),
  INTERNAL_TOKEN_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('a shared secret of at least 32 characters signing gateway-to-subgraph identity tokens'),
  RUN_MIGRATIONS: booleanVar(true),
};

export interface SubgraphConfig {
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  internalTokenSecret: string | undefined;
  runMigrations: boolean;
  /** Largest request body and deepest request JSON (`SUBGRAPH_MAX_BODY_BYTES`, `SUBGRAPH_MAX_JSON_DEPTH`). */
  limits: RequestLimits;
}

const positive = (fallback: number, what: string) =>
  z.coerce.number().int().positive().default(fallback).describe(`a positive whole number (${what})`);

const limitsShape = {
  SUBGRAPH_MAX_BODY_BYTES: positive(DEFAULT_SUBGRAPH_LIMITS.maxBodyBytes, 'bytes'),
  SUBGRAPH_MAX_JSON_DEPTH: positive(DEFAULT_SUBGRAPH_LIMITS.maxJsonDepth, 'levels of JSON nesting'),
};

/** Every subgraph's request bounds, `SUBGRAPH_MAX_BODY_BYTES` and `SUBGRAPH_MAX_JSON_DEPTH`, for `npm start` too. */
export function loadSubgraphLimits(env: Record<string, string | undefined> = process.env): RequestLimits {
  const parsed = parseEnv(limitsShape, env);
  return { maxBodyBytes: parsed.SUBGRAPH_MAX_BODY_BYTES, maxJsonDepth: parsed.SUBGRAPH_MAX_JSON_DEPTH };
}

/** Reads one subgraph's configuration; `portVariable` names its port, e.g. `PARTNERS_PORT`. */
export function loadSubgraphConfig(
  portVariable: string,
  defaultPort: number,
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  const parsed = parseEnv({ ...commonShape, ...limitsShape, [portVariable]: portVar(defaultPort) }, env);
  return {
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    host: parsed.HOST,
    port: (parsed as Record<string, unknown>)[portVariable] as number,
    databaseUrl: parsed.DATABASE_URL,
    internalTokenSecret: parsed.INTERNAL_TOKEN_SECRET,
    runMigrations: parsed.RUN_MIGRATIONS,
    limits: { maxBodyBytes: parsed.SUBGRAPH_MAX_BODY_BYTES, maxJsonDepth: parsed.SUBGRAPH_MAX_JSON_DEPTH },
  };
}
