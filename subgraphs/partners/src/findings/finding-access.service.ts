import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@edhr/kit';
import { AgreementEntity, type Agreement } from '../agreements/agreement.entity';
import { covers, fineEnoughFor, isLive } from '../agreements/agreement-access.service';
import { parsePeriod } from '../periods/period';
import type { Finding } from './finding.entity';

export type FindingAgreements = { allowed: true; agreements: Agreement[] } | { allowed: false; reason: string };

/** The partner's agreements in force today, or why it has none (no agreement, or all lapsed). */
export async function liveAgreementsOf(em: EntityManager, identity: Identity, day: string): Promise<FindingAgreements> {
  if (!identity.partnerId) return { allowed: false, reason: 'the partner token carries no partner id' };
  const agreements = await em.find(AgreementEntity, { partnerKey: identity.partnerId }, { orderBy: { validTo: 'desc' } });
  if (agreements.length === 0) return { allowed: false, reason: `partner "${identity.partnerId}" has no data-sharing agreement` };
  const live = agreements.filter((a) => isLive(a, day));
  if (live.length > 0) return { allowed: true, agreements: live };
  const latest = agreements[0]!;
  return {
    allowed: false,
    reason:
      latest.validTo < day
        ? `agreement ${latest.reference} expired on ${latest.validTo}`
        : `agreement ${latest.reference} is not in force until ${latest.validFrom}`,
  };
}

/**
 * The live agreement under which a partner may see a finding: one covering its dataset,
 * characteristic and area and allowing its period, the same test as a disparity query.
 */
export function agreementFor(finding: Finding, agreements: readonly Agreement[]): Agreement | undefined {
  const granularity = parsePeriod(finding.period)?.granularity;
  if (!granularity) return undefined;
  return agreements.find((a) => covers(a, finding) && fineEnoughFor(a, granularity));
}

/** Why no live agreement can cover a listing filtered on `dataset` and/or `area`, or null when one can. */
export function filterProblem(agreements: readonly Agreement[], dataset: string | null, area: string | null): string | null {
  if (!dataset && !area) return null;
  const any = agreements.some((a) => (!dataset || a.datasets.includes(dataset)) && (!area || a.areas.includes(area)));
  if (any) return null;
  const what = [dataset ? `dataset ${dataset}` : null, area ? `area ${area}` : null].filter(Boolean).join(' in ');
  return `no live agreement covers ${what}`;
}
