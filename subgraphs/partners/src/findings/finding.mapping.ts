import type { Finding } from './finding.entity';
import type { FindingType } from './finding.type';
import type { FindingStatusType } from './finding-status.type';
import type { PublishedFindingFigures } from './finding-withholding.service';

/**
 * The GraphQL view of a stored finding: its exact figures (staff), or with `published` the figures
 * a partner's disparity answer shows instead (perturbed counts, the ratio worked out from them).
 */
export function toFindingType(row: Finding, published?: PublishedFindingFigures): FindingType {
  // Doubles may come back from the driver as text.
  const figure = (value: number | string) => Number(value);
  const { withheld, ...figures } = published ?? { withheld: null };
  return {
    id: row.id,
    dataset: row.dataset,
    characteristic: row.characteristic,
    category: row.category,
    reference: row.reference,
    area: row.area,
    period: row.period,
    source: row.source,
    ratio: figure(row.ratio),
    lower: figure(row.lower),
    upper: figure(row.upper),
    standardError: figure(row.standardError),
    count: figure(row.count),
    population: figure(row.population),
    referenceCount: figure(row.referenceCount),
    referencePopulation: figure(row.referencePopulation),
    ...figures,
    figuresWithheld: withheld,
    denominator: { source: row.denominatorSource, edition: row.denominatorEdition },
    stillQualifies: row.stillQualifies,
    status: row.status as FindingStatusType,
    detectedAt: row.detectedAt,
    figuresAt: row.figuresAt,
    reformLinkedBy: row.reformLinkedBy ?? null,
    reformLinkedAt: row.reformLinkedAt ?? null,
    version: row.version,
    reformActionId: row.reformActionId ?? null,
  };
}
