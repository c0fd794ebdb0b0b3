import type { Agreement } from './agreement.entity';
import type { AgreementType } from './agreement.type';
import type { PeriodGranularityType } from '../periods/period-granularity.type';
import { isLive } from './agreement-access.service';

/** The GraphQL view of a stored agreement, as of `today`. */
export function toAgreementType(row: Agreement, today: string): AgreementType {
  return {
    id: row.id,
    reference: row.reference,
    partnerKey: row.partnerKey,
    title: row.title,
    datasets: row.datasets,
    characteristics: row.characteristics,
    areas: row.areas,
    finestPeriod: row.finestPeriod as PeriodGranularityType,
    validFrom: row.validFrom,
    validTo: row.validTo,
    suppressionThreshold: row.suppressionThreshold,
    live: isLive(row, today),
    version: row.version,
  };
}
