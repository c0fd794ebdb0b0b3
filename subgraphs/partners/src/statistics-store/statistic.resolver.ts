import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { hasRole, requireRole, type SubgraphContext } from '@edhr/kit';
import { forbidden } from '../common/input-error';
import { ImportReportType } from '../common/import-report.type';
import { TableFormatType } from '../common/table-format.type';
import { recordAudit } from '../audit/audit.service';
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
    const author = authorOf(context);
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

/** Figures are kept per publisher: a subgraph by its service subject, a partner by its key. */
function authorOf(context: SubgraphContext): UploadAuthor {
  const { identity } = context;
  if (hasRole(identity, 'service', 'admin')) return { source: identity.subject, subject: identity.subject, mayPublish: true };
  if (!identity.partnerId) throw forbidden('the partner token carries no partner id');
  return { source: `partner:${identity.partnerId}`, subject: identity.subject, mayPublish: false };
}
