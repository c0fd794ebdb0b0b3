import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@edhr/kit/testing';
import { RecordIdentity } from '../src/records/record-identity';

/** What the keys must be: every key remembered, the n-th repeat of a text keyed with n. */
function expectedKeys(prefix: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((canonical) => {
    const text = prefix + canonical;
    const occurrence = seen.get(text) ?? 0;
    seen.set(text, occurrence + 1);
    return hash('sha256', occurrence === 0 ? text : `${text}\u001e${occurrence}`, 'hex').slice(0, 32);
  });
}

describe('record identity with a filter in place of every key', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('create table record (batch_id uuid not null, line_number int not null, content_key uuid not null)');
  });
  afterAll(async () => {
    await client?.end();
    await database?.stop();
  });

  /** Keys as an import gives them: written as keyOf returns them, then settled in the table. */
  async function importedKeys(texts: readonly string[], filterBits: number): Promise<{ keys: string[]; repeats: number }> {
    const identity = new RecordIdentity('force', 'stop-search', filterBits);
    const batchId = randomUUID();
    const written = texts.map((text, i) => identity.keyOf(text, i + 2));
    await client.query('insert into record select $1, l, k from unnest($2::int[], $3::uuid[]) as u(l, k)', [
      batchId,
      written.map((_, i) => i + 2),
      written,
    ]);
    const repeats = await identity.settle({ client, table: 'record', batchId });
    const { rows } = await client.query<{ key: string }>(
      `select replace(content_key::text, '-', '') as key from record where batch_id = $1 order by line_number`,
      [batchId],
    );
    return { keys: rows.map((r) => r.key), repeats };
  }

  it('gives every record the key of its occurrence, whatever the filter mistakes for a repeat', async () => {
    // A 64-bit filter: most new keys look seen, so false alarms and true repeats mix.
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'), { maxLength: 60 }), fc.constantFrom(8, 64, 1 << 20), async (texts, bits) => {
        const { keys, repeats } = await importedKeys(texts, bits);
        expect(keys).toEqual(expectedKeys('force\u001fstop-search\u001f', texts));
        expect(repeats).toBe(texts.length - new Set(texts).size);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the key its fields give every record of a file without repeats', async () => {
    const texts = Array.from({ length: 500 }, (_, i) => `record ${i}`);
    const { keys, repeats } = await importedKeys(texts, 1 << 26);
    expect(repeats).toBe(0);
    expect(keys).toEqual(expectedKeys('force\u001fstop-search\u001f', texts));
  });
});
