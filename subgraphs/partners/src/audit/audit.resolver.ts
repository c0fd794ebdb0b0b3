import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryType } from './audit-entry.type';

/** Reading the audit trail; there is deliberately no mutation. */
@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Query(() => [AuditEntryType], { description: 'Partner requests, newest first. Admins only.' })
  async partnerAuditLog(
    @Arg('partnerKey', () => String, { nullable: true }) partnerKey: string | null | undefined,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number,
    @Ctx() context: SubgraphContext,
  ): Promise<AuditEntryType[]> {
    requireRole(context, 'admin');
    const rows = await context.em.find(
      AuditEntryEntity,
      partnerKey ? { partnerKey } : {},
      { orderBy: { askedAt: 'desc' }, limit: Math.min(Math.max(limit, 1), 1000) },
    );
    return rows.map((r) => ({
      id: r.id,
      askedAt: r.askedAt,
      subject: r.subject,
      partnerKey: r.partnerKey ?? null,
      agreementReference: r.agreementReference ?? null,
      operation: r.operation,
      request: r.request,
      outcome: r.outcome,
      reason: r.reason ?? null,
      rowsReturned: r.rowsReturned,
    }));
  }
}
