import type { EntityManager } from '@mikro-orm/postgresql';
import { ukDate, type Identity } from '@edhr/kit';
import { isFiner, type PeriodGranularity } from '../periods/period';
import { AgreementEntity, type Agreement } from './agreement.entity';

/** What a partner asks to see. */
export interface AccessRequest {
  dataset: string;
  characteristic: string;
  area: string;
  /** The finest period the answer would show. */
  granularity: PeriodGranularity;
}

export type AccessDecision = { allowed: true; agreement: Agreement } | { allowed: false; reason: string };

/**
 * The day an agreement is judged on: the UK date at `now`, `YYYY-MM-DD` as agreement dates are
 * kept. An agreement valid to 30 June has ended at 00:30 BST on 1 July (23:30 UTC on 30 June).
 */
export function today(now: Date): string {
  return ukDate(now);
}

/** Whether an agreement is in force on `day` (both ends inclusive). */
export function isLive(agreement: Pick<Agreement, 'validFrom' | 'validTo'>, day: string): boolean {
  return agreement.validFrom <= day && day <= agreement.validTo;
}

/** Whether an agreement names the dataset, characteristic and area asked about. */
export function covers(agreement: Pick<Agreement, 'datasets' | 'characteristics' | 'areas'>, request: Omit<AccessRequest, 'granularity'>): boolean {
  return (
    agreement.datasets.includes(request.dataset) &&
    agreement.characteristics.includes(request.characteristic) &&
    agreement.areas.includes(request.area)
  );
}

/** Whether an agreement allows figures as fine as `granularity`. */
export function fineEnoughFor(agreement: Pick<Agreement, 'finestPeriod'>, granularity: PeriodGranularity): boolean {
  return !isFiner(granularity, agreement.finestPeriod as PeriodGranularity);
}

/**
 * Finds the live agreement of the calling partner that covers the request, or says why there is
 * none, as precisely as the partner's agreements allow: no agreement at all, expired or not yet
 * in force, period too fine, or nothing covering the dataset, characteristic and area.
 */
export async function decideAccess(em: EntityManager, identity: Identity, request: AccessRequest, day: string): Promise<AccessDecision> {
  if (!identity.partnerId) return { allowed: false, reason: 'the partner token carries no partner id' };
  const agreements = await em.find(AgreementEntity, { partnerKey: identity.partnerId }, { orderBy: { validTo: 'desc' } });
  if (agreements.length === 0) {
    return { allowed: false, reason: `partner "${identity.partnerId}" has no data-sharing agreement` };
  }
  const covering = agreements.filter((a) => covers(a, request));
  const live = covering.filter((a) => isLive(a, day));
  if (live.length > 0) {
    const fineEnough = live.find((a) => fineEnoughFor(a, request.granularity));
    if (fineEnough) return { allowed: true, agreement: fineEnough };
    const a = live[0]!;
    return {
      allowed: false,
      reason: `agreement ${a.reference} allows nothing finer than ${a.finestPeriod} (asked for ${request.granularity})`,
    };
  }
  const lapsed = covering[0];
  if (lapsed) {
    return {
      allowed: false,
      reason:
        lapsed.validTo < day
          ? `agreement ${lapsed.reference} expired on ${lapsed.validTo}`
          : `agreement ${lapsed.reference} is not in force until ${lapsed.validFrom}`,
    };
  }
  return {
    allowed: false,
    reason: `no live agreement covers dataset ${request.dataset} for characteristic ${request.characteristic} in area ${request.area}`,
  };
}
