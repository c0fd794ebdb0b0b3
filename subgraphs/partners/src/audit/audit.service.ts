import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@edhr/kit';
import { AuditEntryEntity } from './audit-entry.entity';

/** What to record about one partner request. */
export interface AuditRecord {
  identity: Identity;
  operation: string;
  request: Record<string, unknown>;
  agreementReference: string | null;
  outcome: 'answered' | 'refused';
  reason: string | null;
  rowsReturned: number;
}

/**
 * Appends one audit entry, asked at `askedAt` (the request's clock); written on its own so a
 * refusal is recorded even though the request fails.
 */
export async function recordAudit(em: EntityManager, record: AuditRecord, askedAt: Date): Promise<void> {
  await em.insert(AuditEntryEntity, {
    id: crypto.randomUUID(),
    askedAt,
    subject: record.identity.subject,
    partnerKey: record.identity.partnerId ?? null,
    agreementReference: record.agreementReference,
    operation: record.operation,
    request: record.request,
    outcome: record.outcome,
    reason: record.reason,
    rowsReturned: record.rowsReturned,
  });
}
