import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import {
  badUserInput,
  codedError,
  ConflictReason,
  conflict,
  ErrorCode,
  forbidden,
  notFound,
  serviceUnavailable,
  rateLimited,
  unauthenticated,
} from '../../src';

const REPOSITORY = resolve(import.meta.dirname, '../../../..');
const SUBGRAPHS = join(REPOSITORY, 'subgraphs');
const VOCABULARY_FOLDER = join('subgraphs', 'kit', 'src', 'errors');

/** The TypeScript source files under a src/ folder, but tests; none when there is no such folder. */
function sourceFilesUnder(src: string): string[] {
  let files: string[];
  try {
    files = readdirSync(src, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => join(src, file));
}

/** Every TypeScript source file of every subgraph's src/ and of the gateway's, but tests and the vocabulary itself. */
function sourceFiles(): string[] {
  const subgraphSources = readdirSync(SUBGRAPHS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(SUBGRAPHS, entry.name, 'src'));
  return [...subgraphSources, join(REPOSITORY, 'gateway', 'src')]
    .flatMap(sourceFilesUnder)
    .filter((file) => !relative(REPOSITORY, file).startsWith(VOCABULARY_FOLDER));
}

const VOCABULARY = new Set<string>([...Object.values(ErrorCode), ...Object.values(ConflictReason)]);

/** The places a file spells an error code (or a conflict reason) out instead of naming it from the vocabulary. */
function inlineCodes(text: string): string[] {
  const found: string[] = [];
  // `code: 'SOMETHING'` builds a code, whether or not it is in the vocabulary yet.
  for (const m of text.matchAll(/\bcode:\s*(['"`])([A-Z][A-Z0-9_]*)\1/g)) found.push(m[0]);
  // Any literal that is one of the vocabulary's strings, e.g. a union type or an argument.
  for (const m of text.matchAll(/(['"`])([A-Z][A-Z0-9_]*)\1/g)) if (VOCABULARY.has(m[2]!)) found.push(m[0]);
  return [...new Set(found)];
}

describe('the error vocabulary', () => {
  it('is where every subgraph and gateway source file takes its error codes from', () => {
    const files = sourceFiles();
    // The scan reaches every subgraph and the gateway, and leaves tests out, so an empty result means something.
    expect(files.some((f) => f.includes(join('organisational-processes', 'src')))).toBe(true);
    expect(files.some((f) => f.includes(join('kit', 'src', 'http')))).toBe(true);
    expect(files).toContain(join(REPOSITORY, 'gateway', 'src', 'limits', 'query-limits-plugin.ts'));
    expect(files).toContain(join(REPOSITORY, 'gateway', 'src', 'auth', 'authentication-plugin.ts'));
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
    const offenders = files
      .map((file) => ({ file: relative(REPOSITORY, file), codes: inlineCodes(readFileSync(file, 'utf8')) }))
      .filter((entry) => entry.codes.length > 0);
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a code built inline, in the vocabulary or not', () => {
    expect(inlineCodes(`throw new GraphQLError('x', { extensions: { code: 'NOT_FOUND' } });`)).toEqual([`code: 'NOT_FOUND'`, `'NOT_FOUND'`]);
    expect(inlineCodes(`const e = { code: "TEAPOT" };`)).toEqual([`code: "TEAPOT"`]);
    expect(inlineCodes(`type Reason = 'DOWNGRADE' | 'TAKEOVER';`)).toEqual([`'DOWNGRADE'`, `'TAKEOVER'`]);
    // A zod issue code or an ordinary upper-case value is not an error code.
    expect(inlineCodes(`ctx.addIssue({ code: 'custom' }); const kind = 'MONTH';`)).toEqual([]);
  });

  it('names each code by itself', () => {
    for (const [name, value] of Object.entries(ErrorCode)) expect(value).toBe(name);
    for (const [name, value] of Object.entries(ConflictReason)) expect(value).toBe(name);
  });

  it('builds GraphQL errors with the code first and the extensions the subgraphs send', () => {
    const input = badUserInput('first must be between 0 and 100', { field: 'first', problems: [{ path: 'first', message: 'too big' }] });
    expect(input).toBeInstanceOf(GraphQLError);
    expect(input.message).toBe('first must be between 0 and 100');
    expect(input.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first', problems: [{ path: 'first', message: 'too big' }] });
    expect(Object.keys(input.extensions)[0]).toBe('code');
    expect(badUserInput('no field').extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(notFound('No EQIA "x".', { field: 'id' }).extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(conflict('stale', { field: 'expectedVersion', currentVersion: 3 }).extensions).toEqual({
      code: 'CONFLICT',
      field: 'expectedVersion',
      currentVersion: 3,
    });
    expect(conflict('taken', { reason: ConflictReason.TAKEOVER }).extensions).toEqual({ code: 'CONFLICT', reason: 'TAKEOVER' });
    expect(forbidden('admins only').extensions).toEqual({ code: 'FORBIDDEN', http: { status: 403 } });
    expect(unauthenticated('no token').extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(serviceUnavailable('later').extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(serviceUnavailable('later', { http: { status: 503 } }).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', http: { status: 503 } });
    const limited = rateLimited('Too many requests: retry in 7 s.', 7);
    expect(limited.message).toBe('Too many requests: retry in 7 s.');
    expect(limited.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 7, http: { status: 429, headers: { 'retry-after': '7' } } });
    expect(Object.keys(limited.extensions)).toEqual(['code', 'retryAfterSeconds', 'http']);
    expect(codedError(ErrorCode.REQUEST_TOO_DEEP, 'too deep').extensions).toEqual({ code: 'REQUEST_TOO_DEEP' });
  });
});
