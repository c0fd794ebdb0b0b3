import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { hasRole, requireRole } from '@edhr/kit';
import { forbidden } from '../common/input-error';
import { DisparitySelectionArgs } from '../disparity/disparity.args';
import { recordAudit } from '../audit/audit.service';
import { parseDisparityArgs } from '../disparity/disparity-query';
import { DeliveryActionType } from '../delivery-actions/delivery-action.type';
import type { Agreement } from '../agreements/agreement.entity';
import { FindingEntity, type Finding } from './finding.entity';
import { FindingType } from './finding.type';
import { FindingStatusType } from './finding-status.type';
import { FindingDetectionType } from './finding-detection.type';
import { FindingExplanationType } from './finding-explanation.type';
import { FindingExplanationInputType } from './finding-explanation.input';
import { toFindingType } from './finding.mapping';
import type { FindingsContext } from './findings-context';
import { detectFindings } from './finding-detection.service';
import { explainFinding, linkReformAction } from './finding-closing.service';
import { agreementFor, filterProblem, liveAgreementsOf } from './finding-access.service';
import { today } from '../agreements/agreement-access.service';
import { partnerFindingFigures } from './finding-withholding.service';
import { explanationsByFinding } from './finding-explanation.loader';

/** Those who may detect, explain and link findings. */
const WRITERS = ['staff', 'admin', 'theme-owner'] as const;

@Resolver(() => FindingType)
export class FindingResolver {
  @Query(() => [FindingType], {
    description:
      'Findings by dataset, area and status (all statuses when none is given). Staff, admins and theme owners see all; ' +
      'a partner sees those its live agreements cover where its disparity answer shows the category and the reference, ' +
      'with that answer\'s perturbed figures, and the request is audited; the public sees none.',
  })
  async findings(
    @Arg('dataset', () => String, { nullable: true }) dataset: string | null | undefined,
    @Arg('area', () => String, { nullable: true, description: 'ONS geography code.' }) area: string | null | undefined,
    @Arg('status', () => FindingStatusType, { nullable: true }) status: FindingStatusType | null | undefined,
    @Ctx() context: FindingsContext,
  ): Promise<FindingType[]> {
    requireRole(context, ...WRITERS, 'partner');
    const where: Record<string, unknown> = {};
    if (dataset) where.dataset = dataset;
    if (area) where.area = area;
    if (status) where.status = status;
    const load = () =>
      context.em.find(FindingEntity, where, {
        orderBy: { dataset: 'asc', area: 'asc', period: 'asc', characteristic: 'asc', reference: 'asc', category: 'asc' },
      });
    if (hasRole(context.identity, ...WRITERS)) return (await load()).map((row) => toFindingType(row));
    return this.forPartner(context, { dataset: dataset ?? null, area: area ?? null, status: status ?? null }, load);
  }

  /** A partner's listing: only under live agreements, and audited whatever the outcome. */
  private async forPartner(
    context: FindingsContext,
    request: { dataset: string | null; area: string | null; status: string | null },
    load: () => Promise<Finding[]>,
  ): Promise<FindingType[]> {
    const audit = { identity: context.identity, operation: 'findings', request };
    // One instant judges the agreements and dates the audit entry.
    const now = context.clock.now();
    try {
      const decision = await liveAgreementsOf(context.em, context.identity, today(now));
      if (!decision.allowed) throw forbidden(decision.reason);
      const problem = filterProblem(decision.agreements, request.dataset, request.area);
      if (problem) throw forbidden(problem);
      const covered: Array<{ finding: Finding; agreement: Agreement }> = [];
      for (const finding of await load()) {
        const agreement = agreementFor(finding, decision.agreements);
        if (agreement) covered.push({ finding, agreement });
      }
      // Shown only where the partner's disparity answer shows the category and the reference, with its figures.
      const figures = await partnerFindingFigures(context.em, context.services.disclosureKey, covered);
      const visible = covered.filter(({ finding }) => figures.get(finding.id));
      const used = [...new Set(visible.map((v) => v.agreement.reference))];
      await recordAudit(context.em, {
        ...audit,
        // The audit names one agreement; a listing drawing on several names none.
        agreementReference: used.length === 1 ? used[0]! : null,
        outcome: 'answered',
        reason: null,
        rowsReturned: visible.length,
      }, now);
      return visible.map(({ finding }) => toFindingType(finding, figures.get(finding.id)!));
    } catch (error) {
      const reason = error instanceof GraphQLError ? error.message : 'internal error';
      await recordAudit(context.em, { ...audit, agreementReference: null, outcome: 'refused', reason, rowsReturned: 0 }, now);
      throw error;
    }
  }

  @Mutation(() => FindingDetectionType, {
    description:
      'Computes the disparity of one period unsuppressed and records a finding for each category whose ratio is ' +
      'significant (95% interval excludes 1) and at least FINDING_RATIO_THRESHOLD (default 1.5) or at most its inverse. ' +
      'Idempotent: an existing finding is never duplicated; it takes the latest figures, even when they no longer ' +
      'qualify, and keeps its status. Staff, admins and theme owners.',
  })
  async detectFindings(
    @Args(() => DisparitySelectionArgs) selection: DisparitySelectionArgs,
    @Ctx() context: FindingsContext,
  ): Promise<FindingDetectionType> {
    requireRole(context, ...WRITERS);
    const query = parseDisparityArgs({ ...selection });
    const threshold = context.services.findingRatioThreshold;
    const report = await detectFindings(context.em, query, threshold, context.identity.subject, context.clock.now());
    return {
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      threshold,
      denominator: query.denominator,
      findings: report.findings.map((row) => toFindingType(row)),
    };
  }

  @Mutation(() => FindingType, {
    description:
      'Closes a finding with an explanation (text and at least one item of evidence); who and when are recorded and ' +
      'earlier explanations are kept. Refused (CONFLICT) if the finding has changed since `expectedVersion`. ' +
      'Staff, admins and theme owners.',
  })
  async explainFinding(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('explanation', () => FindingExplanationInputType) explanation: FindingExplanationInputType,
    @Ctx() context: FindingsContext,
  ): Promise<FindingType> {
    requireRole(context, ...WRITERS);
    return toFindingType(await explainFinding(context.em, id, expectedVersion, explanation, context.identity.subject, context.clock.now()));
  }

  @Mutation(() => FindingType, {
    description:
      'Closes a finding by linking a reform action of the delivery plan (a DeliveryAction id). Refused (CONFLICT) if ' +
      'the finding has changed since `expectedVersion`. Staff, admins and theme owners.',
  })
  async linkReformAction(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('deliveryAction', () => ID) deliveryAction: string,
    @Ctx() context: FindingsContext,
  ): Promise<FindingType> {
    requireRole(context, ...WRITERS);
    return toFindingType(await linkReformAction(context.em, id, expectedVersion, deliveryAction, context.identity.subject, context.clock.now(), context.services.reformActions));
  }

  @FieldResolver(() => [FindingExplanationType], { description: 'Every explanation given, oldest first.' })
  async explanations(@Root() finding: FindingType, @Ctx() context: FindingsContext): Promise<FindingExplanationType[]> {
    const rows = await explanationsByFinding(context).load(finding.id);
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      evidence: r.evidence,
      explainedBy: r.explainedBy,
      explainedAt: r.explainedAt,
      findingVersion: r.findingVersion,
    }));
  }

  @FieldResolver(() => DeliveryActionType, {
    nullable: true,
    description: 'The reform action in the delivery plan; the gateway fetches its fields from organisational-processes.',
  })
  reformAction(@Root() finding: FindingType): DeliveryActionType | null {
    return finding.reformActionId ? { id: finding.reformActionId } : null;
  }
}
