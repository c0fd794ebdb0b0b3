import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { hasRole, requireRole } from '@edhr/kit';
import { forbidden } from '../common/input-error';
import { decideAccess, today } from '../agreements/agreement-access.service';
import { recordAudit } from '../audit/audit.service';
import { DisparityResultType } from './disparity.type';
import { DisparityQueryArgs } from './disparity.args';
import { checkArea, parseDisparityArgs, shownGranularity, type DisparityArgs } from './disparity-query';
import { computeDisparity, publicView } from './disparity.service';
import { isPartnerSource, PARTNER_SOURCE_PREFIX } from '../statistics-store/statistic-source';
import type { DisclosureContext } from '../disclosure/disclosure.config';

@Resolver(() => DisparityResultType)
export class DisparityResolver {
  @Query(() => DisparityResultType, {
    description:
      'Rates per 1,000 and relative rate ratios (95% CI) of each category against a reference category. ' +
      'Staff see every figure exactly; a partner sees only what a live agreement allows and the public published ' +
      'figures only, both perturbed for disclosure control and withheld below the threshold; every partner request is audited.',
  })
  async disparity(@Args(() => DisparityQueryArgs) selection: DisparityQueryArgs, @Ctx() context: DisclosureContext): Promise<DisparityResultType> {
    requireRole(context, 'staff', 'admin', 'theme-owner', 'service', 'partner', 'public');
    const args: DisparityArgs = { ...selection };
    // The service role is the force's own query-based KPIs, which staff read: unsuppressed.
    if (hasRole(context.identity, 'staff', 'admin', 'theme-owner', 'service')) {
      return computeDisparity(context.em, parseDisparityArgs(args), { kind: 'unsuppressed' });
    }
    if (hasRole(context.identity, 'partner')) return this.forPartner(args, context);
    return computeDisparity(context.em, parseDisparityArgs(args), publicView(context.services.disclosureKey));
  }

  /** A partner's request: allowed only under a live agreement, and audited whatever the outcome. */
  private async forPartner(args: DisparityArgs, context: DisclosureContext): Promise<DisparityResultType> {
    const audit = { identity: context.identity, operation: 'disparity', request: { ...args } };
    let agreementReference: string | null = null;
    // One instant judges the agreement and dates the audit entry.
    const now = context.clock.now();
    try {
      const query = parseDisparityArgs(args);
      await checkArea(context.em, query.area);
      const own = `${PARTNER_SOURCE_PREFIX}${context.identity.partnerId ?? ''}`;
      if (query.source && isPartnerSource(query.source) && query.source !== own) {
        throw forbidden(`a partner sees the force's figures or its own (${own}), not those of ${query.source}`);
      }
      const decision = await decideAccess(context.em, context.identity, {
        dataset: query.dataset,
        characteristic: query.characteristic,
        area: query.area,
        granularity: shownGranularity(query),
      }, today(now));
      if (!decision.allowed) throw forbidden(decision.reason);
      agreementReference = decision.agreement.reference;
      const result = await computeDisparity(context.em, query, {
        kind: 'suppressed',
        threshold: decision.agreement.suppressionThreshold,
        publishedOnly: false,
        agreementReference,
        disclosureKey: context.services.disclosureKey,
      });
      await recordAudit(context.em, { ...audit, agreementReference, outcome: 'answered', reason: null, rowsReturned: result.rows.length }, now);
      return result;
    } catch (error) {
      const reason = error instanceof GraphQLError ? error.message : 'internal error';
      await recordAudit(context.em, { ...audit, agreementReference, outcome: 'refused', reason, rowsReturned: 0 }, now);
      throw error;
    }
  }
}
