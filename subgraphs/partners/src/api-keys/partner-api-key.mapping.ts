import type { PartnerApiKey } from './partner-api-key.entity';
import type { PartnerApiKeyType } from './partner-api-key.type';

/** The GraphQL view of a stored key: everything but the hash. */
export function toPartnerApiKeyType(row: PartnerApiKey): PartnerApiKeyType {
  return {
    id: row.id,
    partnerKey: row.partnerKey,
    label: row.label,
    keyId: row.keyId,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt ?? null,
    revokedAt: row.revokedAt ?? null,
    revokedBy: row.revokedBy ?? null,
    active: !row.revokedAt,
  };
}
