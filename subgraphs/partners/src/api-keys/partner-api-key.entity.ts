import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * An API key a partner agency's machine client authenticates with instead of a bearer token.
 * Only the SHA-256 hash of the secret part is stored; the full key is shown once, when it is
 * created. A partner may hold several keys at once so one can be rotated in before the old one
 * is revoked. `lastUsedAt` is refreshed at most once a minute per key; a revoked key stays
 * listed, with who revoked it and when, and never authenticates again.
 */
export const PartnerApiKeyEntity = defineEntity({
  name: 'PartnerApiKey',
  tableName: 'partner_api_key',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    partnerKey: p.string().length(80).index(),
    label: p.string().length(200),
    /** Public identifier, the `<keyId>` of `edhr_<keyId>_<secret>`. */
    keyId: p.string().length(16).unique(),
    /** Lower-case hex SHA-256 of the secret part. */
    secretHash: p.string().length(64),
    createdBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    revokedBy: p.string().length(200).nullable(),
  },
});
export type PartnerApiKey = InstanceType<typeof PartnerApiKeyEntity.class>;
