import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inputError } from '../common/input-error';
import { PartnerAgencyEntity } from '../partner-agencies/partner-agency.entity';
import { API_KEY_PREFIX, notFound, parseApiKey } from '@edhr/kit';
import { PartnerApiKeyEntity, type PartnerApiKey } from './partner-api-key.entity';

const PARTNER_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL_MAX = 200;

/**
 * `lastUsedAt` is written at most once per this interval per key: a busy client then costs one
 * write a minute rather than one per request, and the recorded last use is at most this old.
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * SHA-256, hex, of the secret part of a key. A fast hash is enough here: the secret is 32 random
 * bytes (256 bits), so there is nothing to guess word by word and a slow password hash (bcrypt,
 * scrypt, Argon2) would add cost to every request without adding any protection.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = createHash('sha256').update(secret, 'utf8').digest();
  const stored = Buffer.from(storedHash, 'hex');
  // Both are 32-byte digests; a malformed stored hash simply never matches.
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** Compared against when the key id is unknown, so both refusals take the same work. */
const NO_SUCH_KEY_HASH = hashSecret(randomBytes(32).toString('base64url'));

/** Refuses a partner argument that names no registered partner agency. */
async function requirePartner(em: EntityManager, partner: string, field: string): Promise<void> {
  if (!PARTNER_KEY.test(partner) || !(await em.count(PartnerAgencyEntity, { key: partner }))) {
    throw inputError(field, `no partner agency "${partner.slice(0, 80)}" is registered`);
  }
}

/** Creates a key for a partner; the full key is returned here only and never stored. */
export async function createApiKey(
  em: EntityManager,
  partner: string,
  label: string,
  subject: string,
  now: Date,
): Promise<{ key: string; row: PartnerApiKey }> {
  const trimmed = label.trim();
  if (!trimmed) throw inputError('label', 'must not be empty');
  if (trimmed.length > LABEL_MAX) throw inputError('label', `must be at most ${LABEL_MAX} characters (got ${trimmed.length})`);
  if (/\p{Cc}/u.test(trimmed)) throw inputError('label', 'must not contain control characters');
  await requirePartner(em, partner, 'partner');
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const row = em.create(PartnerApiKeyEntity, {
    partnerKey: partner,
    label: trimmed,
    keyId,
    secretHash: hashSecret(secret),
    createdBy: subject,
    createdAt: now,
  });
  await em.flush();
  return { key: `${API_KEY_PREFIX}${keyId}_${secret}`, row };
}

/** A partner's keys, revoked ones included, oldest first. */
export async function listApiKeys(em: EntityManager, partner: string): Promise<PartnerApiKey[]> {
  await requirePartner(em, partner, 'partner');
  return em.find(PartnerApiKeyEntity, { partnerKey: partner }, { orderBy: { createdAt: 'asc', keyId: 'asc' } });
}

/**
 * Revokes a key at once: the next request made with it is refused. Revoking a revoked key
 * changes nothing and keeps the first revocation's time and author.
 */
export async function revokeApiKey(em: EntityManager, id: string, subject: string, now: Date): Promise<PartnerApiKey> {
  if (!UUID.test(id)) throw inputError('id', 'is not an API key id');
  const found = await em.findOne(PartnerApiKeyEntity, { id });
  if (!found) throw notFound(`No API key "${id}" exists.`);
  if (found.revokedAt) return found;
  await em.nativeUpdate(PartnerApiKeyEntity, { id, revokedAt: null }, { revokedAt: now, revokedBy: subject });
  return em.findOneOrFail(PartnerApiKeyEntity, { id }, { refresh: true });
}

/**
 * Who a presented key authenticates as, or null when it is malformed, unknown, wrong, revoked,
 * or its partner agency is no longer registered. Records the use (see LAST_USED_RESOLUTION_MS).
 */
export async function resolveApiKey(em: EntityManager, key: string, now: Date): Promise<{ partnerKey: string } | null> {
  const parts = parseApiKey(key);
  if (!parts) return null;
  const row = await em.findOne(PartnerApiKeyEntity, { keyId: parts.keyId });
  const matches = secretMatches(parts.secret, row?.secretHash ?? NO_SUCH_KEY_HASH);
  if (!row || !matches || row.revokedAt) return null;
  if (!(await em.count(PartnerAgencyEntity, { key: row.partnerKey }))) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt <= stale) {
    // Conditional, so concurrent requests of one client write once between them, not once each.
    await em.nativeUpdate(
      PartnerApiKeyEntity,
      { id: row.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lte: stale } }] },
      { lastUsedAt: now },
    );
  }
  return { partnerKey: row.partnerKey };
}
