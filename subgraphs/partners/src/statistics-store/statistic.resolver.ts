import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { hasRole, requireRole, type SubgraphContext } from '@edhr/kit';
import { forbidden } from '../common/input-error';
import { ImportReportType } from '../common/import-report.type';
import { TableFormatType } from '../common/table-format.type';
import { recordAudit } from '../audit/audit.service';
import { AgreementEntity } from '../agreements/agreement.entity';
import { isLive, today } from '../agreements/agreement-access.service';
import { PARTNER_SOURCE_PREFIX } from './statistic-source';
import { StatisticsUploadInputType } from './statistic.input';
import { uploadStatistics, type UploadAuthor } from './statistic-upload.service';

@Resolver()
export class StatisticResolver {
  @Mutation(() => ImportReportType, {
    description:
      'Adds aggregates to the shared statistics store: all rows or none, with a report naming the line and field ' +
      'of every bad row. Uploading the same figures again changes nothing. Subgraphs (service), partners and admins.',
  })
  async uploadStatistics(
    @Arg('input', () => StatisticsUploadInputType) input: StatisticsUploadInputType,
    @Ctx() context: SubgraphContext,
  ): Promise<ImportReportType> {
    requireRole(context, 'service', 'admin', 'partner');
    const author = await authorOf(context);
    const report = await uploadStatistics(context.em, input.content, input.format ?? TableFormatType.CSV, author);
    if (hasRole(context.identity, 'partner') && !hasRole(context.identity, 'service', 'admin')) {
      await recordAudit(context.em, {
        identity: context.identity,
        operation: 'uploadStatistics',
        request: { format: input.format ?? 'CSV', rows: report.rows },
        agreementReference: null,
        outcome: report.accepted ? 'answered' : 'refused',
        reason: report.accepted ? null : `${report.errors.length} row error(s)`,
        rowsReturned: report.inserted + report.updated,
      }, context.clock.now());
    }
    return report;
  }
}

/**
 * Figures are kept per publisher: a subgraph by its service subject, a partner by its key, so a
 * partner never writes into the force's series. A partner uploads only for the datasets and
 * areas its live agreements name.
 */
async function authorOf(context: SubgraphContext): Promise<UploadAuthor> {
  const { identity } = context;
  if (hasRole(identity, 'service', 'admin')) return { source: identity.subject, subject: identity.subject, mayPublish: true, allowed: null };
  if (!identity.partnerId) throw forbidden('the partner token carries no partner id');
  const day = today(context.clock.now());
  const agreements = (await context.em.find(AgreementEntity, { partnerKey: identity.partnerId })).filter((a) => isLive(a, day));
  const allowed = new Set(agreements.flatMap((a) => a.datasets.flatMap((d) => a.areas.map((area) => `${d}|${area}`))));
  return { source: `${PARTNER_SOURCE_PREFIX}${identity.partnerId}`, subject: identity.subject, mayPublish: false, allowed };
}
