import type { EntityManager } from '@mikro-orm/postgresql';
import type { Agreement } from '../agreements/agreement.entity';
import { computeDisparity } from '../disparity/disparity.service';
import { parseDisparityArgs } from '../disparity/disparity-query';
import type { Finding } from './finding.entity';

/**
 * For a partner, why each finding's figures are withheld (null when they may be shown). A ratio and
 * its interval give the count back, so they are withheld exactly where the partner's disparity
 * answer would suppress the category or the reference: a count below the agreement's threshold,
 * or a cell suppressed so that a small one cannot be worked out from the total. The table is
 * suppressed as it stands now, once per distinct table however many findings share it.
 */
export async function partnerWithholding(
  em: EntityManager,
  visible: ReadonlyArray<{ finding: Finding; agreement: Agreement }>,
): Promise<Map<string, string | null>> {
  const tables = new Map<string, Promise<Map<string, boolean>>>();
  const reasons = new Map<string, string | null>();
  for (const { finding, agreement } of visible) {
    const threshold = agreement.suppressionThreshold;
    if (finding.count < threshold || finding.referenceCount < threshold) {
      reasons.set(finding.id, `a count is below the suppression threshold of agreement ${agreement.reference}`);
      continue;
    }
    const key = [finding.dataset, finding.characteristic, finding.reference, finding.area, finding.period, finding.source,
      finding.denominatorSource, finding.denominatorEdition, threshold].join('|');
    let suppressed = tables.get(key);
    if (!suppressed) {
      suppressed = suppressedCategories(em, finding, agreement);
      tables.set(key, suppressed);
    }
    const cells = await suppressed;
    const withheld = cells.get(finding.category) !== false || cells.get(finding.reference) !== false;
    reasons.set(finding.id, withheld ? 'withheld so that a small number in the same table cannot be worked out' : null);
  }
  return reasons;
}

/** Category → suppressed, in the partner's view of the finding's table today. */
async function suppressedCategories(em: EntityManager, finding: Finding, agreement: Agreement): Promise<Map<string, boolean>> {
  const query = parseDisparityArgs({
    dataset: finding.dataset,
    characteristic: finding.characteristic,
    reference: finding.reference,
    area: finding.area,
    period: finding.period,
    source: finding.source,
    denominatorSource: finding.denominatorSource,
    denominatorEdition: finding.denominatorEdition,
  });
  const result = await computeDisparity(em, query, {
    kind: 'suppressed',
    threshold: agreement.suppressionThreshold,
    publishedOnly: false,
    agreementReference: agreement.reference,
  });
  return new Map(result.rows.map((r) => [r.category, r.suppressed]));
}
