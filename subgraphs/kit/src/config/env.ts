import { z } from 'zod';

/** Raised when the environment does not satisfy a service's configuration schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** One environment variable's value; empty counts as unset, as everywhere in the project. */
export function envValue(name: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Parses environment variables with a zod object schema whose keys are the variable names.
 * Every problem names the variable, the value given and the form expected.
 */
export function parseEnv<S extends z.ZodRawShape>(
  shape: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  const schema = z.object(shape);
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    input[key] = envValue(key, env);
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const given = input[name];
      const expected = (shape[name] as z.ZodType | undefined)?.description;
      return `${name}${given === undefined ? ' is missing' : `=${JSON.stringify(given)} is invalid`}: ${issue.message}${expected ? ` (expected ${expected})` : ''}`;
    }),
  );
}

/** A TCP port, 0 meaning "any free port". */
export const portVar = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback).describe('a TCP port number between 0 and 65535');

/** A boolean written as true/false/1/0. */
export const booleanVar = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1')
    .describe('true or false');

/** An absolute http(s) URL. */
export const urlVar = () =>
  z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
    .describe('an http:// or https:// URL');
