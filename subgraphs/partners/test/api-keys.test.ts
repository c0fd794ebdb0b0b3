import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';

// Watches the constant-time comparison without changing it.
const spy = vi.hoisted(() => ({ timingSafeEqual: undefined as undefined | ((a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => boolean) }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  const timingSafeEqual = vi.fn(actual.timingSafeEqual);
  spy.timingSafeEqual = timingSafeEqual;
  return { ...actual, default: { ...actual, timingSafeEqual }, timingSafeEqual };
});

import { fixedClock, parseApiKey, type Clock } from '@edhr/kit';
import { resolveApiKey } from '../src/api-keys/api-key.service';
import { ADMIN, HARNESS_CLOCK, PUBLIC, SERVICE, STAFF, openPartnersHarness, partner, type PartnersHarness } from './partners-harness';

const CREATE = `mutation ($partner: String!, $label: String!) {
  createPartnerApiKey(partner: $partner, label: $label) {
    key
    apiKey { id partnerKey label keyId createdBy createdAt lastUsedAt revokedAt revokedBy active }
  }
}`;
const LIST = `query ($partner: String!) {
  partnerApiKeys(partner: $partner) { id partnerKey label keyId createdBy createdAt lastUsedAt revokedAt revokedBy active }
}`;
const REVOKE = `mutation ($id: ID!) { revokePartnerApiKey(id: $id) { id keyId revokedAt revokedBy active } }`;
const RESOLVE = `mutation ($key: String!) { resolvePartnerApiKey(key: $key) { partnerKey } }`;

const KEY_FORM = /^edhr_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/;

interface StoredKey {
  key_id: string;
  secret_hash: string;
  /** Milliseconds since the epoch. */
  last_used_at: number | null;
}

describe('partner API keys', { timeout: 120_000 }, () => {
  let h: PartnersHarness;
  const row = async (keyId: string): Promise<StoredKey> => {
    const rows = await h.orm.em
      .getConnection()
      .execute<{ key_id: string; secret_hash: string; last_used_ms: string | null }[]>(
        `select key_id, secret_hash, extract(epoch from last_used_at) * 1000 as last_used_ms from "partners"."partner_api_key" where key_id = ?`,
        [keyId],
      );
    const found = rows[0]!;
    return { key_id: found.key_id, secret_hash: found.secret_hash, last_used_at: found.last_used_ms === null ? null : Number(found.last_used_ms) };
  };
  // Each key is created a second after the last, so listing order (oldest first) is creation order.
  let created = 0;
  const create = async (partnerKey: string, label: string) => {
    const at = fixedClock(new Date(Date.parse('2027-06-30T12:00:00Z') + 1000 * created++).toISOString());
    return (await h.ok(CREATE, { partner: partnerKey, label }, ADMIN, at)).createPartnerApiKey;
  };
  const resolve = async (key: string, clock: Clock = HARNESS_CLOCK) => (await h.ok(RESOLVE, { key }, SERVICE, clock)).resolvePartnerApiKey;

  beforeAll(async () => {
    h = await openPartnersHarness();
    for (const key of ['nhs-trust', 'youth-service']) {
      await h.ok(
        `mutation ($input: PartnerAgencyInput!) { createPartnerAgency(input: $input) { key } }`,
        { input: { key, name: key, sector: 'nhs', organisationKey: 'west-midlands-police' } },
        ADMIN,
      );
    }
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => {
    vi.mocked(spy.timingSafeEqual!).mockClear();
  });

  it('returns the full key once, in the form edhr_<keyId>_<secret>, with the stored record', async () => {
    const created = await create('nhs-trust', 'Trust analytics, production');
    expect(created.key).toMatch(KEY_FORM);
    expect(parseApiKey(created.key)?.keyId).toBe(created.apiKey.keyId);
    expect(created.apiKey).toMatchObject({
      partnerKey: 'nhs-trust',
      label: 'Trust analytics, production',
      createdBy: ADMIN.subject,
      lastUsedAt: null,
      revokedAt: null,
      revokedBy: null,
      active: true,
    });
    // Nothing that comes back later carries the secret.
    const listed = await h.ok(LIST, { partner: 'nhs-trust' }, ADMIN);
    expect(JSON.stringify(listed)).not.toContain(parseApiKey(created.key)!.secret);
  });

  it('stores the SHA-256 of the secret, never the secret or the key', async () => {
    const created = await create('nhs-trust', 'hash check');
    const { keyId, secret } = parseApiKey(created.key)!;
    const stored = await row(keyId);
    expect(stored.secret_hash).toBe(createHash('sha256').update(secret, 'utf8').digest('hex'));
    const everything = await h.orm.em.getConnection().execute<{ r: string }[]>(`select t::text as r from "partners"."partner_api_key" t`);
    for (const { r } of everything) {
      expect(r).not.toContain(secret);
      expect(r).not.toContain(created.key);
    }
  });

  it('lists several keys per partner without any secret or hash, and only that partner’s', async () => {
    const a = await create('youth-service', 'client A');
    const b = await create('youth-service', 'client B');
    const other = await create('nhs-trust', 'not the youth service');
    const { partnerApiKeys } = await h.ok(LIST, { partner: 'youth-service' }, ADMIN);
    expect(partnerApiKeys.map((k: { keyId: string }) => k.keyId)).toEqual([a.apiKey.keyId, b.apiKey.keyId]);
    expect(partnerApiKeys.every((k: { partnerKey: string }) => k.partnerKey === 'youth-service')).toBe(true);
    expect(partnerApiKeys.map((k: { keyId: string }) => k.keyId)).not.toContain(other.apiKey.keyId);
    for (const key of partnerApiKeys) {
      expect(Object.keys(key).sort()).toEqual(
        ['active', 'createdAt', 'createdBy', 'id', 'keyId', 'label', 'lastUsedAt', 'partnerKey', 'revokedAt', 'revokedBy'],
      );
    }
    const json = JSON.stringify(partnerApiKeys);
    for (const created of [a, b]) {
      const { secret } = parseApiKey(created.key)!;
      expect(json).not.toContain(secret);
      expect(json).not.toContain((await row(created.apiKey.keyId)).secret_hash);
    }
    // The schema has no field that could expose them.
    const fields = await h.ok(`{ __type(name: "PartnerApiKey") { fields { name } } }`, {}, ADMIN);
    expect(fields.__type.fields.map((f: { name: string }) => f.name)).not.toEqual(expect.arrayContaining(['secretHash']));
    expect(fields.__type.fields.map((f: { name: string }) => f.name.toLowerCase()).filter((n: string) => /secret|hash/.test(n))).toEqual([]);
  });

  it('resolves a valid key to its partner for the service role, and records the use', async () => {
    const created = await create('nhs-trust', 'resolve');
    expect(await resolve(created.key)).toEqual({ partnerKey: 'nhs-trust' });
    expect(spy.timingSafeEqual).toHaveBeenCalledTimes(1);
    const stored = await row(created.apiKey.keyId);
    // The use is recorded at the request's clock.
    expect(stored.last_used_at).toBe(HARNESS_CLOCK.now().getTime());
    const listed = (await h.ok(LIST, { partner: 'nhs-trust' }, ADMIN)).partnerApiKeys.find((k: { keyId: string }) => k.keyId === created.apiKey.keyId);
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('records the last use at most once a minute per key', async () => {
    const created = await create('nhs-trust', 'busy client');
    const at = (iso: string) => fixedClock(iso);
    await resolve(created.key, at('2027-06-30T23:30:00Z'));
    await resolve(created.key, at('2027-06-30T23:30:20Z'));
    await resolve(created.key, at('2027-06-30T23:30:59Z'));
    expect((await row(created.apiKey.keyId)).last_used_at).toBe(Date.parse('2027-06-30T23:30:00Z'));
    // A minute after the recorded use, the next use is written.
    await resolve(created.key, at('2027-06-30T23:31:00Z'));
    expect((await row(created.apiKey.keyId)).last_used_at).toBe(Date.parse('2027-06-30T23:31:00Z'));
    await resolve(created.key, at('2027-06-30T23:31:30Z'));
    expect((await row(created.apiKey.keyId)).last_used_at).toBe(Date.parse('2027-06-30T23:31:00Z'));
  });

  it('refuses a wrong secret of the right length through the constant-time comparison, recording no use', async () => {
    const created = await create('nhs-trust', 'wrong secret');
    const { keyId, secret } = parseApiKey(created.key)!;
    const wrong = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(wrong).toHaveLength(secret.length);
    expect(await resolve(`edhr_${keyId}_${wrong}`)).toBeNull();
    expect(spy.timingSafeEqual).toHaveBeenCalledTimes(1);
    expect(vi.mocked(spy.timingSafeEqual!).mock.results[0]).toEqual({ type: 'return', value: false });
    expect((await row(keyId)).last_used_at).toBeNull();
  });

  it('refuses malformed and unknown keys', async () => {
    const created = await create('nhs-trust', 'shape');
    const { secret } = parseApiKey(created.key)!;
    for (const key of ['', 'edhr_', 'not a key', created.key.slice(0, -1), `${created.key}x`, created.key.replace('edhr_', 'EDHR_'), `edhr_0000000000000000_${secret}`]) {
      expect(await resolve(key), key).toBeNull();
    }
  });

  it('revokes a key at once, keeps it listed, and revoking again changes nothing', async () => {
    const keep = await create('youth-service', 'new key, rotated in');
    const old = await create('youth-service', 'old key, rotated out');
    expect(await resolve(old.key)).toEqual({ partnerKey: 'youth-service' });
    const { revokePartnerApiKey: revoked } = await h.ok(REVOKE, { id: old.apiKey.id }, ADMIN);
    expect(revoked).toMatchObject({ id: old.apiKey.id, active: false, revokedBy: ADMIN.subject });
    expect(revoked.revokedAt).toEqual(HARNESS_CLOCK.now());
    expect(await resolve(old.key)).toBeNull();
    // The other key of the same partner goes on working.
    expect(await resolve(keep.key)).toEqual({ partnerKey: 'youth-service' });
    const again = await h.ok(REVOKE, { id: old.apiKey.id }, { ...ADMIN, subject: 'another-admin' });
    expect(again.revokePartnerApiKey).toEqual(revoked);
    const listed = (await h.ok(LIST, { partner: 'youth-service' }, ADMIN)).partnerApiKeys;
    expect(listed.find((k: { id: string }) => k.id === old.apiKey.id)).toMatchObject({ active: false, revokedBy: ADMIN.subject });
  });

  it('never holds a key whose partner agency has no record: the database refuses one (migration 0018)', async () => {
    const created = await create('nhs-trust', 'partner removed');
    const connection = h.orm.em.getConnection();
    await expect(
      connection.execute(`update "partners"."partner_api_key" set partner_key = 'gone-partner' where key_id = ?`, [created.apiKey.keyId]),
    ).rejects.toThrow(/partner_api_key_partner_key_foreign/);
    await expect(connection.execute(`delete from "partners"."partner_agency" where key = 'nhs-trust'`)).rejects.toThrow(/_partner_key_foreign/);
    expect(await resolveApiKey(h.orm.em.fork(), created.key, HARNESS_CLOCK.now())).toMatchObject({ partnerKey: 'nhs-trust' });
  });

  it('validates its arguments, naming the field', async () => {
    const refusal = async (source: string, variables: Record<string, unknown>) => {
      const result = await h.run(source, variables, ADMIN);
      return { code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field, message: result.errors?.[0]?.message };
    };
    expect(await refusal(CREATE, { partner: 'no-such-partner', label: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partner' });
    expect(await refusal(CREATE, { partner: 'nhs-trust', label: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label' });
    expect(await refusal(CREATE, { partner: 'nhs-trust', label: 'x'.repeat(201) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label' });
    expect(await refusal(LIST, { partner: 'no-such-partner' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partner' });
    expect(await refusal(REVOKE, { id: 'not-an-id' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await refusal(REVOKE, { id: crypto.randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only admins manage keys and only the service role resolve them', async () => {
    const created = await create('nhs-trust', 'roles');
    const cases: [string, Record<string, unknown>, string][] = [
      [CREATE, { partner: 'nhs-trust', label: 'x' }, 'createPartnerApiKey'],
      [LIST, { partner: 'nhs-trust' }, 'partnerApiKeys'],
      [REVOKE, { id: created.apiKey.id }, 'revokePartnerApiKey'],
    ];
    for (const identity of [STAFF, PUBLIC, SERVICE, partner('nhs-trust')]) {
      for (const [source, variables, field] of cases) {
        const result = await h.run(source, variables, identity);
        expect(result.errors?.[0]?.extensions?.code, `${identity.subject} ${field}`).toBe('FORBIDDEN');
        expect(result.data?.[field] ?? null).toBeNull();
      }
    }
    for (const identity of [ADMIN, STAFF, PUBLIC, partner('nhs-trust')]) {
      const result = await h.run(RESOLVE, { key: created.key }, identity);
      expect(result.errors?.[0]?.extensions?.code, identity.subject).toBe('FORBIDDEN');
      expect(result.data?.resolvePartnerApiKey ?? null).toBeNull();
    }
    // Refused calls neither used nor revoked the key.
    expect((await row(created.apiKey.keyId)).last_used_at).toBeNull();
    expect(await resolve(created.key)).toEqual({ partnerKey: 'nhs-trust' });
  });
});
