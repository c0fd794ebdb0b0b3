import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTrustedDocuments } from './trusted-documents';

const dir = mkdtempSync(join(tmpdir(), 'edhr-trusted-'));
const file = join(dir, 'persisted-documents.json');
writeFileSync(file, JSON.stringify({ 'sha256:abc': 'query A { strategies { id } }' }));

describe('trusted documents configuration', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is off unless files are named', () => {
    expect(loadTrustedDocuments({})).toBeUndefined();
  });

  it('reads persisted-documents files by hex hash, the allow-list optional', () => {
    const trusted = loadTrustedDocuments({ GATEWAY_TRUSTED_DOCUMENTS: file })!;
    expect([...trusted.documents]).toEqual([['abc', 'query A { strategies { id } }']]);
    expect(trusted.only).toBe(false);
    expect(loadTrustedDocuments({ GATEWAY_TRUSTED_DOCUMENTS: file, GATEWAY_TRUSTED_DOCUMENTS_ONLY: 'true' })!.only).toBe(true);
  });

  it('names the variable of a bad setting', () => {
    expect(() => loadTrustedDocuments({ GATEWAY_TRUSTED_DOCUMENTS_ONLY: 'true' })).toThrow(/GATEWAY_TRUSTED_DOCUMENTS_ONLY: true needs GATEWAY_TRUSTED_DOCUMENTS/);
    expect(() => loadTrustedDocuments({ GATEWAY_TRUSTED_DOCUMENTS: file, GATEWAY_TRUSTED_DOCUMENTS_ONLY: 'yes' })).toThrow(/expected true or false, got "yes"/);
    expect(() => loadTrustedDocuments({ GATEWAY_TRUSTED_DOCUMENTS: join(dir, 'missing.json') })).toThrow(/GATEWAY_TRUSTED_DOCUMENTS: .*missing\.json is not a readable/);
  });
});
