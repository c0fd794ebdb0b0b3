import type { EntityManager } from '@mikro-orm/postgresql';
import type { Agreement } from '../agreements/agreement.entity';
import { computeDisparity } from '../disparity/disparity.service';
import { parseDisparityArgs } from '../disparity/disparity-query';
import type { DisparityResultType, DisparityRowType } from '../disparity/disparity.type';
import type { Finding } from './finding.entity';

/** The figures of a finding as a partner sees them: those of its own disparity answer, never the stored exact ones. */
export interface PublishedFindingFigures {
  count: number;
  referenceCount: number;
  population: number | null;
  referencePopulation: number | null;
  ratio: number | null;
  lower: number | null;
  upper: number | null;
  standardError: number | null;
  /** Why the ratio is not shown (it cannot be worked out from the published counts), or null. */
  withheld: string | null;
}

/**
 * For a partner, each finding's figures from the partner's own disparity answer for the finding's
 * table (perturbed counts, and the ratio and interval worked out from them), or null when the
 * finding must not be shown at all: its category or reference is withheld in that answer. A
 * finding exists because the exact ratio qualifies, so showing one for a withheld category would
 * narrow the withheld count (e.g. from 1–9 to 7–9). Each table is computed once however many
 * findings share it.
 */
export async function partnerFindingFigures(
  em: EntityManager,
  disclosureKey: string,
  visible: ReadonlyArray<{ finding: Finding; agreement: Agreement }>,
): Promise<Map<string, PublishedFindingFigures | null>> {
  const tables = new Map<string, Promise<DisparityResultType>>();
  const figures = new Map<string, PublishedFindingFigures | null>();
  for (const { finding, agreement } of visible) {
    const key = [finding.dataset, finding.characteristic, finding.reference, finding.area, finding.period, finding.source,
      finding.denominatorSource, finding.denominatorEdition, agreement.reference, agreement.suppressionThreshold].join('|');
    let table = tables.get(key);
    if (!table) {
      table = partnerTable(em, disclosureKey, finding, agreement);
      tables.set(key, table);
    }
    const rows = (await table).rows;
    figures.set(finding.id, figuresOf(rows.find((r) => r.category === finding.category), rows.find((r) => r.category === finding.reference)));
  }
  return figures;
}

function figuresOf(row: DisparityRowType | undefined, reference: DisparityRowType | undefined): PublishedFindingFigures | null {
  if (!row || !reference || row.count === null || reference.count === null) return null;
  const ratio = row.ratio;
  return {
    count: row.count,
    referenceCount: reference.count,
    population: row.denominator,
    referencePopulation: reference.denominator,
    ratio: ratio.computable ? ratio.value : null,
    lower: ratio.computable ? ratio.lower : null,
    upper: ratio.computable ? ratio.upper : null,
    standardError: ratio.computable ? ratio.standardError : null,
    withheld: ratio.computable ? null : `the ratio cannot be worked out from the published counts (${ratio.reason}: ${ratio.detail})`,
  };
}

/** The partner's disparity answer for the finding's table today, as the disparity API would give it. */
async function partnerTable(em: EntityManager, disclosureKey: string, finding: Finding, agreement: Agreement): Promise<DisparityResultType> {
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
  return computeDisparity(em, query, {
    kind: 'suppressed',
    threshold: agreement.suppressionThreshold,
    publishedOnly: false,
    agreementReference: agreement.reference,
    disclosureKey,
  });
}
